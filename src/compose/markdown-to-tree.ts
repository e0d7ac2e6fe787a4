import type { Token } from "markdown-it";
import type {
  Align,
  Block,
  Figure,
  HeadingLevel,
  Inline,
  Orientation,
  Paragraph,
  ParagraphStyle,
  Section,
  Table,
  TableCell,
  TableRow,
} from "../tree/types.js";
import { containerArg, markdownParser, parseAttrs } from "./markdown-parser.js";

const PARAGRAPH_STYLES: readonly ParagraphStyle[] = ["body", "mark", "subtitle", "meta", "center", "right", "note", "small", "label", "flush", "hang", "hang-more"];

/** Thrown for template output that does not make a valid document; `line` is 0-based in the Markdown. */
export class MarkupError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * Parses the Markdown a template produced into document-tree sections.
 * Conventions: `#` is the document title; a heading immediately followed (no
 * blank line) by a paragraph becomes that paragraph's run-in lead; `---` is a
 * page break; `[ ]`/`[x]` at the start of a list item or table cell is a box;
 * `::: figure <id>` places the figure `figures` holds under that id (its text,
 * if any, is the caption).
 */
export function markdownToTree(markdown: string, figures: ReadonlyMap<string, Figure> = new Map()): Section[] {
  const tokens = markdownParser().parse(markdown, {});
  const reader = new Reader(tokens, figures);
  const sections: Section[] = [];
  let current: { orientation: Orientation; children: Block[] } = { orientation: "portrait", children: [] };
  const flush = () => {
    if (current.children.length > 0) sections.push(current);
  };
  while (!reader.done()) {
    const t = reader.peek();
    if (t.type === "container_landscape_open" || t.type === "container_portrait_open") {
      reader.next();
      flush();
      current = { orientation: t.type === "container_landscape_open" ? "landscape" : "portrait", children: [] };
      current.children.push(...reader.blocksUntil(t.type.replace("_open", "_close")));
      reader.next();
      flush();
      current = { orientation: "portrait", children: [] };
      continue;
    }
    current.children.push(...reader.block());
  }
  flush();
  return sections;
}

class Reader {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly figures: ReadonlyMap<string, Figure>,
  ) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }
  peek(): Token {
    return this.tokens[this.i] as Token;
  }
  next(): Token {
    return this.tokens[this.i++] as Token;
  }
  expect(type: string): Token {
    const t = this.next();
    if (!t || t.type !== type) throw new MarkupError(`expected ${type}, found ${t?.type ?? "end of document"}`);
    return t;
  }

  blocksUntil(closeType: string): Block[] {
    const out: Block[] = [];
    while (!this.done() && this.peek().type !== closeType) out.push(...this.block());
    if (this.done()) throw new MarkupError(`unclosed ${closeType.replace("_close", "")}`);
    return out;
  }

  block(): Block[] {
    const t = this.next();
    switch (t.type) {
      case "heading_open": {
        const level = Number(t.tag.slice(1)) as HeadingLevel;
        const children = inlines(this.expect("inline"));
        this.expect("heading_close");
        const nx = this.peek();
        if (level >= 2 && nx?.type === "paragraph_open" && t.map && nx.map && nx.map[0] === t.map[1]) {
          const para = this.paragraph();
          return [{ ...para, lead: { level, children: spaceAfterLead(children) } }];
        }
        return [{ type: "heading", level, children }];
      }
      case "paragraph_open":
        this.i--;
        return [this.paragraph()];
      case "bullet_list_open":
      case "ordered_list_open":
        return [this.list(t)];
      case "table_open":
        this.i--;
        return [this.table({})];
      case "hr":
        return [{ type: "pageBreak" }];
      case "blockquote_open":
        return this.blocksUntil("blockquote_close").concat(this.skip("blockquote_close"));
      case "container_p_open": {
        const style = containerArg(t.info) as ParagraphStyle;
        if (!PARAGRAPH_STYLES.includes(style)) throw new MarkupError(`unknown paragraph style "${style}" (use one of ${PARAGRAPH_STYLES.join(", ")})`, t.map?.[0]);
        const inner = this.blocksUntil("container_p_close");
        this.next();
        return inner.map((b) => (b.type === "paragraph" ? { ...b, style } : b));
      }
      case "container_center_open": {
        const inner = this.blocksUntil("container_center_close");
        this.next();
        return inner.map((b) => (b.type === "heading" ? { ...b, align: "center" as const } : b.type === "paragraph" && !b.lead ? { ...b, style: "center" as const } : b));
      }
      case "container_toc_open": {
        const inner = this.blocksUntil("container_toc_close");
        this.next();
        const first = inner[0];
        const attrs = parseAttrs(t.info);
        const maxLevel = Number(attrs.depth ?? 3) as HeadingLevel;
        const minPages = Number(attrs["min-pages"] ?? 0) || 0;
        return [{ type: "toc", title: first?.type === "paragraph" ? first.children : [], maxLevel, ...(minPages > 0 ? { minPages } : {}) }];
      }
      case "container_signature_open": {
        const inner = this.blocksUntil("container_signature_close");
        this.next();
        return [{ type: "signature", lines: inner.flatMap((b) => (b.type === "paragraph" ? splitLines(b.children) : [])) }];
      }
      case "container_fields_open": {
        const inner = this.blocksUntil("container_fields_close");
        this.next();
        const items = inner.flatMap((b) => (b.type === "list" ? b.items.map((it) => firstParagraph(it)) : b.type === "paragraph" ? splitLines(b.children) : []));
        return [{ type: "fields", items }];
      }
      case "container_imprint_open": {
        const inner = this.blocksUntil("container_imprint_close");
        this.next();
        const rows = inner.flatMap((b) =>
          b.type === "list" ? b.items.map((it) => imprintRow(firstParagraph(it))) : b.type === "paragraph" ? splitLines(b.children).map(imprintRow) : [],
        );
        return [{ type: "imprint", rows }];
      }
      case "container_table_open": {
        const attrs = parseAttrs(t.info);
        const inner: Block[] = [];
        while (!this.done() && this.peek().type !== "container_table_close") {
          if (this.peek().type === "table_open") inner.push(this.table(attrs));
          else inner.push(...this.block());
        }
        this.expect("container_table_close");
        return inner;
      }
      case "container_figure_open": {
        // The id came through the view, which escapes punctuation for Markdown: `fc\-1` is `fc-1`.
        const id = containerArg(t.info).replace(/\\([!-/:-@[-`{-~])/g, "$1");
        const figure = this.figures.get(id);
        if (!figure) {
          const known = [...this.figures.keys()];
          throw new MarkupError(`::: figure ${id}: no figure with this id (${known.length ? `figures: ${known.join(", ")}` : "the data declares no flowchart or image attachments"})`, t.map?.[0]);
        }
        const inner = this.blocksUntil("container_figure_close");
        this.next();
        const caption = inner.flatMap((b) => (b.type === "paragraph" ? b.children : []));
        return [{ ...figure, ...(caption.length ? { caption } : {}) }];
      }
      case "container_landscape_open":
      case "container_portrait_open":
        throw new MarkupError("::: landscape / ::: portrait must be at the top level of a template, not nested", t.map?.[0]);
      case "code_block":
      case "fence":
        return [{ type: "paragraph", children: [{ type: "text", value: t.content.trimEnd() }] }];
      default:
        throw new MarkupError(`unexpected ${t.type}`, t.map?.[0]);
    }
  }

  private skip(type: string): Block[] {
    this.expect(type);
    return [];
  }

  paragraph(): Paragraph {
    this.expect("paragraph_open");
    const inline = this.expect("inline");
    this.expect("paragraph_close");
    return { type: "paragraph", children: inlines(inline) };
  }

  list(open: Token): Block {
    const close = open.type.replace("_open", "_close");
    const items: Block[][] = [];
    while (this.peek().type !== close) {
      this.expect("list_item_open");
      items.push(this.blocksUntil("list_item_close"));
      this.next();
    }
    this.next();
    const start = open.attrGet("start");

    return { type: "list", ordered: open.type === "ordered_list_open", ...(start ? { start: Number(start) } : {}), items };
  }

  table(attrs: Record<string, string>): Table {
    this.expect("table_open");
    const header: TableRow[] = [];
    const rows: TableRow[] = [];
    let aligns: Array<Align | undefined> = [];
    while (this.peek().type !== "table_close") {
      const t = this.next();
      if (t.type === "tr_open") {
        const cells: TableCell[] = [];
        let isHead = false;
        const rowAligns: Array<Align | undefined> = [];
        while (this.peek().type !== "tr_close") {
          const c = this.next();
          isHead = c.type === "th_open";
          const style = String(c.attrGet("style") ?? "");
          const align = /text-align:(left|center|right)/.exec(style)?.[1] as Align | undefined;
          rowAligns.push(align);
          const inline = this.expect("inline");
          this.next();
          cells.push({ children: inlines(inline), ...(align ? { align } : {}) });
        }
        this.next();
        if (isHead) {
          header.push({ cells });
          aligns = rowAligns;
        } else rows.push({ cells });
      }
    }
    this.next();
    const ncols = header[0]?.cells.length ?? rows[0]?.cells.length ?? 0;
    const widths = (attrs.widths ?? "").split(/[\s,]+/).filter(Boolean).map(Number);
    const blank = Math.min(Number(attrs.rows ?? 0) || 0, 500);
    for (let r = 0; r < blank; r++) rows.push({ cells: Array.from({ length: ncols }, () => ({ children: [] })) });
    const minRowHeight = Number(attrs["row-height"] ?? 0) || undefined;
    const headerRows = attrs.header === "none" ? [] : header;
    // `lines="1 4 1"`: writing lines per body row, in order.
    const lines = (attrs.lines ?? "").split(/[\s,]+/).filter(Boolean).map((n) => Math.min(40, Math.max(1, Math.floor(Number(n)) || 1)));
    const body = (attrs.header === "none" ? [...header, ...rows] : rows).map((r, k) => ((lines[k] ?? 1) > 1 ? { ...r, lines: lines[k] as number } : r));
    return {
      type: "table",
      columns: Array.from({ length: ncols }, (_, k) => ({ width: widths[k] && widths[k] > 0 ? widths[k] : 1, ...(aligns[k] ? { align: aligns[k] } : {}) })),
      header: headerRows,
      rows: body,
      ...(minRowHeight ? { minRowHeight } : {}),
      ...(attrs.size === "small" ? { size: "small" as const } : {}),
      ...(attrs.labels === "true" ? { labelColumn: true } : {}),
      ...(attrs.fill === "true" ? { fill: true } : {}),
      ...(attrs.landscape === "true" ? { landscape: true } : {}),
    };
  }
}

/** A Latin run-in heading ("1.2 Purpose.") needs a space before the text that follows it; a CJK one does not. */
function spaceAfterLead(children: Inline[]): Inline[] {
  const last = children[children.length - 1];
  if (!last || last.type !== "text" || CJK.test(last.value.slice(-1)) || /\s$/.test(last.value)) return children;
  return [...children.slice(0, -1), { ...last, value: `${last.value} ` }];
}

function firstParagraph(blocks: readonly Block[]): Inline[] {
  const p = blocks.find((b) => b.type === "paragraph");
  return p && p.type === "paragraph" ? [...p.children] : [];
}

function splitLines(children: readonly Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  for (const c of children) {
    if (c.type === "break") lines.push([]);
    else lines[lines.length - 1]?.push(c);
  }
  return lines.filter((l) => l.length > 0);
}

function imprintRow(line: Inline[]): { left: Inline[]; right?: Inline[] } {
  // "left ⇥ right": a tab-like separator written as two ideographic spaces is not
  // robust, so the imprint uses " || " between the left and right parts.
  const text = line.map((i) => (i.type === "text" ? i.value : "")).join("");
  const k = text.indexOf(" || ");
  if (k < 0) return { left: line };
  return { left: [{ type: "text", value: text.slice(0, k) }], right: [{ type: "text", value: text.slice(k + 4) }] };
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Inline tokens → tree inlines: marks, breaks, boxes; adjacent texts merged. */
export function inlines(inline: Token): Inline[] {
  const out: Inline[] = [];
  let bold = 0;
  let italic = 0;
  const children = inline.children ?? [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = out[out.length - 1];
    const marks = { ...(bold ? { bold: true as const } : {}), ...(italic ? { italic: true as const } : {}) };
    if (last && last.type === "text" && !!last.bold === !!marks.bold && !!last.italic === !!marks.italic) {
      out[out.length - 1] = { ...last, value: last.value + value };
    } else out.push({ type: "text", value, ...marks });
  };
  for (let k = 0; k < children.length; k++) {
    const c = children[k] as Token;
    switch (c.type) {
      case "text": {
        // "[ ]" / "[x]" in template text (never in escaped user text) is a tick box.
        let last = 0;
        for (const m of c.content.matchAll(/\[([ xX])\]/g)) {
          pushText(c.content.slice(last, m.index));
          out.push({ type: "checkbox", checked: m[1] !== " " });
          last = (m.index ?? 0) + m[0].length;
        }
        pushText(c.content.slice(last));
        break;
      }
      case "text_special":
      case "code_inline":
        pushText(c.content);
        break;
      case "softbreak": {
        const last = out[out.length - 1];
        const prevChar = last && last.type === "text" ? last.value.slice(-1) : "";
        const next = children[k + 1];
        const nextChar = next && (next.type === "text" || next.type === "text_special") ? next.content.charAt(0) : "";
        if (prevChar && nextChar && !CJK.test(prevChar) && !CJK.test(nextChar)) pushText(" ");
        break;
      }
      case "hardbreak":
        out.push({ type: "break" });
        break;
      case "strong_open":
        bold++;
        break;
      case "strong_close":
        bold--;
        break;
      case "em_open":
        italic++;
        break;
      case "em_close":
        italic--;
        break;
      default:
        // links, strikethrough: keep their text only
        break;
    }
  }
  // Trim trailing whitespace of the last text.
  const last = out[out.length - 1];
  if (last && last.type === "text") {
    const v = last.value.replace(/\s+$/, "");
    if (v) out[out.length - 1] = { ...last, value: v };
    else out.pop();
  }
  const first = out[0];
  if (first && first.type === "text" && /^\s/.test(first.value)) {
    const v = first.value.replace(/^\s+/, "");
    if (v) out[0] = { ...first, value: v };
    else out.shift();
  }
  return out;
}
