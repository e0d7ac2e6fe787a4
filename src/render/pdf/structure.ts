import type { StructNode } from "./page-model.js";

/** The parts of pdfkit's document this module uses (they are not in its type declarations). */
export type TaggedDoc = {
  ref(data: Record<string, unknown>): PdfRef;
  page: { dictionary: PdfRef; structParentTreeKey: number };
  getStructTreeRoot(): PdfRef;
  getStructParentTree(): { get(key: number): unknown[]; add(key: number, value: unknown): void };
  createStructParentTreeNextKey(): number;
};
export type PdfRef = { data: Record<string, unknown>; end(): void };

type Kid = { readonly elem: number } | { readonly page: PdfRef; readonly mcid: number } | { readonly page: PdfRef; readonly annot: PdfRef };

/**
 * The logical structure of a tagged PDF (ISO 32000 14.7): one structure
 * element per layout node, marked-content ids per page, the parent tree
 * that maps them back, and OBJR entries for link annotations. pdfkit's own
 * structure API marks content as it writes it; planwright writes a page's
 * text in one piece, so it assigns the ids itself and builds the elements
 * here, with pdfkit's objects and number tree.
 */
export class StructTree {
  private readonly refs: PdfRef[];
  private readonly kids: Kid[][];
  private pageKey: { page: PdfRef; parents: unknown[] } | null = null;

  constructor(
    private readonly doc: TaggedDoc,
    readonly nodes: readonly StructNode[],
  ) {
    const root = doc.getStructTreeRoot();
    this.kids = nodes.map(() => []);
    this.refs = nodes.map((n) => {
      const data: Record<string, unknown> = { Type: "StructElem", S: n.type };
      if (n.alt !== undefined) data.Alt = new String(n.alt);
      if (n.scope) data.A = { O: "Table", Scope: n.scope };
      return doc.ref(data);
    });
    nodes.forEach((n, i) => {
      const ref = this.refs[i] as PdfRef;
      if (n.parent < 0) {
        ref.data.P = root;
        root.data.K = [ref];
      } else {
        ref.data.P = this.refs[n.parent];
        this.kids[n.parent]?.push({ elem: i });
      }
    });
  }

  /** The role of a node (the tag of its marked content). */
  type(node: number): string {
    return this.nodes[node]?.type ?? "Span";
  }

  /** Call when a new page starts: marked content ids count from 0 on each page. */
  startPage(): void {
    this.pageKey = null;
  }

  /** A new marked-content id on the current page, belonging to `node`. */
  mark(node: number): number {
    if (!this.pageKey) {
      const key = this.doc.page.structParentTreeKey;
      this.pageKey = { page: this.doc.page.dictionary, parents: this.doc.getStructParentTree().get(key) };
    }
    const mcid = this.pageKey.parents.length;
    this.pageKey.parents.push(this.refs[node]);
    this.kids[node]?.push({ page: this.pageKey.page, mcid });
    return mcid;
  }

  /** A link annotation that belongs to `node` (an OBJR kid, and its own parent-tree entry). */
  annotation(annot: PdfRef, node: number): void {
    const key = this.doc.createStructParentTreeNextKey();
    annot.data.StructParent = key;
    this.doc.getStructParentTree().add(key, this.refs[node]);
    this.kids[node]?.push({ page: this.doc.page.dictionary, annot });
  }

  /** Writes every element (call before the document ends). */
  end(): void {
    this.refs.forEach((ref, i) => {
      const k: unknown[] = [];
      for (const kid of this.kids[i] ?? []) {
        if ("elem" in kid) k.push(this.refs[kid.elem]);
        else if ("annot" in kid) k.push({ Type: "OBJR", Pg: kid.page, Obj: kid.annot });
        else {
          if (ref.data.Pg === undefined) ref.data.Pg = kid.page;
          k.push(ref.data.Pg === kid.page ? kid.mcid : { Type: "MCR", Pg: kid.page, MCID: kid.mcid });
        }
      }
      ref.data.K = k;
      ref.end();
    });
  }
}
