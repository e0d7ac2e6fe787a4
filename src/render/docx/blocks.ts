import type { Block, Fields, Imprint, Inline, Signature, Table as TreeTable, Toc } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import { figureXml, type FigureContext } from "./figure.js";
import { runsOf, textRun } from "./inlines.js";
import { HEADING_STYLE, PARAGRAPH_STYLE } from "./style-names.js";
import { eighths, twips } from "./units.js";
import { attributes, esc, textElement } from "./xml.js";

export type TocPlan = {
  /** Entry index → { title, level (1-based TOC level), page }. */
  readonly entries: ReadonlyArray<{ title: string; level: number; page?: number }>;
  readonly maxLevel: number;
};

/** State shared by the handlers while one document is written. */
export type DocxContext = {
  readonly theme: Theme;
  readonly toc: TocPlan | null;
  /** Index of the next TOC entry (headings and run-in leads, in order). */
  nextEntry: number;
  /** Number of the next bookmark (`w:id`). */
  nextBookmark: number;
  /** A page break is due before the next block. */
  breakBefore: boolean;
  /** Width of the text block of the current section, pt. */
  textWidth: number;
  /** Figures: frames from the PDF layout, drawing ids, pictures added to the package. */
  readonly figures?: FigureContext;
};

/** Each handler returns the body elements (`w:p`, `w:tbl`, `w:sdt`) of one block, in order. */
type Handler<T extends Block["type"]> = (b: Extract<Block, { type: T }>, ctx: DocxContext) => string[];

type Tab = { readonly type: "left" | "right"; readonly pos: number; readonly leader?: string };
type Border = { readonly style: string; readonly color: string; readonly size: number; readonly space?: number };

/** Paragraph properties, written in the order CT_PPr gives them. */
export type ParagraphProps = {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly borderBottom?: Border;
  readonly tabs?: readonly Tab[];
  readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number };
  readonly indent?: { readonly left?: number; readonly right?: number; readonly hanging?: number; readonly firstLine?: number };
  readonly align?: "left" | "center" | "right";
};

export function border(name: string, b: Border): string {
  return `<${name}${attributes([["w:val", b.style], ["w:color", b.color], ["w:sz", b.size], ["w:space", b.space]])}/>`;
}

export function paragraphProperties(p: ParagraphProps): string {
  let out = "";
  if (p.style) out += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext !== undefined) out += p.keepNext ? "<w:keepNext/>" : `<w:keepNext w:val="false"/>`;
  if (p.pageBreakBefore) out += "<w:pageBreakBefore/>";
  if (p.borderBottom) out += `<w:pBdr>${border("w:bottom", p.borderBottom)}</w:pBdr>`;
  if (p.tabs?.length) out += `<w:tabs>${p.tabs.map((t) => `<w:tab${attributes([["w:val", t.type], ["w:pos", t.pos], ["w:leader", t.leader]])}/>`).join("")}</w:tabs>`;
  if (p.spacing) out += `<w:spacing${attributes([["w:after", p.spacing.after], ["w:before", p.spacing.before], ["w:line", p.spacing.line]])}/>`;
  if (p.indent) out += `<w:ind${attributes([["w:left", p.indent.left], ["w:right", p.indent.right], ["w:hanging", p.indent.hanging], ["w:firstLine", p.indent.firstLine]])}/>`;
  if (p.align) out += `<w:jc w:val="${p.align}"/>`;
  return out ? `<w:pPr>${out}</w:pPr>` : "";
}

export function paragraph(p: ParagraphProps, runs: string): string {
  return `<w:p>${paragraphProperties(p)}${runs}</w:p>`;
}

const plain = (inlines: readonly Inline[]) => inlines.map((i) => (i.type === "text" ? i.value : "")).join("");

function takeBreak(ctx: DocxContext): { pageBreakBefore?: true } {
  if (!ctx.breakBefore) return {};
  ctx.breakBefore = false;
  return { pageBreakBefore: true };
}

/** Wraps a TOC entry's runs in the bookmark its TOC line links to. */
function bookmarked(ctx: DocxContext, runs: string, level: number): string {
  if (!ctx.toc || level < 2 || level > ctx.toc.maxLevel) return runs;
  const k = ctx.nextEntry++;
  const id = ctx.nextBookmark++;
  return `<w:bookmarkStart w:name="_Toc_pw${k}" w:id="${id}"/>${runs}<w:bookmarkEnd w:id="${id}"/>`;
}

const heading: Handler<"heading"> = (b, ctx) => [
  paragraph(
    { style: HEADING_STYLE[b.level], ...takeBreak(ctx), ...(b.align === "center" ? { align: "center", indent: { firstLine: 0 } } : {}) },
    bookmarked(ctx, runsOf(ctx.theme, b.children), b.level),
  ),
];

/** A paragraph; in a list, its marker comes first and the text hangs from the indent. */
function paragraphXml(b: Extract<Block, { type: "paragraph" }>, ctx: DocxContext, marker?: string): string {
  const theme = ctx.theme;
  let runs = marker === undefined ? "" : textRun(marker);
  if (b.lead) {
    const leadRuns = runsOf(theme, b.lead.children, { font: theme.leadFont[b.lead.level], bold: theme.headingBold && b.lead.level <= 3 });
    const inToc = ctx.toc && b.lead.level >= 2 && b.lead.level <= ctx.toc.maxLevel;
    runs += bookmarked(ctx, leadRuns, b.lead.level);
    if (inToc) {
      // A hidden TC field lists the run-in heading in Word's TOC when it is updated.
      const instr = `TC "${plain(b.lead.children).replace(/[。.]$/, "").replace(/"/g, "'")}" \\l ${b.lead.level - 1}`;
      runs += `<w:r><w:fldChar w:fldCharType="begin"/>${textElement("w:instrText", instr)}<w:fldChar w:fldCharType="end"/></w:r>`;
    }
  }
  runs += runsOf(theme, b.children);
  const indent = marker === undefined ? undefined : twips(theme.list.indent);
  return paragraph({ style: PARAGRAPH_STYLE[b.style ?? "body"], ...takeBreak(ctx), ...(indent !== undefined ? { indent: { left: indent, hanging: indent } } : {}) }, runs);
}

const paragraphBlock: Handler<"paragraph"> = (b, ctx) => [paragraphXml(b, ctx)];

/** A Word TOC field whose cached entries carry planwright's own page numbers. */
const toc: Handler<"toc"> = (b: Toc, ctx) => {
  const entries = ctx.toc?.entries ?? [];
  const title = paragraph({ style: "PwTocTitle", ...takeBreak(ctx) }, runsOf(ctx.theme, b.title));
  const range = `1-${Math.max(1, b.maxLevel - 1)}`;
  const alias = plain(b.title).replace(/\s+/g, "") || "Contents";
  const begin = `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>${textElement("w:instrText", `TOC \\h \\l "${range}" \\o "${range}"`)}<w:fldChar w:fldCharType="separate"/></w:r>`;
  const end = `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const lines = entries.map((e, k) => {
    const run = `<w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr><w:t xml:space="default">${esc(e.title)}</w:t><w:tab/><w:t xml:space="default">${e.page ?? ""}</w:t></w:r>`;
    const link = `<w:hyperlink w:history="1" w:anchor="_Toc_pw${k}">${run}</w:hyperlink>`;
    // Page numbers on a dotted right tab at the right margin (tab positions count from the left margin).
    const tabs: Tab[] = [{ type: "right", pos: twips(ctx.textWidth), leader: "dot" }];
    const runs = (k === 0 ? begin : "") + link + (k === entries.length - 1 ? end : "");
    return paragraph({ style: `TOC${e.level}`, tabs }, runs);
  });
  if (entries.length === 0) lines.push(paragraph({}, begin));
  if (entries.length <= 1) lines.push(paragraph({}, end));
  const sdt = `<w:sdt><w:sdtPr><w:alias w:val="${esc(alias)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${lines.join("")}</w:sdtContent></w:sdt>`;
  return [title, sdt];
};

const pageBreak: Handler<"pageBreak"> = (_b, ctx) => {
  ctx.breakBefore = true;
  return [];
};

const rule = (size: number): Border => ({ style: "single", color: "000000", size: eighths(size) });

/** A fixed-layout table: grid, borders, then rows of cells. */
function tableXml(o: { width: number; columns: readonly number[]; borders?: Record<"top" | "left" | "bottom" | "right" | "insideH" | "insideV", Border> }, rows: string): string {
  const b = o.borders ?? { top: DEFAULT_BORDER, left: DEFAULT_BORDER, bottom: DEFAULT_BORDER, right: DEFAULT_BORDER, insideH: DEFAULT_BORDER, insideV: DEFAULT_BORDER };
  const borders = (["top", "left", "bottom", "right", "insideH", "insideV"] as const).map((k) => border(`w:${k}`, b[k])).join("");
  const grid = o.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${o.width}"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

const DEFAULT_BORDER: Border = { style: "single", color: "auto", size: 4 };

const table: Handler<"table"> = (b: TreeTable, ctx) => {
  const theme = ctx.theme;
  const t = theme.table;
  const size = b.size === "small" ? t.smallSize : t.size;
  const total = b.columns.reduce((a, c) => a + c.width, 0) || 1;
  const widths = b.columns.map((c) => twips((c.width / total) * ctx.textWidth));
  const margins = `<w:tcMar><w:top w:type="dxa" w:w="${twips(t.padY)}"/><w:left w:type="dxa" w:w="${twips(t.padX)}"/><w:bottom w:type="dxa" w:w="${twips(t.padY)}"/><w:right w:type="dxa" w:w="${twips(t.padX)}"/></w:tcMar>`;
  const cell = (inlines: readonly Inline[], k: number, header: boolean, align?: string) => {
    const label = b.labelColumn === true && k === 0;
    const a = align ?? b.columns[k]?.align ?? (header ? "center" : "left");
    const fill = header || label ? `<w:shd w:fill="${(header ? t.headerFill : t.labelFill).slice(1)}" w:color="auto" w:val="clear"/>` : "";
    const props = `<w:tcPr><w:tcW w:type="dxa" w:w="${widths[k] ?? 0}"/>${fill}${margins}<w:vAlign w:val="${header ? "center" : "top"}"/></w:tcPr>`;
    const para = paragraph({ style: header || label ? "PwTableHeader" : "PwTable", align: a === "center" ? "center" : a === "right" ? "right" : "left" }, runsOf(theme, inlines, { size }));
    return `<w:tc>${props}${para}</w:tc>`;
  };
  const height = b.minRowHeight ? `<w:trHeight w:val="${twips(b.minRowHeight)}" w:hRule="atLeast"/>` : "";
  let rows = "";
  for (const r of b.header) rows += `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.columns.map((_, k) => cell(r.cells[k]?.children ?? [], k, true, r.cells[k]?.align)).join("")}</w:tr>`;
  for (const r of b.rows) rows += `<w:tr><w:trPr><w:cantSplit/>${height}</w:trPr>${b.columns.map((_, k) => cell(r.cells[k]?.children ?? [], k, false, r.cells[k]?.align)).join("")}</w:tr>`;
  const out: string[] = [];
  if (ctx.breakBefore) {
    ctx.breakBefore = false;
    out.push(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`);
  }
  const line = rule(t.rule);
  out.push(tableXml({ width: widths.reduce((a, w) => a + w, 0), columns: widths, borders: { top: line, left: line, bottom: line, right: line, insideH: line, insideV: line } }, rows));
  // An empty paragraph after a table keeps following tables apart in Word.
  out.push(paragraph({ style: "PwSmall" }, ""));
  return out;
};

const fields: Handler<"fields"> = (b: Fields, ctx) => {
  const theme = ctx.theme;
  const style = theme.fields.style;
  const per = Math.max(1, Math.min(theme.fields.perRow, b.items.length));
  const out: string[] = [];
  const colon = theme.colon;
  for (let i = 0; i < b.items.length; i += per) {
    let runs = "";
    b.items.slice(i, i + per).forEach((item, k) => {
      if (k > 0) runs += textRun("\u3000\u3000");
      runs += runsOf(theme, [...item, { type: "text", value: colon }]);
      runs += textRun("\u3000".repeat(Math.max(4, Math.floor(ctx.textWidth / per / style.size) - plain(item).length - 3)), { underline: true });
    });
    out.push(paragraph({ style: "PwSmall", ...takeBreak(ctx), spacing: { before: twips(6), after: twips(6) } }, runs));
  }
  return out;
};

/** Rough width of text in characters of the body size (CJK = 1, others = ½). */
function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.5;
  return n;
}

const signature: Handler<"signature"> = (b: Signature, ctx) => {
  const theme = ctx.theme;
  const cfg = theme.signature;
  const ch = theme.grid ? theme.grid.charPitch : theme.paragraph.body.size;
  const [issuer = [], date = []] = b.lines;
  const wI = ems(plain(issuer));
  const wD = ems(plain(date));
  // GB/T 9704 7.3.5.2: issuer two characters in from the right; the date starts two characters right of the issuer.
  let rightI = cfg.insetChars;
  let rightD = cfg.insetChars + wI - cfg.shiftChars - wD;
  if (rightD < cfg.insetChars) {
    rightD = cfg.insetChars;
    rightI = cfg.insetChars + wD + cfg.shiftChars - wI;
  }
  const para = (inlines: readonly Inline[], right: number, first: boolean) =>
    paragraph(
      {
        style: "PwRight",
        keepNext: first,
        ...takeBreak(ctx),
        ...(first ? { spacing: { before: twips(cfg.linesBefore * cfg.style.lineHeight) } } : {}),
        indent: { right: twips(Math.max(0, right) * ch), firstLine: 0 },
      },
      runsOf(theme, inlines),
    );
  return b.lines.length === 1 ? [para(issuer, cfg.insetChars, true)] : [para(issuer, rightI, true), para(date, rightD, false)];
};

const imprint: Handler<"imprint"> = (b: Imprint, ctx) => {
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
        { style: "PwSmall", tabs: [{ type: "right", pos: width - twips(cfg.size) }], spacing: { before: twips(4), after: twips(4) }, indent: { left: twips(cfg.size), firstLine: 0 } },
        runs,
      );
      return `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:tcBorders>${borders}</w:tcBorders></w:tcPr>${para}</w:tc></w:tr>`;
    })
    .join("");
  return [paragraph({ style: "PwSmall", ...takeBreak(ctx) }, ""), tableXml({ width, columns: [width] }, rows)];
};

const list: Handler<"list"> = (b, ctx) =>
  b.items.flatMap((item, k) =>
    item.flatMap((blk, n) => {
      if (n === 0 && blk.type === "paragraph") return [paragraphXml(blk, ctx, b.ordered ? `${(b.start ?? 1) + k}.\t` : "•\t")];
      return renderBlock(blk, ctx);
    }),
  );

const figure: Handler<"figure"> = (b, ctx) => {
  const fc = ctx.figures;
  if (!fc) throw new Error("renderDocx: a figure needs the figure context");
  const pageBreak = ctx.breakBefore;
  ctx.breakBefore = false;
  return figureXml(b, ctx.theme, ctx.textWidth, fc, pageBreak);
};

const HANDLERS: { [T in Block["type"]]: Handler<T> } = {
  heading,
  paragraph: paragraphBlock,
  list,
  table,
  fields,
  toc,
  pageBreak,
  signature,
  imprint,
  figure,
};

export function renderBlock(b: Block, ctx: DocxContext): string[] {
  return (HANDLERS[b.type] as Handler<typeof b.type>)(b as never, ctx);
}
