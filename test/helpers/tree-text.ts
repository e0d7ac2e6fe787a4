import type { Block, DocumentTree, Inline } from "../../src/tree/types.js";

const inline = (xs: readonly Inline[]) => xs.map((i) => (i.type === "text" ? i.value : i.type === "checkbox" ? "" : " ")).join("");

/** Every piece of text a document tree prints, block by block: paragraphs (with their run-in leads), list items, table cells, headings. */
export function treeTexts(tree: DocumentTree, only?: "paragraphs"): string[] {
  const out: string[] = [];
  const block = (b: Block): void => {
    switch (b.type) {
      case "heading":
        if (!only) out.push(inline(b.children));
        break;
      case "paragraph":
        out.push(`${b.lead ? inline(b.lead.children) : ""}${inline(b.children)}`);
        break;
      case "list":
        if (!only) b.items.forEach((it) => it.forEach(block));
        break;
      case "table":
        if (only) break;
        for (const r of [...b.header, ...b.rows]) for (const c of r.cells) out.push(inline(c.children));
        break;
      case "fields":
        for (const f of b.items) out.push(inline(f));
        break;
      case "signature":
        for (const l of b.lines) out.push(inline(l));
        break;
      case "imprint":
        for (const r of b.rows) out.push(`${inline(r.left)} ${r.right ? inline(r.right) : ""}`);
        break;
      default:
        break;
    }
  };
  for (const s of tree.sections) s.children.forEach(block);
  return out.map((t) => t.trim()).filter(Boolean);
}
