import type { Inline } from "../../tree/types.js";
import type { FontRole, Theme } from "../../theme/theme.js";
import { fontOf, type WordFont } from "./style-names.js";
import { halfPoints } from "./units.js";
import { attributes, textElement } from "./xml.js";

export type RunOptions = { readonly font?: FontRole; readonly size?: number; readonly bold?: boolean };

/** What a run may carry; properties are written in the order CT_RPr gives them. */
export type RunProps = {
  readonly style?: string;
  readonly font?: WordFont;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Half-points. */
  readonly size?: number;
  readonly underline?: boolean;
};

export function runProperties(p: RunProps): string {
  let out = "";
  if (p.style) out += `<w:rStyle w:val="${p.style}"/>`;
  if (p.font) out += `<w:rFonts${attributes([["w:ascii", p.font.ascii], ["w:cs", p.font.cs], ["w:eastAsia", p.font.eastAsia], ["w:hAnsi", p.font.hAnsi]])}/>`;
  if (p.bold) out += "<w:b/><w:bCs/>";
  if (p.italics) out += "<w:i/><w:iCs/>";
  if (p.size !== undefined) out += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`;
  if (p.underline) out += `<w:u w:val="single"/>`;
  return out ? `<w:rPr>${out}</w:rPr>` : "";
}

/** A run of text (tabs and all, as Word reads them inside `w:t`). */
export function textRun(text: string, p: RunProps = {}): string {
  return `<w:r>${runProperties(p)}${textElement("w:t", text)}</w:r>`;
}

/** A clickable content-control check box (Word 2010+), drawn with MS Gothic's ☐/☒. */
function checkBox(checked: boolean): string {
  const char = checked ? "2612" : "2610";
  return (
    `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/>` +
    `<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>` +
    `<w:sdtContent><w:r><w:sym w:char="${char}" w:font="MS Gothic"/></w:r></w:sdtContent></w:sdt>`
  );
}

/** Tree inlines → Word runs. Boxes become clickable content-control check boxes. */
export function runsOf(theme: Theme, inlines: readonly Inline[], o: RunOptions = {}): string {
  const font = o.font ? fontOf(theme, o.font) : undefined;
  const size = o.size ? halfPoints(o.size) : undefined;
  let out = "";
  for (const i of inlines) {
    switch (i.type) {
      case "text":
        out += textRun(i.value, { ...(font ? { font } : {}), ...(i.bold || o.bold ? { bold: true } : {}), ...(i.italic ? { italics: true } : {}), ...(size !== undefined ? { size } : {}) });
        break;
      case "break":
        out += "<w:r><w:br/></w:r>";
        break;
      case "checkbox":
        out += checkBox(i.checked);
        break;
    }
  }
  return out;
}
