import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeightRule,
  PageBreak,
  Paragraph,
  ShadingType,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from "docx";
import type { Block, Fields, Imprint, Inline, Signature, Table as TreeTable, Toc } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import { runsOf } from "./inlines.js";
import { HEADING_STYLE, PARAGRAPH_STYLE } from "./styles.js";
import { eighths, twips } from "./units.js";

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
  /** A page break is due before the next block. */
  breakBefore: boolean;
  /** Width of the text block of the current section, pt. */
  textWidth: number;
};

type Handler<T extends Block["type"]> = (b: Extract<Block, { type: T }>, ctx: DocxContext) => FileChild[];

const plain = (inlines: readonly Inline[]) => inlines.map((i) => (i.type === "text" ? i.value : "")).join("");

function takeBreak(ctx: DocxContext): { pageBreakBefore?: true } {
  if (!ctx.breakBefore) return {};
  ctx.breakBefore = false;
  return { pageBreakBefore: true };
}

function bookmarked(ctx: DocxContext, children: ParagraphChild[], level: number): ParagraphChild[] {
  if (!ctx.toc || level < 2 || level > ctx.toc.maxLevel) return children;
  const k = ctx.nextEntry++;
  return [new Bookmark({ id: `_Toc_pw${k}`, children })];
}

const heading: Handler<"heading"> = (b, ctx) => [
  new Paragraph({ style: HEADING_STYLE[b.level], ...takeBreak(ctx), children: bookmarked(ctx, runsOf(ctx.theme, b.children), b.level) }),
];

const paragraph: Handler<"paragraph"> = (b, ctx) => {
  const theme = ctx.theme;
  const children: ParagraphChild[] = [];
  if (b.lead) {
    const leadRuns = runsOf(theme, b.lead.children, { font: theme.leadFont[b.lead.level], bold: theme.headingBold && b.lead.level <= 3 });
    const inToc = ctx.toc && b.lead.level >= 2 && b.lead.level <= ctx.toc.maxLevel;
    children.push(...bookmarked(ctx, leadRuns, b.lead.level));
    if (inToc) {
      // A hidden TC field lists the run-in heading in Word's TOC when it is updated.
      children.push(new SimpleField(`TC "${plain(b.lead.children).replace(/[。.]$/, "").replace(/"/g, "'")}" \\l ${b.lead.level - 1}`));
    }
  }
  children.push(...runsOf(theme, b.children));
  return [new Paragraph({ style: PARAGRAPH_STYLE[b.style ?? "body"], ...takeBreak(ctx), children })];
};

const toc: Handler<"toc"> = (b: Toc, ctx) => {
  const plan = ctx.toc;
  const out: FileChild[] = [new Paragraph({ style: "PwTocTitle", ...takeBreak(ctx), children: runsOf(ctx.theme, b.title) })];
  const range = `1-${Math.max(1, b.maxLevel - 1)}`;
  out.push(
    new TableOfContents(plain(b.title).replace(/\s+/g, "") || "Contents", {
      hyperlink: true,
      headingStyleRange: range,
      tcFieldLevelRange: range,
      cachedEntries: (plan?.entries ?? []).map((e, k) => ({ title: e.title, level: e.level, href: `_Toc_pw${k}`, ...(e.page ? { page: e.page } : {}) })),
    }),
  );
  return out;
};

const pageBreak: Handler<"pageBreak"> = (_b, ctx) => {
  ctx.breakBefore = true;
  return [];
};

function border(size: number) {
  return { style: BorderStyle.SINGLE, size: eighths(size), color: "000000" };
}

const table: Handler<"table"> = (b: TreeTable, ctx) => {
  const theme = ctx.theme;
  const t = theme.table;
  const size = b.size === "small" ? t.smallSize : t.size;
  const total = b.columns.reduce((a, c) => a + c.width, 0) || 1;
  const widths = b.columns.map((c) => twips((c.width / total) * ctx.textWidth));
  const cell = (inlines: readonly Inline[], k: number, header: boolean, align?: string) => {
    const label = b.labelColumn === true && k === 0;
    const a = align ?? b.columns[k]?.align ?? (header ? "center" : "left");
    return new TableCell({
      width: { size: widths[k] ?? 0, type: WidthType.DXA },
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      ...(header || label ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: (header ? t.headerFill : t.labelFill).slice(1) } } : {}),
      margins: { left: twips(t.padX), right: twips(t.padX), top: twips(t.padY), bottom: twips(t.padY) },
      children: [
        new Paragraph({
          style: header || label ? "PwTableHeader" : "PwTable",
          alignment: a === "center" ? AlignmentType.CENTER : a === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: runsOf(theme, inlines, { size }),
        }),
      ],
    });
  };
  const rows = [
    ...b.header.map(
      (r) => new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((_, k) => cell(r.cells[k]?.children ?? [], k, true, r.cells[k]?.align)) }),
    ),
    ...b.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          ...(b.minRowHeight ? { height: { value: twips(b.minRowHeight), rule: HeightRule.ATLEAST } } : {}),
          children: b.columns.map((_, k) => cell(r.cells[k]?.children ?? [], k, false, r.cells[k]?.align)),
        }),
    ),
  ];
  const out: FileChild[] = [];
  if (ctx.breakBefore) {
    ctx.breakBefore = false;
    out.push(new Paragraph({ children: [new PageBreak()] }));
  }
  const line = border(t.rule);
  out.push(
    new Table({
      rows,
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    }),
  );
  // An empty paragraph after a table keeps following tables apart in Word.
  out.push(new Paragraph({ style: "PwSmall", children: [] }));
  return out;
};

const fields: Handler<"fields"> = (b: Fields, ctx) => {
  const theme = ctx.theme;
  const style = theme.fields.style;
  const per = Math.max(1, Math.min(theme.fields.perRow, b.items.length));
  const out: FileChild[] = [];
  const colon = theme.name.startsWith("plain") ? ":" : "：";
  for (let i = 0; i < b.items.length; i += per) {
    const children: ParagraphChild[] = [];
    b.items.slice(i, i + per).forEach((item, k) => {
      if (k > 0) children.push(new TextRun({ text: "\u3000\u3000" }));
      children.push(...runsOf(theme, [...item, { type: "text", value: colon }]));
      children.push(new TextRun({ text: "\u3000".repeat(Math.max(4, Math.floor(ctx.textWidth / per / style.size) - plain(item).length - 3)), underline: {} }));
    });
    out.push(new Paragraph({ style: "PwSmall", ...takeBreak(ctx), spacing: { before: twips(6), after: twips(6) }, children }));
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
    new Paragraph({
      style: "PwRight",
      ...takeBreak(ctx),
      keepNext: first,
      ...(first ? { spacing: { before: twips(cfg.linesBefore * cfg.style.lineHeight) } } : {}),
      indent: { right: twips(Math.max(0, right) * ch), firstLine: 0 },
      children: runsOf(theme, inlines),
    });
  return b.lines.length === 1 ? [para(issuer, cfg.insetChars, true)] : [para(issuer, rightI, true), para(date, rightD, false)];
};

const imprint: Handler<"imprint"> = (b: Imprint, ctx) => {
  const theme = ctx.theme;
  const cfg = theme.imprint;
  const thick = { style: BorderStyle.SINGLE, size: eighths(cfg.thick), color: "000000" };
  const thin = { style: BorderStyle.SINGLE, size: eighths(cfg.thin), color: "000000" };
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const width = twips(ctx.textWidth);
  const rows = b.rows.map(
    (r, k) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: { top: k === 0 ? thick : thin, bottom: k === b.rows.length - 1 ? thick : thin, left: none, right: none },
            children: [
              new Paragraph({
                style: "PwSmall",
                tabStops: [{ type: "right", position: width - twips(cfg.size) }],
                indent: { left: twips(cfg.size), firstLine: 0 },
                spacing: { before: twips(4), after: twips(4) },
                children: [
                  ...runsOf(theme, r.left, { size: cfg.size, font: cfg.font }),
                  ...(r.right ? [new TextRun({ text: "\t" }), ...runsOf(theme, r.right, { size: cfg.size, font: cfg.font })] : []),
                ],
              }),
            ],
          }),
        ],
      }),
  );
  return [
    new Paragraph({ style: "PwSmall", ...takeBreak(ctx), children: [] }),
    new Table({ rows, layout: TableLayoutType.FIXED, width: { size: width, type: WidthType.DXA }, columnWidths: [width] }),
  ];
};

const list: Handler<"list"> = (b, ctx) =>
  b.items.flatMap((item, k) =>
    item.flatMap((blk, n) => {
      const children = renderBlock(blk, ctx);
      if (n === 0 && blk.type === "paragraph") {
        const marker = b.ordered ? `${(b.start ?? 1) + k}.\t` : "•\t";
        return [
          new Paragraph({
            style: PARAGRAPH_STYLE[blk.style ?? "body"],
            indent: { left: twips(ctx.theme.list.indent), hanging: twips(ctx.theme.list.indent) },
            children: [new TextRun({ text: marker }), ...runsOf(ctx.theme, blk.children)],
          }),
        ];
      }
      return children;
    }),
  );

const HANDLERS: { [T in Block["type"]]: Handler<T> } = {
  heading,
  paragraph,
  list,
  table,
  fields,
  toc,
  pageBreak,
  signature,
  imprint,
};

export function renderBlock(b: Block, ctx: DocxContext): FileChild[] {
  return (HANDLERS[b.type] as Handler<typeof b.type>)(b as never, ctx);
}
