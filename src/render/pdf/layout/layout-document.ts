import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import type { Block, DocumentTree, Table, TableRow } from "../../../tree/types.js";
import type { Theme } from "../../../theme/theme.js";
import { FontMetrics } from "../font-metrics.js";
import type { Page, StructNode } from "../page-model.js";
import { baselineIn, Flow } from "./flow.js";
import { fieldsHeight, layoutFields, layoutImprint, layoutList, layoutSignature, type ImprintPlacement } from "./layout-blocks.js";
import { layoutTable, tableStartHeight } from "./layout-table.js";
import { layoutHeading, layoutParagraph, measureParagraphLines } from "./layout-text.js";
import { layoutFigure, type FigureFrames } from "./layout-figure.js";
import { entryOf, fillToc, layoutToc, tocAnchor, tocEntries, type TocSlot } from "./layout-toc.js";
import { plainText } from "../../../tree/text.js";
import { spoken } from "../../../diagnostics/diagnostic.js";
import { say } from "../../../diagnostics/say.js";

export type LayoutResult = {
  readonly pages: readonly Page[];
  readonly warnings: readonly Diagnostic[];
  /** TOC entries with the (1-based) page each landed on. */
  readonly toc: ReadonlyArray<{ readonly title: string; readonly level: number; readonly page: number }>;
  readonly tocMaxLevel: number;
  /** The frame each figure was laid out in, in document order (the DOCX uses the same). */
  readonly figures: FigureFrames;
  /** The logical structure the pages' text belongs to (tagged PDF). */
  readonly structure: readonly StructNode[];
  /** Where the 版记 went (the DOCX puts it on the same page). */
  readonly imprint?: ImprintPlacement;
  /** Rows of tables sized to their page, with their writing lines (the DOCX makes them the same). */
  readonly rowSizes: ReadonlyMap<TableRow, { readonly lines: number; readonly height: number }>;
  /** Tables printed with fewer blank rows than written (the DOCX prints as many). */
  readonly rowsKept: ReadonlyMap<Table, number>;
};

/**
 * Lays the document tree out on pages: the PDF renderer's layout pass.
 * Pure: the tree and the theme in, positioned pages out.
 */
export function layoutDocument(tree: DocumentTree, theme: Theme): LayoutResult {
  const metrics = FontMetrics.forTheme(theme);
  const flow = new Flow(theme, metrics);
  const toc = tree.sections.flatMap((s) => s.children).find((b) => b.type === "toc");
  const maxLevel = toc && toc.type === "toc" ? toc.maxLevel : 0;
  const entries = toc && toc.type === "toc" ? tocEntries(tree.sections, maxLevel) : [];
  const pageOfEntry = new Map<number, number>();
  let slots: TocSlot[] = [];
  let entryIndex = 0;
  const figures: FigureFrames = [];
  let imprint: ImprintPlacement | undefined;

  /** Height that must fit below a heading: the start of what follows it. */
  const followHeight = (next: Block | undefined, after: Block | undefined): number | undefined => {
    if (next?.type === "table") return tableStartHeight(flow, next) + 8;
    if (next?.type === "paragraph" && after?.type === "table") {
      const style = theme.paragraph[next.style ?? "body"];
      const lines = measureParagraphLines(flow, next);
      if (lines <= 3) return lines * style.lineHeight + style.spaceBefore + style.spaceAfter + tableStartHeight(flow, after) + 8;
    }
    return undefined;
  };

  /** The room a signature takes: the blank line before it and its lines. */
  const signatureHeight = (f: Flow, s: Extract<Block, { type: "signature" }>): number => (f.theme.signature.linesBefore + s.lines.length) * f.theme.signature.style.lineHeight;

  /**
   * The attachment note (附件：1. … 2. …, GB/T 9704 7.3.3) is never split across pages and
   * keeps with the signature after it: before its first line, the room for all of it.
   */
  const noteHeight = (blocks: readonly Block[], i: number): number => {
    let h = 0;
    let k = i;
    for (; k < blocks.length; k++) {
      const p = blocks[k] as Block;
      if (p.type !== "paragraph" || (k > i && p.style !== "hang-more")) break;
      h += measureParagraphLines(flow, p) * theme.paragraph[p.style ?? "body"].lineHeight;
    }
    const next = blocks[k];
    return h + (next?.type === "signature" ? signatureHeight(flow, next) : 0);
  };

  const block = (b: Block, next?: Block, after?: Block, rest?: readonly Block[], at = 0): void => {
    const entry = maxLevel > 0 ? entryOf(b, maxLevel) : null;
    const k = entry ? entryIndex++ : -1;
    const onPlaced = (pageIndex: number) => {
      if (k >= 0) {
        pageOfEntry.set(k, pageIndex);
        flow.pages[pageIndex]?.anchors.push({ name: tocAnchor(k), y: flow.y });
      }
      const title = b.type === "heading" ? plainText(b.children) : b.type === "paragraph" && b.lead ? plainText(b.lead.children).replace(/[。.]$/, "") : "";
      const level = b.type === "heading" ? b.level : b.type === "paragraph" && b.lead ? b.lead.level : 9;
      if (title && level <= 3) flow.pages[pageIndex]?.outline.push({ title, level });
    };
    switch (b.type) {
      case "heading":
        flow.tagged(`H${b.level}`, () => layoutHeading(flow, b.level, b.children, onPlaced, followHeight(next, after), b.align));
        return;
      case "paragraph":
        if (b.style === "hang" && rest) {
          if (theme.grid) flow.snap();
          flow.ensure(noteHeight(rest, at));
        }
        flow.tagged("P", () => layoutParagraph(flow, b, b.lead ? onPlaced : undefined, next?.type === "signature" ? signatureHeight(flow, next) : undefined));
        return;
      case "table":
        layoutTable(flow, b, next?.type === "fields" ? fieldsHeight(flow, next) : 0);
        return;
      case "list":
        layoutList(flow, b, (blocks) => blocks.forEach((x, i) => block(x, blocks[i + 1])));
        return;
      case "fields":
        flow.tagged("P", () => layoutFields(flow, b));
        return;
      case "toc":
        slots = layoutToc(flow, b, entries);
        return;
      case "pageBreak":
        if (!flow.atPageTop) flow.newPage();
        return;
      case "signature":
        flow.tagged("P", () => layoutSignature(flow, b));
        return;
      case "imprint":
        imprint = flow.tagged("P", () => layoutImprint(flow, b));
        return;
      case "figure":
        figures.push(layoutFigure(flow, b));
        return;
      default: {
        const never: never = b;
        throw new Error(`unknown block ${(never as Block).type}`);
      }
    }
  };

  for (const section of tree.sections) {
    flow.newPage(section.orientation);
    section.children.forEach((b, i) => block(b, section.children[i + 1], section.children[i + 2], section.children, i));
  }
  if (flow.pages.length === 0) flow.newPage();
  fillToc(flow, slots, pageOfEntry);
  decoratePages(flow, tree);

  const warnings: Diagnostic[] = [...metrics.missing.values()].map((m) => ({
    severity: "warning",
    ruleId: "font/missing-glyph",
    ...spoken(
      say("%{document}: character \"%{char}\" (U+%{code}) is in no font and prints as an empty box — in \"%{context}\"", {
        document: tree.meta.name,
        char: m.char,
        code: (m.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0"),
        context: m.context,
      }),
      say("Replace the character, or point theme.fonts at a font that has it."),
    ),
  }));
  const tocPages = entries.map((e, k) => ({
    title: plainText(e.children),
    level: e.level,
    page: (pageOfEntry.get(k) ?? 0) + 1,
  }));
  return { pages: flow.pages, warnings, toc: tocPages, tocMaxLevel: maxLevel, figures, structure: flow.structure, rowSizes: flow.rowSizes, rowsKept: flow.rowsKept, ...(imprint ? { imprint } : {}) };
}

/** Page numbers (— 1 — outside corners for zh, centred for en) and running headers. */
function decoratePages(flow: Flow, tree: DocumentTree): void {
  const theme = flow.theme;
  const pn = theme.pageNumber;
  const font = theme.fonts[pn.font];
  const headerFont = theme.header ? theme.fonts[theme.header.font] : "";
  flow.pages.forEach((page, i) => {
    const n = i + 1;
    if (page.unnumbered) return;
    const text = pn.format === "dash" ? `— ${n} —` : String(n);
    const w = flow.metrics.width(font, text, pn.size);
    const left = theme.page.margin.left;
    const right = page.width - theme.page.margin.right;
    const bottom = page.height - theme.page.margin.bottom;
    const x = pn.placement === "center" ? (left + right - w) / 2 : n % 2 === 1 ? right - pn.inset - w : left + pn.inset;
    page.items.push({ kind: "text", x, y: baselineIn(bottom + pn.gap, pn.size * 1.2, pn.size), text, font, size: pn.size, spacing: 0 });
    if (theme.header && tree.meta.header) {
      const h = theme.header;
      const y = theme.page.margin.top - h.gap - 4;
      page.items.push({ kind: "text", x: left, y, text: tree.meta.header, font: headerFont, size: h.size, spacing: 0 });
      const title = tree.meta.title;
      const lw = flow.metrics.width(headerFont, tree.meta.header, h.size);
      const tw = flow.metrics.width(headerFont, title, h.size);
      // The title goes on the right only when it fits beside the left part.
      if (lw + tw + h.size * 2 < right - left) page.items.push({ kind: "text", x: right - tw, y, text: title, font: headerFont, size: h.size, spacing: 0 });
      page.items.push({ kind: "line", x1: left, y1: y + 4, x2: right, y2: y + 4, width: 0.4 });
    }
  });
}
