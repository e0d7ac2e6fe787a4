import { AlignmentType, DocumentGridType, Footer, Header, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, BorderStyle } from "docx";
import type { Orientation } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import { fontOf } from "./style-names.js";
import { halfPoints, twips } from "./units.js";

/** Page size, margins and (for the official layout) the 28 × 22 document grid. */
export function sectionProperties(theme: Theme, orientation: Orientation) {
  const p = theme.page;
  const landscape = orientation === "landscape";
  const g = theme.grid;
  return {
    page: {
      size: {
        width: twips(p.width),
        height: twips(p.height),
        ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
      },
      margin: {
        top: twips(p.margin.top),
        right: twips(p.margin.right),
        bottom: twips(p.margin.bottom),
        left: twips(p.margin.left),
        header: twips(Math.max(20, p.margin.top - (theme.header ? theme.header.gap + theme.header.size + 12 : 30))),
        footer: twips(Math.max(20, p.margin.bottom - theme.pageNumber.gap - theme.pageNumber.size * 1.2)),
        gutter: 0,
      },
    },
    ...(g
      ? {
          // A line grid only: 22 lines on a 579-twip pitch. The 28 characters come from run-level
          // character spacing in the styles (gridTracking): Word, WPS and LibreOffice all honour
          // that, whereas LibreOffice misreads a negative linesAndChars charSpace (14 per line).
          grid: { type: DocumentGridType.LINES, linePitch: twips(g.linePitch) },
        }
      : {}),
  };
}

/**
 * Character spacing (twips, ≤ 0) that puts `chars` full-width characters of `size` pt on one
 * line of the text block: rounded down, so the last one still fits in every office suite.
 * 0 when the theme has no grid or the style is not set on it.
 */
export function gridTracking(theme: Theme, size: number): number {
  const g = theme.grid;
  if (!g || size !== theme.paragraph.body.size) return 0;
  const textWidth = twips(theme.page.width - theme.page.margin.left - theme.page.margin.right);
  return Math.min(0, Math.floor(textWidth / g.chars - size * 20));
}

/** "— n —", odd pages right and even pages left (one character in), or centred. */
export function footers(theme: Theme) {
  const pn = theme.pageNumber;
  const run = new TextRun({
    children: pn.format === "dash" ? ["— ", PageNumber.CURRENT, " —"] : [PageNumber.CURRENT],
    font: fontOf(theme, pn.font),
    size: halfPoints(pn.size),
  });
  const para = (side: "left" | "right" | "center") =>
    new Paragraph({
      alignment: side === "left" ? AlignmentType.LEFT : side === "right" ? AlignmentType.RIGHT : AlignmentType.CENTER,
      indent: side === "left" ? { left: twips(pn.inset), firstLine: 0 } : side === "right" ? { right: twips(pn.inset), firstLine: 0 } : { firstLine: 0 },
      spacing: { before: 0, after: 0, line: 240 },
      children: [run],
    });
  if (pn.placement === "center") return { default: new Footer({ children: [para("center")] }) };
  return { default: new Footer({ children: [para("right")] }), even: new Footer({ children: [para("left")] }) };
}

/** Footers with no page number: a section's own, so it does not inherit the numbered ones before it. */
export function blankFooters(theme: Theme) {
  const para = () => new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [] });
  if (theme.pageNumber.placement === "center") return { default: new Footer({ children: [para()] }) };
  return { default: new Footer({ children: [para()] }), even: new Footer({ children: [para()] }) };
}

/** The running header: one line (`text⇥title`) over a rule; none when the theme or the document has none. */
export function headers(theme: Theme, line: string | undefined, width: number) {
  if (!theme.header || line === undefined) return undefined;
  const h = theme.header;
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: twips(width) }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 3, color: "000000", space: 2 } },
        spacing: { before: 0, after: 0, line: 240 },
        indent: { firstLine: 0 },
        children: [new TextRun({ text: line, font: fontOf(theme, h.font), size: halfPoints(h.size) })],
      }),
    ],
  });
  return { default: header, even: header };
}
