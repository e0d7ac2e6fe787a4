import { CheckBox, TextRun, type ParagraphChild } from "docx";
import type { Inline } from "../../tree/types.js";
import type { FontRole, Theme } from "../../theme/theme.js";
import { fontOf } from "./styles.js";
import { halfPoints } from "./units.js";

export type RunOptions = { readonly font?: FontRole; readonly size?: number; readonly bold?: boolean };

/** Tree inlines → Word runs. Boxes become clickable content-control check boxes. */
export function runsOf(theme: Theme, inlines: readonly Inline[], o: RunOptions = {}): ParagraphChild[] {
  const base = {
    ...(o.font ? { font: fontOf(theme, o.font) } : {}),
    ...(o.size ? { size: halfPoints(o.size) } : {}),
  };
  return inlines.map((i): ParagraphChild => {
    switch (i.type) {
      case "text":
        return new TextRun({ text: i.value, ...base, ...(i.bold || o.bold ? { bold: true } : {}), ...(i.italic ? { italics: true } : {}) });
      case "break":
        return new TextRun({ break: 1 });
      case "checkbox":
        return new CheckBox({
          checked: i.checked,
          checkedState: { value: "2612", font: "MS Gothic" },
          uncheckedState: { value: "2610", font: "MS Gothic" },
        });
    }
  });
}
