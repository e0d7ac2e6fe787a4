import type { Theme } from "../../theme/theme.js";
import type { FontMetrics } from "../pdf/font-metrics.js";
import type { Measure } from "./wrap.js";

/**
 * Text width for diagram layout, from the PDF font metrics (the theme's body
 * face, with its fallbacks per character). Both renderers measure with it, so
 * both wrap the same words into the same boxes.
 */
export function diagramMeasure(theme: Theme, metrics: FontMetrics): Measure {
  const font = theme.fonts.body;
  return (text, size) => {
    let w = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      w += metrics.advance(metrics.faceFor(font, cp) ?? font, cp);
    }
    return w * size;
  };
}
