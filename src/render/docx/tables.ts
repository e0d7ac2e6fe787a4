import { packFieldRows, fieldSpacing } from "../field-rows.js";
import type { Block, Fields, Imprint, Inline, Table as TreeTable } from "../../tree/types.js";
import { planColumns } from "../table-columns.js";
import { runsOf, textRun } from "./inlines.js";
import { border, paragraph, takeBreak, TINY, type Border, type DocxContext, type Tab } from "./paragraphs.js";
import { eighths, twips } from "./units.js";

type Handler<T extends Block["type"]> = (b: Extract<Block, { type: T }>, ctx: DocxContext) => string[];

type Borders = Record<"top" | "left" | "bottom" | "right" | "insideH" | "insideV", Border>;

const rule = (size: number): Border => ({ style: "single", color: "000000", size: eighths(size) });
/** The thin line to write on inside a slip's long field. */
const WRITING_LINE: Border = { style: "single", color: "000000", size: 2 };
const DEFAULT_BORDER: Border = { style: "single", color: "auto", size: 4 };

/**
 * A fixed-layout table: grid, borders, then rows of cells. `floatBottom`
 * anchors it to the foot of the text block of the page it is on (a floating
 * table, which no office suite splits across pages). It is placed from the
 * page edge: LibreOffice only floats a table that is narrower than the text
 * block or positioned relative to the page.
 */
function tableXml(o: { width: number; columns: readonly number[]; borders?: Borders; floatBottom?: { readonly left: number }; center?: boolean }, rows: string): string {
  const b = o.borders ?? { top: DEFAULT_BORDER, left: DEFAULT_BORDER, bottom: DEFAULT_BORDER, right: DEFAULT_BORDER, insideH: DEFAULT_BORDER, insideV: DEFAULT_BORDER };
  const borders = (["top", "left", "bottom", "right", "insideH", "insideV"] as const).map((k) => border(`w:${k}`, b[k])).join("");
  const grid = o.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const float = o.floatBottom
    ? `<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" w:vertAnchor="margin" w:horzAnchor="page" w:tblpX="${o.floatBottom.left}" w:tblpYSpec="bottom"/><w:tblOverlap w:val="never"/>`
    : "";
  return `<w:tbl><w:tblPr>${float}<w:tblW w:type="dxa" w:w="${o.width}"/>${o.center ? `<w:jc w:val="center"/>` : ""}<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>${o.floatBottom ? `<w:tblCellMar><w:left w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tblCellMar>` : ""}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

const spacers = new Set<string>();

/**
 * The empty paragraph after a table (Word needs one between tables): exactly
 * the space the PDF leaves after a table, off the grid (one point on the
 * official grid, where the next line snaps to the grid as in the PDF). At a
 * section's end it becomes TINY (render-docx).
 */
export function spacerAfterTable(theme: { readonly table: { readonly spaceAfter: number } }): string {
  const xml = paragraph({ ...TINY, spacing: { before: 0, after: 0, line: Math.max(20, twips(theme.table.spaceAfter)), lineRule: "exact" } }, "");
  spacers.add(xml);
  return xml;
}

export const isSpacer = (xml: string | undefined): boolean => xml !== undefined && spacers.has(xml);

/** A page break before a table: a paragraph one point high at the top of the new page. */
function breakParagraph(ctx: DocxContext): string[] {
  return takeBreak(ctx).pageBreakBefore ? [paragraph({ ...TINY, pageBreakBefore: true }, "")] : [];
}

export const table: Handler<"table"> = (b: TreeTable, ctx) => {
  const theme = ctx.theme;
  const t = theme.table;
  const plan = planColumns(theme, ctx.metrics, b, ctx.textWidth);
  const size = plan.size;
  const widths = plan.widths.map(twips);
  const margins = `<w:tcMar><w:top w:type="dxa" w:w="${twips(t.padY)}"/><w:left w:type="dxa" w:w="${twips(t.padX)}"/><w:bottom w:type="dxa" w:w="${twips(t.padY)}"/><w:right w:type="dxa" w:w="${twips(t.padX)}"/></w:tcMar>`;
  /** A cell; `merge`: a cell merged down the rows of a ruled row (the first starts it); `ruled`: an inner writing line above it. */
  const cell = (inlines: readonly Inline[], k: number, header: boolean, align?: string, o: { merge?: "restart" | "continue"; ruled?: boolean; keepNext?: boolean } = {}) => {
    const label = b.labelColumn === true && k === 0;
    const a = align ?? b.columns[k]?.align ?? (header ? "center" : "left");
    const fill = header || label ? `<w:shd w:fill="${(header ? t.headerFill : t.labelFill).slice(1)}" w:color="auto" w:val="clear"/>` : "";
    const merge = o.merge ? `<w:vMerge${o.merge === "restart" ? ' w:val="restart"' : ""}/>` : "";
    const ruled = o.ruled ? `<w:tcBorders>${border("w:top", WRITING_LINE)}</w:tcBorders>` : "";
    const props = `<w:tcPr><w:tcW w:type="dxa" w:w="${widths[k] ?? 0}"/>${merge}${ruled}${fill}${margins}<w:vAlign w:val="${header ? "center" : "top"}"/></w:tcPr>`;
    const text = o.merge === "continue" ? "" : runsOf(theme, inlines, { size: header ? plan.headerSize : size });
    const para = paragraph({ style: header || label ? "PwTableHeader" : "PwTable", ...(o.keepNext ? { keepNext: true } : {}), align: a === "center" ? "center" : a === "right" ? "right" : "left" }, text);
    return `<w:tc>${props}${para}</w:tc>`;
  };
  const heightOf = (h: number, rule = "atLeast") => (h > 0 ? `<w:trHeight w:val="${twips(h)}" w:hRule="${rule}"/>` : "");
  let rows = "";
  for (const r of b.header) rows += `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.columns.map((_, k) => cell(r.cells[k]?.children ?? [], k, true, r.cells[k]?.align)).join("")}</w:tr>`;
  for (const r of b.rows.slice(0, ctx.rowsKept.get(b) ?? b.rows.length)) {
    const sized = ctx.rowSizes.get(r);
    const writing = sized?.lines ?? r.lines ?? 0;
    const h = sized ? sized.height : Math.max(b.minRowHeight ?? 0, writing > 1 ? writing * t.writingPitch : 0);
    const texts = b.columns.map((_, k) => r.cells[k]?.children ?? []);
    if (writing <= 1) {
      rows += `<w:tr><w:trPr><w:cantSplit/>${heightOf(h)}</w:trPr>${texts.map((x, k) => cell(x, k, false, r.cells[k]?.align)).join("")}</w:tr>`;
      continue;
    }
    // Writing lines: a row per line, each exactly one writing pitch high (the last takes what is left), kept together;
    // cells with text run down them merged, empty cells are ruled between them.
    for (let n = 0; n < writing; n++) {
      const rowHeight = n < writing - 1 ? t.writingPitch : h - (writing - 1) * t.writingPitch;
      const keepNext = n < writing - 1;
      rows += `<w:tr><w:trPr><w:cantSplit/>${heightOf(rowHeight, "exact")}</w:trPr>${texts
        .map((x, k) => (x.length > 0 ? cell(x, k, false, r.cells[k]?.align, { merge: n === 0 ? "restart" : "continue", keepNext }) : cell(x, k, false, undefined, { ruled: n > 0, keepNext })))
        .join("")}</w:tr>`;
    }
  }
  const line = rule(t.rule);
  const total = widths.reduce((a, w) => a + w, 0);
  const xml = tableXml({ width: total, columns: widths, center: total < twips(ctx.textWidth) - 1, borders: { top: line, left: line, bottom: line, right: line, insideH: line, insideV: line } }, rows);
  return [...breakParagraph(ctx), xml, spacerAfterTable(theme)];
};

/** Rough width of text in characters of the body size (CJK = 1, others = ½). */
export function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.5;
  return n;
}

/**
 * Sign-off blanks "label：______": the blank is an underlined tab to a tab
 * stop, so its length is the same whatever font the reader has. Items are
 * packed into rows as the PDF packs them (each blank at least six
 * characters; a row's spare width shared out).
 */
export const fields: Handler<"fields"> = (b: Fields, ctx) => {
  const theme = ctx.theme;
  const style = theme.fields.style;
  const colon = theme.colon;
  const { minBlank, gap } = fieldSpacing(theme);
  const items = b.items.map((item) => {
    const label: Inline[] = [...item, { type: "text", value: colon }];
    return { label, width: ems(label.map((i) => (i.type === "text" ? i.value : "")).join("")) * style.size };
  });
  const rows = packFieldRows(items, ctx.textWidth, theme);
  const underlinedTab = `<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:tab/></w:r>`;
  return rows.map((r, k) => {
    const spare = Math.max(0, ctx.textWidth - r.reduce((a, it) => a + it.width + minBlank, 0) - gap * (r.length - 1)) / r.length;
    const tabs: Tab[] = [];
    let runs = "";
    let x = 0;
    r.forEach((it, k) => {
      if (k > 0) {
        tabs.push({ type: "left", pos: twips(x) });
        runs += textRun("\t");
      }
      runs += runsOf(theme, it.label, { size: style.size });
      const end = Math.min(ctx.textWidth, x + it.width + minBlank + spare);
      tabs.push({ type: "left", pos: twips(end) });
      runs += underlinedTab;
      x = end + gap;
    });
    // The rows of one block stay together (no page with only 「日期：」); each is one line of the fields' style, as in the
    // PDF: a grid line on the official grid, else an exact line height after a small gap before the block.
    const spacing = theme.grid
      ? { before: 0, after: 0, line: 240, lineRule: "auto" as const }
      : { before: k === 0 ? twips(6) : 0, after: k === rows.length - 1 ? twips(style.spaceAfter) : 0, line: twips(style.lineHeight), lineRule: "exact" as const };
    return paragraph({ style: "PwSmall", ...takeBreak(ctx), ...(k < rows.length - 1 ? { keepNext: true } : {}), tabs, spacing }, runs);
  });
};

/**
 * 版记 (GB/T 9704 7.4): a borderless table between thick and thin rules,
 * floating at the foot of the last page's text block, as the PDF places it.
 * The tiny paragraph after it anchors it (and ends the document).
 */
export const imprint: Handler<"imprint"> = (b: Imprint, ctx) => {
  const theme = ctx.theme;
  const cfg = theme.imprint;
  const thick: Border = { style: "single", color: "000000", size: eighths(cfg.thick) };
  const thin: Border = { style: "single", color: "000000", size: eighths(cfg.thin) };
  const none: Border = { style: "none", color: "FFFFFF", size: 0 };
  const width = twips(ctx.textWidth);
  const rows = b.rows
    .map((r, k) => {
      const borders = border("w:top", k === 0 ? thick : thin) + border("w:left", none) + border("w:bottom", k === b.rows.length - 1 ? thick : thin) + border("w:right", none);
      const runs =
        runsOf(theme, r.left, { size: cfg.size, font: cfg.font }) + (r.right ? textRun("\t") + runsOf(theme, r.right, { size: cfg.size, font: cfg.font }) : "");
      const para = paragraph(
        {
          style: "PwSmall",
          keepNext: k < b.rows.length - 1,
          keepLines: true,
          tabs: [{ type: "right", pos: width - twips(cfg.size) }],
          snapToGrid: false,
          spacing: { before: 0, after: 0, line: twips(cfg.lineHeight), lineRule: "exact" },
          indent: { left: twips(cfg.size), firstLine: 0 },
        },
        runs,
      );
      return `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:tcBorders>${borders}</w:tcBorders><w:vAlign w:val="center"/></w:tcPr>${para}</w:tc></w:tr>`;
    })
    .join("");
  return [...breakParagraph(ctx), tableXml({ width, columns: [width], floatBottom: { left: twips(theme.page.margin.left) } }, rows), paragraph(TINY, "")];
};
