import { builtinFace } from "../fonts/font-files.js";
import type { HeadingLevel, ParagraphStyle } from "../tree/types.js";
import { mm, type FontRole, type TextStyle, type Theme } from "./theme.js";

/**
 * GB/T 9704-2012 for zh-CN documents. The plan (grid: true) uses the
 * official 156 × 225 mm text block, 3号 (16 pt) body, 22 lines × 28 chars;
 * checklists, contact sheets and forms (grid: false) share fonts and rules
 * with tighter margins.
 */
export function officialZhTheme(options: { grid: boolean; fonts?: Partial<Record<FontRole, string>>; headingBold?: boolean; latin?: string }): Theme {
  const grid = options.grid;
  const page = grid
    ? { width: mm(210), height: mm(297), margin: { top: mm(37), right: mm(26), bottom: mm(35), left: mm(28) } }
    : { width: mm(210), height: mm(297), margin: { top: mm(22), right: mm(18), bottom: mm(22), left: mm(20) } };
  const textWidth = page.width - page.margin.left - page.margin.right;
  const linePitch = 28.95; // Word's 579-twip grid: 22 lines fit the 225 mm block
  const charPitch = textWidth / 28;
  const size = grid ? 16 : 14;
  const lh = grid ? linePitch : 24;
  const ch = grid ? charPitch : size;
  const style = (font: FontRole, s: Partial<TextStyle> = {}): TextStyle => ({
    font,
    size,
    lineHeight: lh,
    align: "justify",
    indent: 2 * ch,
    spaceBefore: 0,
    spaceAfter: grid ? 0 : 4,
    ...s,
  });
  const paragraph: Record<ParagraphStyle, TextStyle> = {
    body: style("body"),
    mark: style("heading", { align: "left", indent: 0, spaceAfter: grid ? linePitch : 6 }),
    subtitle: style("kai", { align: "center", indent: 0 }),
    meta: style("kai", { align: "center", indent: 0, size: grid ? 16 : 12, lineHeight: grid ? linePitch : 18, spaceAfter: grid ? linePitch : 8 }),
    center: style("body", { align: "center", indent: 0 }),
    right: style("body", { align: "right", indent: 0 }),
    note: style("kai", { indent: 0, size: grid ? 16 : 12, lineHeight: grid ? linePitch : 18 }),
    small: style("body", { indent: 0, size: 12, lineHeight: grid ? linePitch : 18 }),
    label: style("heading", { indent: 0 }),
    flush: style("body", { indent: 0 }),
    // 附件：1. … — the items line up after the three characters of 附件：, two characters in.
    hang: style("body", { left: 5 * ch, indent: -3 * ch }),
    "hang-more": style("body", { left: 5 * ch, indent: 0 }),
  };
  const headings: Record<HeadingLevel, TextStyle> = {
    1: style("title", { size: 22, align: "center", indent: 0, lineHeight: grid ? linePitch : 34, spaceAfter: grid ? linePitch : 10 }),
    2: style("heading", grid ? { align: "left" } : { size: 16, align: "left", indent: 0, lineHeight: 26, spaceBefore: 12, spaceAfter: 6 }),
    3: style("kai", grid ? { align: "left" } : { size: 15, align: "left", indent: 0, lineHeight: 24, spaceBefore: 8, spaceAfter: 4 }),
    4: style("body", { align: "left" }),
    5: style("body", { align: "left" }),
    6: style("body", { align: "left" }),
  };
  const f = options.fonts ?? {};
  const fonts: Record<FontRole, string> = {
    body: f.body ?? builtinFace("song").file,
    bold: f.bold ?? f.title ?? builtinFace("songBold").file,
    title: f.title ?? builtinFace("songHeavy").file,
    heading: f.heading ?? builtinFace("hei").file,
    kai: f.kai ?? builtinFace("kai").file,
    number: f.number ?? builtinFace("serif").file,
  };
  return {
    name: grid ? "gbt9704" : "gbt9704-forms",
    lang: "zh-CN",
    colon: "：",
    page,
    grid: grid ? { linePitch, charPitch, lines: 22, chars: 28 } : null,
    fonts,
    fallback: [builtinFace("song").file, builtinFace("kai").file, builtinFace("serif").file],
    wordFonts: {
      body: { eastAsia: "仿宋_GB2312", latin: "Times New Roman" },
      bold: { eastAsia: "仿宋_GB2312", latin: "Times New Roman" },
      title: { eastAsia: "方正小标宋简体", latin: "Times New Roman" },
      heading: { eastAsia: "黑体", latin: "Times New Roman" },
      kai: { eastAsia: "楷体_GB2312", latin: "Times New Roman" },
      number: { eastAsia: "宋体", latin: "Times New Roman" },
    },
    paragraph,
    headings,
    leadFont: { 1: "title", 2: "heading", 3: "kai", 4: "body", 5: "body", 6: "body" },
    headingBold: options.headingBold ?? false,
    table: {
      font: "body",
      headerFont: "heading",
      size: grid ? 14 : 12,
      smallSize: grid ? 12 : 10.5,
      lineHeight: 1.5,
      padX: 4,
      padY: 3,
      rule: 0.6,
      headerFill: "#e8e8e8",
      labelFill: "#f2f2f2",
      spaceAfter: grid ? 0 : 10,
      // Handwriting lines 8.5 mm apart.
      writingPitch: 24,
    },
    list: { indent: 2 * ch },
    toc: {
      title: style("heading", { align: "center", indent: 0, spaceAfter: grid ? linePitch : 8 }),
      entry: style("body", { align: "left", indent: 0 }),
      indentPerLevel: ch,
    },
    signature: { style: style("body", { indent: 0, align: "left" }), insetChars: 2, shiftChars: 2, linesBefore: 1 },
    imprint: { font: "body", size: 14, lineHeight: grid ? linePitch : 22, thick: mm(0.35), thin: mm(0.25) },
    fields: { style: style("body", { indent: 0, align: "left", size: grid ? 16 : 12, lineHeight: grid ? linePitch : 26 }), perRow: 3 },
    pageNumber: { font: "number", size: 14, format: "dash", placement: "outside", inset: 14, gap: grid ? mm(7) : mm(6) },
    header: grid ? null : { font: "body", size: 9, gap: 8 },
    hangingPunctuation: true,
    fullWidthQuotes: true,
    latin: options.latin ?? builtinFace("song").file,
    autospace: 0.2,
  };
}
