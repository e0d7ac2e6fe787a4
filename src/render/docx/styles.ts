import { AlignmentType, LineRuleType, type IStylesOptions, type IParagraphStyleOptions } from "docx";
import type { TextStyle, Theme } from "../../theme/theme.js";
import type { ParagraphStyle } from "../../tree/types.js";
import { fontOf, HEADING_STYLE, PARAGRAPH_STYLE } from "./style-names.js";
import { gridTracking } from "./page-setup.js";
import { halfPoints, twips } from "./units.js";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
} as const;

/** Paragraph spacing: on the official grid lines snap to the grid; elsewhere exact line heights. */
function spacing(theme: Theme, s: TextStyle) {
  if (theme.grid && s.lineHeight === theme.grid.linePitch) {
    return { before: twips(s.spaceBefore), after: twips(s.spaceAfter), line: 240, lineRule: LineRuleType.AUTO };
  }
  return { before: twips(s.spaceBefore), after: twips(s.spaceAfter), line: twips(s.lineHeight), lineRule: LineRuleType.EXACT };
}

function paragraphStyle(theme: Theme, id: string, name: string, s: TextStyle, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: id === "Normal" ? undefined : "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: fontOf(theme, s.font), size: halfPoints(s.size), bold: s.font === "bold" || (theme.headingBold && s.font === "heading") },
    paragraph: {
      alignment: ALIGN[s.align],
      spacing: spacing(theme, s),
      indent: s.indent < 0 ? { left: twips(s.left ?? 0), hanging: twips(-s.indent) } : { firstLine: twips(s.indent), ...(s.left ? { left: twips(s.left) } : {}) },
    },
    ...extra,
  };
}

/** Theme → Word styles: Normal, Title, Heading1–5 (with outline levels for the TOC), and planwright's own. */
export function docxStyles(theme: Theme): IStylesOptions {
  const body = theme.paragraph.body;
  const headings = ([1, 2, 3, 4, 5, 6] as const).map((level) =>
    paragraphStyle(theme, HEADING_STYLE[level], level === 1 ? "Title" : `heading ${level - 1}`, theme.headings[level], {
      paragraph: {
        alignment: ALIGN[theme.headings[level].align],
        spacing: spacing(theme, theme.headings[level]),
        indent: { firstLine: twips(theme.headings[level].indent) },
        keepNext: true,
        keepLines: true,
        ...(level > 1 ? { outlineLevel: level - 2 } : {}),
      },
    }),
  );
  const own = (Object.keys(PARAGRAPH_STYLE) as ParagraphStyle[])
    .filter((k) => k !== "body")
    .map((k) => paragraphStyle(theme, PARAGRAPH_STYLE[k], PARAGRAPH_STYLE[k], theme.paragraph[k]));
  const t = theme.table;
  return {
    default: {
      document: {
        run: { font: fontOf(theme, body.font), size: halfPoints(body.size), language: { value: theme.lang, eastAsia: "zh-CN" } },
        paragraph: { spacing: spacing(theme, body) },
      },
    },
    paragraphStyles: [
      paragraphStyle(theme, "Normal", "Normal", body),
      ...headings,
      ...own,
      {
        id: "PwTable",
        name: "Table Text",
        basedOn: "Normal",
        run: { font: fontOf(theme, t.font), size: halfPoints(t.size) },
        // Exactly the PDF's line height, so a row is as high in any suite as in the PDF.
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { before: 0, after: 0, line: twips(t.size * t.lineHeight), lineRule: LineRuleType.EXACT } },
      },
      {
        id: "PwTableHeader",
        name: "Table Header",
        basedOn: "PwTable",
        run: { font: fontOf(theme, t.headerFont), size: halfPoints(t.size), bold: theme.headingBold },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: "PwTocTitle",
        name: "TOC Heading",
        basedOn: "Normal",
        run: { font: fontOf(theme, theme.toc.title.font), size: halfPoints(theme.toc.title.size) },
        paragraph: { alignment: ALIGN[theme.toc.title.align], indent: { firstLine: 0 }, spacing: spacing(theme, theme.toc.title) },
      },
      ...[1, 2, 3, 4, 5].map((n) => ({
        id: `TOC${n}`,
        name: `toc ${n}`,
        basedOn: "Normal",
        run: { font: fontOf(theme, theme.toc.entry.font), size: halfPoints(theme.toc.entry.size) },
        paragraph: { indent: { firstLine: 0, left: twips((n - 1) * theme.toc.indentPerLevel) }, alignment: AlignmentType.LEFT, spacing: spacing(theme, theme.toc.entry) },
      })),
    ],
  };
}

/** Size (pt) of every paragraph style planwright defines, by style id. */
function styleSizes(theme: Theme): Array<[string, number]> {
  const out: Array<[string, number]> = [["Normal", theme.paragraph.body.size]];
  ([1, 2, 3, 4, 5, 6] as const).forEach((level) => out.push([HEADING_STYLE[level], theme.headings[level].size]));
  (Object.keys(PARAGRAPH_STYLE) as ParagraphStyle[]).filter((k) => k !== "body").forEach((k) => out.push([PARAGRAPH_STYLE[k], theme.paragraph[k].size]));
  out.push(["PwTable", theme.table.size], ["PwTableHeader", theme.table.size], ["PwTocTitle", theme.toc.title.size]);
  for (let n = 1; n <= 5; n++) out.push([`TOC${n}`, theme.toc.entry.size]);
  return out;
}

const DEFAULT_PARAGRAPH_FONT =
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`;

/**
 * What docx's style options cannot say, added to the styles part it wrote:
 * on the official grid, the character spacing that sets 28 characters per
 * line (every style states its own, 0 for sizes off the grid, so none
 * inherits Normal's), and the Default Paragraph Font style that docx's
 * character styles are based on.
 */
export function finishStyles(xml: string, theme: Theme): string {
  let out = xml;
  if (theme.grid) {
    for (const [id, size] of styleSizes(theme)) {
      const spacing = `<w:spacing w:val="${gridTracking(theme, size)}"/>`;
      out = out.replace(new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?)(<w:sz w:val=)`), (_m, head: string, sz: string) => `${head}${spacing}${sz}`);
      // Type larger than the body's (the 22 pt title) keeps one grid line, as in the PDF: off the grid, exactly one pitch
      // high (on the grid, a face with tall ascenders — Noto CJK in LibreOffice — takes two lines).
      if (size > theme.paragraph.body.size) {
        out = out.replace(
          new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?<w:pPr>[\\s\\S]*?)<w:spacing ([^>]*?)w:line="240" w:lineRule="auto"/>`),
          (_m, head: string, rest: string) => `${head}<w:snapToGrid w:val="0"/><w:spacing ${rest}w:line="${twips(theme.grid!.linePitch)}" w:lineRule="exact"/>`,
        );
      }
    }
  }
  if (!out.includes('w:styleId="DefaultParagraphFont"')) out = out.replace(/(<w:style )/, `${DEFAULT_PARAGRAPH_FONT}$1`);
  // Table text keeps the PDF's exact line height: off the line grid (on it, LibreOffice sets every line one grid pitch).
  if (theme.grid) out = out.replace(/(<w:style [^>]*w:styleId="PwTable"[^>]*>[\s\S]*?<w:pPr>)([\s\S]*?)(<w:spacing )/, (_m, head: string, mid: string, sp: string) => `${head}${mid}<w:snapToGrid w:val="0"/>${sp}`);
  // Widow and orphan control as in the PDF: none on the official grid (every page full, 22 lines), on elsewhere.
  // (Space between Chinese and Latin text is each suite's own, as the PDF sets it: Theme.autospace.)
  // Hanging punctuation as the PDF sets it, for LibreOffice: it reads w:overflowPunct inverted (0 → hanging allowed,
  // and an absent one → none), so "0" makes it hang closing marks as the PDF does. Word reads the same "0" as
  // "push the mark's character down instead"; the PDF and LibreOffice are what planwright can check (see
  // docs/architecture.md, DOCX).
  out = out.replace(/<w:pPrDefault><w:pPr>/, `<w:pPrDefault><w:pPr><w:widowControl w:val="${theme.grid ? 0 : 1}"/><w:overflowPunct w:val="${theme.hangingPunctuation ? 0 : 1}"/>`);
  return out;
}
