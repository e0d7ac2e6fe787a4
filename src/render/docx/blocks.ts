import type { Block, Inline, Signature, Toc } from "../../tree/types.js";
import { plainText } from "../../tree/text.js";
import { figureXml } from "./figure.js";
import { runsOf } from "./inlines.js";
import { paragraph, plain, takeBreak, type DocxContext, type Tab } from "./paragraphs.js";
import { HEADING_STYLE, PARAGRAPH_STYLE } from "./style-names.js";
import { ems, fields, imprint, table } from "./tables.js";
import { twips } from "./units.js";
import { esc, textElement } from "./xml.js";

export type { DocxContext, TocPlan } from "./paragraphs.js";

/** Each handler returns the body elements (`w:p`, `w:tbl`, `w:sdt`) of one block, in order. */
type Handler<T extends Block["type"]> = (b: Extract<Block, { type: T }>, ctx: DocxContext) => string[];

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
    bookmarked(ctx, runsOf(ctx.theme, titleBreaks(b, ctx)), b.level),
  ),
];

/** A title the layout broke between words gets the same breaks here, so Word does not break it mid-word. */
function titleBreaks(b: Extract<Block, { type: "heading" }>, ctx: DocxContext): readonly Inline[] {
  const lines = b.level === 1 ? ctx.titles?.get(plainText(b.children)) : undefined;
  if (!lines) return b.children;
  return lines.flatMap((value, i): Inline[] => [...(i > 0 ? [{ type: "break" as const }] : []), { type: "text", value }]);
}

/** A paragraph; in a list, a numbered (or bulleted) list paragraph, or a continuation indented to the item's text. */
function paragraphXml(b: Extract<Block, { type: "paragraph" }>, ctx: DocxContext, list?: { readonly num?: number }): string {
  const theme = ctx.theme;
  let runs = "";
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
  const depth = ctx.listDepth;
  const step = twips(theme.list.indent);
  const props =
    list?.num !== undefined
      ? { num: { id: list.num, level: Math.min(5, depth - 1) }, indent: { left: step * depth, hanging: step } }
      : depth > 0
        ? { indent: { left: step * depth, firstLine: 0 } }
        : {};
  const note = b.style === "hang" || b.style === "hang-more" ? { keepLines: true } : {};
  return paragraph({ style: PARAGRAPH_STYLE[b.style ?? "body"], ...takeBreak(ctx), ...props, ...note }, runs);
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
    const run = `<w:r><w:t xml:space="default">${esc(e.title)}</w:t><w:tab/><w:t xml:space="default">${e.page ?? ""}</w:t></w:r>`;
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

/**
 * A list: the first paragraph of each item is a Word list paragraph (its
 * marker comes from word/numbering.xml, so editing keeps it); further blocks
 * of the item are indented to its text; nested lists go one level deeper.
 */
const list: Handler<"list"> = (b, ctx) => {
  const num = ctx.numbering.instanceFor(b.ordered, b.start ?? 1);
  ctx.listDepth++;
  try {
    return b.items.flatMap((item) =>
      item.flatMap((blk, n) => {
        if (n === 0 && blk.type === "paragraph") return [paragraphXml(blk, ctx, { num })];
        return renderBlock(blk, ctx);
      }),
    );
  } finally {
    ctx.listDepth--;
  }
};

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
