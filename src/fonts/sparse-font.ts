import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/**
 * Reads a font file without its outlines. CJK faces are 10–27 MB, almost all
 * of it the outline table (glyf, or CFF in OpenType/CFF faces such as the
 * installed Noto CJK collections), yet layout needs only the small tables
 * (cmap, hmtx…) and a PDF only the few hundred glyphs it uses. The file is
 * loaded into a zero-filled buffer of its full size with every table but the
 * outlines read in: their pages are never touched, so they take no memory.
 * Outlines are then read from the file piece by piece when a subset needs them.
 */
export type SparseFont = {
  /** The file's bytes, except the outline table (zeros until `fillOutlines`). */
  readonly bytes: Buffer;
  /** Which table holds the outlines. */
  readonly outlines: "glyf" | "CFF ";
  /** Reads `length` bytes at `offset` within the outline table. */
  readOutline(offset: number, length: number): Buffer;
  /** Reads the outline table into `bytes` after all (for code that decodes it whole). */
  fillOutlines(): void;
  /** Closes the file (only when the font is read whole after all). */
  close(): void;
};

/**
 * Undefined when the file is neither a TrueType (glyf) nor an OpenType/CFF
 * font: then read it whole. In a collection (.ttc), `index` picks the face; its
 * tables are read at their places in the file (collection offsets count from
 * its start).
 */
export function openSparse(file: string, index = 0): SparseFont | undefined {
  const fd = openSync(file, "r");
  let keepOpen = false;
  try {
    const size = fstatSync(fd).size;
    let at = 0;
    let collectionHeader: Buffer | undefined;
    const first = Buffer.alloc(12);
    readSync(fd, first, 0, 12, 0);
    if (first.toString("latin1", 0, 4) === "ttcf") {
      const count = first.readUInt32BE(8);
      if (index >= count) return undefined;
      collectionHeader = Buffer.alloc(12 + 4 * count);
      readSync(fd, collectionHeader, 0, collectionHeader.length, 0);
      at = collectionHeader.readUInt32BE(12 + 4 * index);
    } else if (index > 0) return undefined;
    const head = Buffer.alloc(12);
    readSync(fd, head, 0, 12, at);
    const version = head.readUInt32BE(0);
    if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */ && version !== 0x4f54544f /* 'OTTO' */) return undefined;
    const numTables = head.readUInt16BE(4);
    const dir = Buffer.alloc(16 * numTables);
    readSync(fd, dir, 0, dir.length, at + 12);
    const tables = Array.from({ length: numTables }, (_, i) => ({
      tag: dir.toString("latin1", i * 16, i * 16 + 4),
      offset: dir.readUInt32BE(i * 16 + 8),
      length: dir.readUInt32BE(i * 16 + 12),
    }));
    const outlines = version === 0x4f54544f ? "CFF " : "glyf";
    const outline = tables.find((t) => t.tag === outlines);
    if (!outline || tables.some((t) => t.offset + t.length > size)) return undefined;
    const bytes = Buffer.alloc(size); // zero pages: untouched ones are not resident
    if (collectionHeader) collectionHeader.copy(bytes, 0);
    readSync(fd, bytes, at, 12 + dir.length, at);
    for (const t of tables) if (t !== outline && t.length > 0) readSync(fd, bytes, t.offset, t.length, t.offset);
    keepOpen = true;
    const base = outline.offset;
    // Glyphs read once are kept: a batch draws the same few thousand characters again and again.
    // (CFF pieces are kept by their reader: cff-read.ts keeps the offsets and subroutines it read,
    // sparse-cff.ts the glyphs it wrote.)
    const seen = outlines === "glyf" ? new Map<number, Buffer>() : undefined;
    let filled = false;
    return {
      bytes,
      outlines,
      fillOutlines() {
        if (!filled) readSync(fd, bytes, base, outline.length, base);
        filled = true;
      },
      readOutline(offset, length) {
        if (filled) return bytes.subarray(base + offset, base + offset + length);
        let out = seen?.get(offset);
        if (out && out.length === length) return out;
        out = Buffer.alloc(length);
        if (length > 0) readSync(fd, out, 0, length, base + offset);
        seen?.set(offset, out);
        return out;
      },
      close: () => closeSync(fd),
    };
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}
