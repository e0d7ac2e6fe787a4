import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/**
 * Reads a TrueType font file without its outlines. CJK faces are 10–15 MB,
 * almost all of it the glyf table, yet layout needs only the small tables
 * (cmap, hmtx…) and a PDF only the few hundred glyphs it uses. The file is
 * loaded into a zero-filled buffer of its full size with every table but glyf
 * read in: the glyf pages are never touched, so they take no memory. Glyphs
 * are then read from the file one by one when a subset needs them.
 */
export type SparseFont = {
  /** The file's bytes, except the glyf table (zeros). */
  readonly bytes: Buffer;
  /** Reads `length` bytes at `offset` within the glyf table. */
  readGlyf(offset: number, length: number): Buffer;
  /** Closes the file (only when the font is read whole after all). */
  close(): void;
};

/**
 * Undefined when the file is not a plain TrueType (glyf) font: then read it
 * whole. In a collection (.ttc), `index` picks the face; its tables are read
 * at their places in the file (collection offsets count from its start).
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
    if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) return undefined;
    const numTables = head.readUInt16BE(4);
    const dir = Buffer.alloc(16 * numTables);
    readSync(fd, dir, 0, dir.length, at + 12);
    const tables = Array.from({ length: numTables }, (_, i) => ({
      tag: dir.toString("latin1", i * 16, i * 16 + 4),
      offset: dir.readUInt32BE(i * 16 + 8),
      length: dir.readUInt32BE(i * 16 + 12),
    }));
    const glyf = tables.find((t) => t.tag === "glyf");
    if (!glyf || tables.some((t) => t.offset + t.length > size)) return undefined;
    const bytes = Buffer.alloc(size); // zero pages: untouched ones are not resident
    if (collectionHeader) collectionHeader.copy(bytes, 0);
    readSync(fd, bytes, at, 12 + dir.length, at);
    for (const t of tables) if (t !== glyf && t.length > 0) readSync(fd, bytes, t.offset, t.length, t.offset);
    keepOpen = true;
    const base = glyf.offset;
    // Glyphs read once are kept: a batch draws the same few thousand characters again and again.
    const seen = new Map<number, Buffer>();
    return {
      bytes,
      readGlyf(offset, length) {
        let out = seen.get(offset);
        if (out && out.length === length) return out;
        out = Buffer.alloc(length);
        if (length > 0) readSync(fd, out, 0, length, base + offset);
        seen.set(offset, out);
        return out;
      },
      close: () => closeSync(fd),
    };
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}
