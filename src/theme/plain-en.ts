import { builtinFace } from "../fonts/font-files.js";
import type { HeadingLevel, ParagraphStyle } from "../tree/types.js";
import { mm, type FontRole, type TextStyle, type Theme } from "./theme.js";

/** A clean theme for English documents: serif body, sans numbered headings. */
export function plainEnTheme(options: { paper?: "a4" | "letter"; fonts?: Partial<Record<FontRole, string>> }): Theme {
  const letter = options.paper === "letter";
  const page = {
    width: letter ? 612 : mm(210),
    height: letter ? 792 : mm(297),
    margin: { top: mm(25), right: mm(22), bottom: mm(25), left: mm(25) },
  };
  const size = 11;
  const style = (font: FontRole, s: Partial<TextStyle> = {}): TextStyle => ({
    font,
    size,
    lineHeight: 15.5,
    align: "left",
    indent: 0,
    spaceBefore: 0,
    spaceAfter: 6,
    ...s,
  });
  const paragraph: Record<ParagraphStyle, TextStyle> = {
    body: style("body"),
    mark: style("heading", { size: 9, spaceAfter: 10 }),
    subtitle: style("heading", { size: 13, align: "center" }),
    meta: style("body", { size: 9.5, align: "center", lineHeight: 13, spaceAfter: 14 }),
    center: style("body", { align: "center" }),
    right: style("body", { align: "right" }),
    note: style("body", { size: 9.5, lineHeight: 13 }),
    small: style("body", { size: 9, lineHeight: 12 }),
    label: style("heading"),
    flush: style("body"),
    hang: style("body", { left: 14, indent: -14 }),
    "hang-more": style("body", { left: 14 }),
  };
  const headings: Record<HeadingLevel, TextStyle> = {
    1: style("title", { size: 20, lineHeight: 25, spaceAfter: 6 }),
    2: style("heading", { size: 14, lineHeight: 19, spaceBefore: 12, spaceAfter: 5 }),
    3: style("heading", { size: 12, lineHeight: 16, spaceBefore: 9, spaceAfter: 4 }),
    4: style("bold", { size: 11, spaceBefore: 6, spaceAfter: 3 }),
    5: style("bold", { size: 11, spaceBefore: 4, spaceAfter: 2 }),
    6: style("bold", { size: 11 }),
  };
  const f = options.fonts ?? {};
  return {
    name: letter ? "plain-letter" : "plain-a4",
    lang: "en-GB",
    colon: ":",
    page,
    grid: null,
    fonts: {
      body: f.body ?? builtinFace("serif").file,
      bold: f.bold ?? f.body ?? builtinFace("serifBold").file,
      title: f.title ?? builtinFace("serifBold").file,
      heading: f.heading ?? builtinFace("serifBold").file,
      kai: f.kai ?? builtinFace("serif").file,
      number: f.number ?? f.body ?? builtinFace("serif").file,
    },
    fallback: [builtinFace("serif").file, builtinFace("kai").file],
    wordFonts: {
      body: { eastAsia: "SimSun", latin: "Georgia" },
      bold: { eastAsia: "SimSun", latin: "Georgia" },
      title: { eastAsia: "SimHei", latin: "Arial" },
      heading: { eastAsia: "SimHei", latin: "Arial" },
      kai: { eastAsia: "KaiTi", latin: "Georgia" },
      number: { eastAsia: "SimSun", latin: "Georgia" },
    },
    paragraph,
    headings,
    leadFont: { 1: "title", 2: "heading", 3: "heading", 4: "bold", 5: "bold", 6: "bold" },
    headingBold: true,
    table: {
      font: "body",
      headerFont: "heading",
      size: 9.5,
      smallSize: 8.5,
      lineHeight: 1.35,
      padX: 4,
      padY: 3,
      rule: 0.5,
      headerFill: "#e6e9ee",
      labelFill: "#f3f4f6",
      spaceAfter: 10,
      writingPitch: 24,
    },
    list: { indent: 16 },
    toc: {
      title: style("heading", { size: 14, lineHeight: 19, spaceAfter: 8 }),
      entry: style("body", { lineHeight: 17, spaceAfter: 0 }),
      indentPerLevel: 14,
    },
    signature: { style: style("body"), insetChars: 0, shiftChars: 0, linesBefore: 1 },
    imprint: { font: "body", size: 9.5, lineHeight: 16, thick: mm(0.35), thin: mm(0.25) },
    fields: { style: style("body", { size: 10, lineHeight: 24 }), perRow: 3 },
    pageNumber: { font: "number", size: 9, format: "plain", placement: "center", inset: 0, gap: mm(8) },
    header: { font: "body", size: 8, gap: 8 },
    hangingPunctuation: false,
    fullWidthQuotes: false,
    latin: null,
    autospace: 0,
  };
}
