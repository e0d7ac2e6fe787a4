import { AlignmentType, LineRuleType, type IStylesOptions, type IParagraphStyleOptions } from "docx";
import type { TextStyle, Theme } from "../../theme/theme.js";
import type { ParagraphStyle } from "../../tree/types.js";
import { fontOf, HEADING_STYLE, PARAGRAPH_STYLE } from "./style-names.js";
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
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { before: 0, after: 0, line: twips(t.size * t.lineHeight), lineRule: LineRuleType.AT_LEAST } },
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
