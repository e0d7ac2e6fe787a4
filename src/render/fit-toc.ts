import type { Block, DocumentTree } from "../tree/types.js";

/**
 * A table of contents only where it helps: a `toc` block with `minPages`
 * (document.toc, default 10) is kept only when the document without it runs
 * to more pages than that — a one-page body gets none. `layoutPages` lays a
 * tree out and says how many pages it took; the tree without the contents is
 * laid out first, and the one with it only when it stays.
 */
export function fitToc<L extends { readonly pages: readonly unknown[] }>(tree: DocumentTree, layout: (t: DocumentTree) => L): { tree: DocumentTree; layout: L } {
  const toc = tree.sections.flatMap((s) => s.children).find((b) => b.type === "toc");
  if (!toc || toc.type !== "toc" || !toc.minPages) return { tree, layout: layout(tree) };
  const without: DocumentTree = {
    ...tree,
    sections: tree.sections
      .map((s) => ({ ...s, children: s.children.filter((b, i, all) => b !== toc && !(b.type === "pageBreak" && all[i - 1] === toc)) as Block[] }))
      .filter((s) => s.children.length > 0),
  };
  const short = layout(without);
  return short.pages.length > toc.minPages ? { tree, layout: layout(tree) } : { tree: without, layout: short };
}
