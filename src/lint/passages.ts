import type { Block, DocumentTree, Inline, ParagraphStyle } from "../tree/types.js";

/**
 * The text a document prints, as passages in reading order: headings,
 * paragraphs (with their run-in lead), items of list nodes, table cells and
 * the other text blocks. The prose lint reads these, never the renderers'
 * output: what the tree holds is what both formats print.
 */
export type PassageKind = "heading" | "paragraph" | "cell" | "fields" | "signature" | "imprint" | "caption";

export type Passage = {
  readonly doc: string;
  readonly kind: PassageKind;
  /** Everything the passage prints (a run-in lead and its paragraph's text together). */
  readonly text: string;
  /** The run-in lead alone (its length is where the paragraph's own text starts in `text`). */
  readonly lead?: string;
  readonly style?: ParagraphStyle;
  /** Heading level, or the run-in lead's level. */
  readonly level?: number;
  /** Nesting in list nodes (0 outside any list). */
  readonly listDepth: number;
  /** The number an ordered list node gives this item (its first passage only). */
  readonly listNumber?: number;
  /** A table cell: which table (index in the document), row and column; header rows are marked. */
  readonly cell?: { readonly table: number; readonly row: number; readonly col: number; readonly header: boolean };
};

export type DocText = { readonly name: string; readonly locale: string; readonly passages: readonly Passage[] };

function inline(xs: readonly Inline[]): string {
  return xs.map((i) => (i.type === "text" ? i.value : i.type === "checkbox" ? "" : "\n")).join("");
}

/** The passages of one document tree, in reading order. */
export function passagesOf(tree: DocumentTree): DocText {
  const doc = tree.meta.name;
  const out: Passage[] = [];
  let tables = 0;
  const walk = (blocks: readonly Block[], listDepth: number) => {
    for (const b of blocks) {
      switch (b.type) {
        case "heading":
          out.push({ doc, kind: "heading", text: inline(b.children), level: b.level, listDepth });
          break;
        case "paragraph": {
          const lead = b.lead ? inline(b.lead.children) : undefined;
          out.push({
            doc,
            kind: "paragraph",
            text: `${lead ?? ""}${inline(b.children)}`,
            listDepth,
            ...(lead !== undefined ? { lead, level: b.lead!.level } : {}),
            ...(b.style ? { style: b.style } : {}),
          });
          break;
        }
        case "list":
          b.items.forEach((item, k) => {
            const first = out.length;
            walk(item, listDepth + 1);
            const p = out[first];
            if (b.ordered && p && p.kind === "paragraph") out[first] = { ...p, listNumber: (b.start ?? 1) + k };
          });
          break;
        case "table": {
          const table = tables++;
          const rows = [...b.header.map((r) => ({ r, header: true })), ...b.rows.map((r) => ({ r, header: false }))];
          rows.forEach(({ r, header }, row) =>
            r.cells.forEach((c, col) => out.push({ doc, kind: "cell", text: inline(c.children), listDepth, cell: { table, row, col, header } })),
          );
          break;
        }
        case "fields":
          for (const f of b.items) out.push({ doc, kind: "fields", text: inline(f), listDepth });
          break;
        case "signature":
          for (const l of b.lines) out.push({ doc, kind: "signature", text: inline(l), listDepth });
          break;
        case "imprint":
          for (const r of b.rows) out.push({ doc, kind: "imprint", text: `${inline(r.left)}${r.right ? ` ${inline(r.right)}` : ""}`, listDepth });
          break;
        case "figure":
          if (b.caption) out.push({ doc, kind: "caption", text: inline(b.caption), listDepth });
          break;
        default:
          break;
      }
    }
  };
  for (const s of tree.sections) walk(s.children, 0);
  return { name: doc, locale: tree.meta.locale, passages: out };
}

/** Running text: what a reader reads as sentences (paragraphs and captions, not headings, cells or sign-off lines). */
export function isRunningText(p: Passage): boolean {
  return p.kind === "paragraph" || p.kind === "caption";
}
