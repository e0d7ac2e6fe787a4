import type { Font } from "fontkit";

/**
 * Large fontkit tables that planwright reads only a header of. fontkit decodes
 * a table whole on first access: `loca` is 65 535 offsets, and a version-2
 * `post` table holds a name for every glyph (decoding LXGW WenKai's takes
 * ~60 ms), when pdfkit only wants `isFixedPitch` and `italicAngle` and the
 * subsetter only loca's version. These stand-ins carry the header fields and
 * decode the rest only if something asks for it.
 */
type TableEntry = { offset: number; length: number };
type FontInternals = {
  head: { indexToLocFormat: number };
  directory: { tables: Record<string, TableEntry | undefined> };
  _tables: Record<string, unknown>;
  _decodeTable(t: TableEntry & { tag: string }): Record<string, unknown>;
  stream: { buffer: Uint8Array };
};

function lazy<T extends object>(f: FontInternals, tag: string, header: T, rest: readonly string[]): void {
  const entry = f.directory.tables[tag];
  if (!entry || tag in f._tables) return;
  let whole: Record<string, unknown> | undefined;
  const table = { ...header };
  for (const key of rest) {
    Object.defineProperty(table, key, {
      enumerable: true,
      get: () => (whole ??= f._decodeTable({ ...entry, tag }))[key],
    });
  }
  f._tables[tag] = table;
}

export function useLazyTables(font: Font): void {
  const f = font as unknown as FontInternals;
  const buf = f.stream.buffer;
  const view = (t: TableEntry) => new DataView(buf.buffer, buf.byteOffset + t.offset, t.length);

  const loca = f.directory.tables.loca;
  if (loca && f.directory.tables.head && !("loca" in f._tables)) {
    // Offsets read from the table on access: fontkit asks for a few (glyph 0's outline, for pdfkit).
    const v = view(loca);
    const short = f.head.indexToLocFormat === 0;
    const length = short ? loca.length / 2 : loca.length / 4;
    const at = (i: number) => (short ? v.getUint16(i * 2) * 2 : v.getUint32(i * 4));
    const offsets = new Proxy([] as number[], {
      get: (target, key) => {
        if (key === "length") return length;
        if (typeof key === "string" && /^\d+$/.test(key)) {
          const i = Number(key);
          return i < length ? at(i) : undefined;
        }
        return Reflect.get(target, key);
      },
      has: (target, key) => (typeof key === "string" && /^\d+$/.test(key) ? Number(key) < length : Reflect.has(target, key)),
    });
    f._tables.loca = { version: f.head.indexToLocFormat, offsets };
  }

  const post = f.directory.tables.post;
  if (post && post.length >= 32) {
    const v = view(post);
    lazy(
      f,
      "post",
      {
        version: v.getInt32(0) / 65536,
        italicAngle: v.getInt32(4) / 65536,
        underlinePosition: v.getInt16(8),
        underlineThickness: v.getInt16(10),
        isFixedPitch: v.getUint32(12),
        minMemType42: v.getUint32(16),
        maxMemType42: v.getUint32(20),
        minMemType1: v.getUint32(24),
        maxMemType1: v.getUint32(28),
      },
      ["numberOfGlyphs", "glyphNameIndex", "names", "offsets", "map"],
    );
  }
}
