import type { Font } from "fontkit";
import { fontTables, tableView, type Entry } from "./font-tables.js";

/**
 * Large fontkit tables that planwright reads only a header of. fontkit decodes
 * a table whole on first access: `loca` is 65 535 offsets, and a version-2
 * `post` table holds a name for every glyph (decoding LXGW WenKai's takes
 * ~60 ms), when pdfkit only wants `isFixedPitch` and `italicAngle` and the
 * subsetter only loca's version. These stand-ins carry the header fields and
 * decode the rest only if something asks for it.
 */
type FontInternals = {
  head: { indexToLocFormat: number };
  directory: { tables: Record<string, Entry | undefined> };
  _tables: Record<string, unknown>;
  _decodeTable(t: Entry & { tag: string }): Record<string, unknown>;
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
  const { loca, locaLength } = fontTables(font);
  if (loca && !("loca" in f._tables)) {
    // Offsets read from the table on access: fontkit asks for a few (glyph 0's outline, for pdfkit).
    const isIndex = (key: string | symbol): key is string => typeof key === "string" && /^\d+$/.test(key);
    const offsets = new Proxy([] as number[], {
      get: (target, key) => (key === "length" ? locaLength : isIndex(key) ? (Number(key) < locaLength ? loca(Number(key)) : undefined) : Reflect.get(target, key)),
      has: (target, key) => (isIndex(key) ? Number(key) < locaLength : Reflect.has(target, key)),
    });
    f._tables.loca = { version: f.head.indexToLocFormat, offsets };
  }

  const post = tableView(font, "post");
  if (post && post.byteLength >= 32) {
    lazy(
      f,
      "post",
      {
        version: post.getInt32(0) / 65536,
        italicAngle: post.getInt32(4) / 65536,
        underlinePosition: post.getInt16(8),
        underlineThickness: post.getInt16(10),
        isFixedPitch: post.getUint32(12),
        minMemType42: post.getUint32(16),
        maxMemType42: post.getUint32(20),
        minMemType1: post.getUint32(24),
        maxMemType1: post.getUint32(28),
      },
      ["numberOfGlyphs", "glyphNameIndex", "names", "offsets", "map"],
    );
  }
}
