import type { StructNode } from "./page-model.js";

/** The parts of pdfkit's document this module uses (they are not in its type declarations). */
export type TaggedDoc = {
  page: { dictionary: PdfRef };
  getStructTreeRoot(): PdfRef;
  _offset: number;
  _offsets: Array<number | null>;
  _write(data: Uint8Array): void;
};
export type PdfRef = { id: number; data: Record<string, unknown> };

type Kid = { readonly elem: number } | { readonly page: PdfRef; readonly mcid: number } | { readonly page: PdfRef; readonly annot: PdfRef };

/**
 * The logical structure of a tagged PDF (ISO 32000 14.7): one structure
 * element per layout node, marked-content ids per page, the parent tree that
 * maps them back, and OBJR entries for link annotations.
 *
 * pdfkit's own structure API marks content as it writes it and makes an
 * object per element as it goes; planwright writes a page's text in one
 * piece and a document has hundreds of elements, all small and ASCII. So
 * the ids are assigned here, and at the end every element and the parent
 * tree are serialised and written in one piece, each object's offset
 * recorded for pdfkit's cross-reference table.
 */
export class StructTree {
  private readonly kids: Kid[][];
  /** Parent tree entries in key order: a page's elements by marked-content id, or an annotation's element. */
  private readonly parentTree: Array<[key: number, value: number[] | number]> = [];
  private page: { ref: PdfRef; parents: number[] } | null = null;

  constructor(
    private readonly doc: TaggedDoc,
    readonly nodes: readonly StructNode[],
  ) {
    this.kids = nodes.map(() => []);
    nodes.forEach((n, i) => {
      if (n.parent >= 0) this.kids[n.parent]?.push({ elem: i });
    });
  }

  /** The role of a node (the tag of its marked content). */
  type(node: number): string {
    return this.nodes[node]?.type ?? "Span";
  }

  /** Call when a new page starts: marked content ids count from 0 on each page. */
  startPage(): void {
    this.page = null;
  }

  /** A new marked-content id on the current page, belonging to `node`. */
  mark(node: number): number {
    if (!this.page) {
      const ref = this.doc.page.dictionary;
      this.page = { ref, parents: [] };
      ref.data.StructParents = this.parentTree.length;
      this.parentTree.push([this.parentTree.length, this.page.parents]);
    }
    const mcid = this.page.parents.length;
    this.page.parents.push(node);
    this.kids[node]?.push({ page: this.page.ref, mcid });
    return mcid;
  }

  /** A link annotation that belongs to `node` (an OBJR kid, and its own parent-tree entry). */
  annotation(annot: PdfRef, node: number): void {
    annot.data.StructParent = this.parentTree.length;
    this.parentTree.push([this.parentTree.length, node]);
    this.kids[node]?.push({ page: this.doc.page.dictionary, annot });
  }

  /** Writes every element and the parent tree, and hooks them to the structure tree root (call before the document ends). */
  end(): void {
    const doc = this.doc;
    const first = doc._offsets.length + 1;
    const id = (node: number) => `${first + node} 0 R`;
    const r = (ref: PdfRef) => `${ref.id} 0 R`;
    const root = doc.getStructTreeRoot();
    const offsets: number[] = [];
    let out = "";
    const object = (n: number, body: string) => {
      offsets.push(out.length);
      out += `${n} 0 obj\n${body}\nendobj\n`;
    };
    this.nodes.forEach((node, i) => {
      const k: string[] = [];
      let pg: PdfRef | undefined;
      for (const kid of this.kids[i] ?? []) {
        if ("elem" in kid) k.push(id(kid.elem));
        else if ("annot" in kid) k.push(`<</Type/OBJR/Pg ${r(kid.page)}/Obj ${r(kid.annot)}>>`);
        else {
          pg ??= kid.page;
          k.push(pg === kid.page ? String(kid.mcid) : `<</Type/MCR/Pg ${r(kid.page)}/MCID ${kid.mcid}>>`);
        }
      }
      let body = `<</S/${node.type}/P ${node.parent < 0 ? r(root) : id(node.parent)}`;
      if (pg) body += `/Pg ${r(pg)}`;
      if (node.scope) body += `/A<</O/Table/Scope/${node.scope}>>`;
      if (node.alt !== undefined) body += `/Alt${pdfText(node.alt)}`;
      object(first + i, `${body}/K[${k.join(" ")}]>>`);
    });
    const parentTreeId = first + this.nodes.length;
    const nums = this.parentTree.map(([key, v]) => `${key} ${typeof v === "number" ? id(v) : `[${v.map(id).join(" ")}]`}`).join(" ");
    object(parentTreeId, `<</Nums[${nums}]>>`);
    const base = doc._offset;
    for (const o of offsets) doc._offsets.push(base + o);
    doc._write(Buffer.from(out, "latin1"));
    root.data.K = [referenceTo(root, first)];
    root.data.ParentTree = referenceTo(root, parentTreeId);
    root.data.ParentTreeNextKey = this.parentTree.length;
  }
}

/** A reference to an object written here, of pdfkit's reference class (so pdfkit serialises it as `n 0 R`). */
function referenceTo(like: PdfRef, n: number): PdfRef {
  const ref = Object.create(Object.getPrototypeOf(like) as object) as PdfRef & { gen: number };
  ref.id = n;
  ref.gen = 0;
  return ref;
}

/** A PDF text string in UTF-16BE hex (any text, ASCII bytes). */
function pdfText(text: string): string {
  let hex = "<FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return `${hex}>`;
}
