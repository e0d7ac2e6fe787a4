import type { Theme } from "../../theme/theme.js";
import { fontOf } from "./style-names.js";
import { twips } from "./units.js";
import { attributes } from "./xml.js";

/**
 * Word lists: word/numbering.xml with one bullet and one decimal definition,
 * and a numbering instance per ordered list (each restarts at its own
 * start). Paragraphs refer to them with `w:numPr`, so Word, WPS and
 * LibreOffice keep the markers and their hanging indent when text is edited.
 */
export class Numbering {
  /** Ordered lists in document order: their start numbers. */
  private readonly starts: number[] = [];

  /** The numbering instance of a new list. Bullets share instance 1. */
  instanceFor(ordered: boolean, start = 1): number {
    if (!ordered) return 1;
    this.starts.push(start);
    return this.starts.length + 1;
  }

  xml(theme: Theme): string {
    const indent = twips(theme.list.indent);
    const font = fontOf(theme, "body");
    const levels = (ordered: boolean) =>
      Array.from({ length: 6 }, (_, l) => {
        const text = ordered ? `%${l + 1}.` : "\u2022";
        const rPr = ordered ? "" : `<w:rPr><w:rFonts${attributes([["w:ascii", font.ascii], ["w:hAnsi", font.hAnsi], ["w:hint", "default"]])}/></w:rPr>`;
        return (
          `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${ordered ? "decimal" : "bullet"}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
          `<w:pPr><w:ind w:left="${indent * (l + 1)}" w:hanging="${indent}"/></w:pPr>${rPr}</w:lvl>`
        );
      }).join("");
    const abstract = (id: number, ordered: boolean) =>
      `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels(ordered)}</w:abstractNum>`;
    const nums = [`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`];
    this.starts.forEach((start, k) => {
      const override = Array.from({ length: 6 }, (_, l) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${l === 0 ? start : 1}"/></w:lvlOverride>`).join("");
      nums.push(`<w:num w:numId="${k + 2}"><w:abstractNumId w:val="1"/>${override}</w:num>`);
    });
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${abstract(0, false)}${abstract(1, true)}${nums.join("")}</w:numbering>`
    );
  }
}
