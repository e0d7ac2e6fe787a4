import type { Diagram, DiagramNode } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import type { DiagramFrame, DiagramLayout, DiagramPart, DiagramStyle } from "./geometry.js";
import { fits, LEAD, layoutPart, scalePart, type Edge, type Metrics, type Node } from "./part.js";
import { splitDiagram } from "./split.js";
import type { Measure } from "./wrap.js";

/**
 * Diagram layout, shared by both renderers so the PDF and the DOCX draw the
 * same chart: ranks top to bottom, branches side by side, text wrapped inside
 * the shapes. The chart is scaled to fit the frame (one page) down to the
 * style's smallest scale; below that it is split into parts, one per page,
 * joined by lettered connectors. It never overflows the frame.
 */

/** Flowchart type sizes for a theme: 小四/五号 in Chinese documents, the table sizes in English ones. */
export function diagramStyle(theme: Theme): DiagramStyle {
  const textSize = Math.min(12, theme.table.size);
  const detailSize = Math.min(10.5, theme.table.smallSize);
  return { textSize, detailSize, labelSize: detailSize, minScale: Math.max(0.6, 7.5 / textSize) };
}

/** Lays a diagram out in a frame; see the module comment. */
export function layoutDiagram(diagram: Diagram, frame: DiagramFrame, style: DiagramStyle, measure: Measure): DiagramLayout {
  const m: Metrics = { s: style, measure, lead: LEAD };
  const nodes: Node[] = diagram.nodes.map((n: DiagramNode) => ({ id: n.id, kind: n.shape, text: n.text, detail: n.detail ?? "" }));
  const known = new Set(nodes.map((n) => n.id));
  const edges: Edge[] = diagram.edges.filter((e) => known.has(e.from) && known.has(e.to)).map((e) => ({ from: e.from, to: e.to, label: e.label ?? "" }));
  const stroke = Math.max(0.5, style.textSize * 0.06);
  const arrow = style.textSize * 0.5;
  // The largest scale at which the whole chart fits (boxes widen as the type shrinks, so search).
  const at = (k: number) => layoutPart(nodes, edges, frame.width / k, m);
  let best: { k: number; part: DiagramPart } | undefined;
  const whole = at(1);
  if (fits(whole, 1, frame)) best = { k: 1, part: whole };
  else {
    let lo = style.minScale;
    let hi = 1;
    const low = at(lo);
    if (fits(low, lo, frame)) {
      best = { k: lo, part: low };
      for (let it = 0; it < 12; it++) {
        const mid = (lo + hi) / 2;
        const p = at(mid);
        if (fits(p, mid, frame)) {
          best = { k: mid, part: p };
          lo = mid;
        } else hi = mid;
      }
    }
  }
  if (best) return { scale: best.k, parts: [scalePart(best.part, best.k)], stroke: stroke * Math.max(best.k, 0.8), arrow: arrow * best.k };
  return splitDiagram(nodes, edges, frame, m, stroke, arrow);
}
