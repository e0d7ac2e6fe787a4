import type { Font } from "fontkit";
import { glyphCharstring } from "./cff-charstrings.js";
import { CffUnsupported, readCff, type CffSource } from "./cff-read.js";
import { writeCffSubset } from "./cff-write.js";
import type { SparseFont } from "./sparse-font.js";

/**
 * An OpenType/CFF face read sparsely (sparse-font.ts; the installed Noto CJK
 * collections are such faces): its subsets are made from the pieces of the
 * CFF table they need — its structure (cff-read.ts), each used glyph's
 * charstring without subroutine calls (cff-charstrings.ts), written as a
 * CID-keyed CFF (cff-write.ts) — and fontkit decodes the table only if
 * something asks for it (it is read in first). fontkit would decode the whole
 * table and parse every used glyph's outline for each subset. A subset these
 * cannot make is made by fontkit from the whole table.
 */
type Internals = {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  _tables: Record<string, unknown>;
  _decodeTable(t: { tag: string; offset: number; length: number }): unknown;
  createSubset(): { includeGlyph(gid: number): number; encode(): Buffer | Uint8Array };
};

/** What pdfkit asks of a subset: glyph ids in the subset, whether it is CFF, and its bytes. */
class SparseCffSubset {
  /** Non-null: pdfkit embeds the subset as CIDFontType0C. */
  readonly cff = true;
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly face: CffFace) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === "number" ? glyph : glyph.id;
    let k = this.mapping.get(gid);
    if (k === undefined) {
      k = this.glyphs.length;
      this.glyphs.push(gid);
      this.mapping.set(gid, k);
    }
    return k;
  }

  encode(): Buffer {
    return this.face.encode(this.glyphs);
  }
}

class CffFace {
  private parsed: CffSource | CffUnsupported | undefined;
  private readonly charstrings = new Map<number, Uint8Array>();

  constructor(
    private readonly sparse: SparseFont,
    private readonly fontkitSubset: () => ReturnType<Internals["createSubset"]>,
  ) {}

  /** The table's structure, read once (a table cff-read.ts cannot read is so for every subset). */
  private source(): CffSource {
    if (this.parsed === undefined) {
      try {
        this.parsed = readCff((offset, length) => this.sparse.readOutline(offset, length));
      } catch (e) {
        // Whatever it could not read (an unusual or damaged table) is fontkit's to read or refuse.
        this.parsed = e instanceof CffUnsupported ? e : new CffUnsupported(String(e));
      }
    }
    if (this.parsed instanceof CffUnsupported) throw this.parsed;
    return this.parsed;
  }

  private charstring = (gid: number): Uint8Array => {
    let cs = this.charstrings.get(gid);
    if (!cs) {
      cs = glyphCharstring(this.source(), gid);
      this.charstrings.set(gid, cs);
    }
    return cs;
  };

  /**
   * The subset of `glyphs`. Which subsetter makes it depends only on these glyphs (never on what
   * other documents of the process asked for), so a document's bytes are the same in a batch and alone.
   */
  encode(glyphs: readonly number[]): Buffer {
    try {
      const bytes = writeCffSubset(this.source(), glyphs, this.charstring);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch {
      // CffUnsupported, or a table damaged where fontkit may still read it: fontkit subsets (the
      // tests make every generated font through cff-write.ts directly, with no such fallback).
    }
    const subset = this.fontkitSubset();
    for (const gid of glyphs) subset.includeGlyph(gid);
    const bytes = subset.encode();
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  }
}

/** Makes a sparsely read OpenType/CFF face subset itself; false (nothing changed) for other faces. */
export function useSparseCff(font: Font, sparse: SparseFont): boolean {
  if (sparse.outlines !== "CFF ") return false;
  const f = font as unknown as Internals;
  const entry = f.directory.tables["CFF "];
  if (!entry || "CFF " in f._tables) return false;
  // fontkit decodes the table on first access: read it in first.
  Object.defineProperty(f._tables, "CFF ", {
    configurable: true,
    enumerable: true,
    get() {
      sparse.fillOutlines();
      const table = f._decodeTable({ ...entry, tag: "CFF " });
      Object.defineProperty(f._tables, "CFF ", { value: table, configurable: true, enumerable: true, writable: true });
      return table;
    },
  });
  const own = f.createSubset.bind(f);
  const face = new CffFace(sparse, own);
  f.createSubset = () => new SparseCffSubset(face) as unknown as ReturnType<Internals["createSubset"]>;
  return true;
}
