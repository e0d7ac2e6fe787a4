import type { Font } from "fontkit";

/**
 * Character → glyph and glyph → advance, read from the cmap and hmtx bytes.
 * fontkit answers the same through lazily decoded arrays that decode every
 * entry a lookup touches; for the thousand or so characters of a document
 * that was the largest part of a fresh process's font work. The cmap subtable
 * is chosen in fontkit's order; subtable formats other than 4 and 12 are left
 * to fontkit.
 */
type Entry = { offset: number; length: number };
type Internals = {
  directory: { tables: Record<string, Entry | undefined> };
  stream: { buffer: Uint8Array };
  hhea: { numberOfMetrics: number };
};

export type FontTables = {
  /** Glyph id for a code point (0 when the font has none), or undefined to ask fontkit. */
  readonly glyphId?: (cp: number) => number;
  /** Advance width and left side bearing of a glyph, in font units. */
  readonly metrics?: (gid: number) => { advance: number; bearing: number };
};

const PREFERRED: ReadonlyArray<readonly [number, number]> = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]];
const cache = new WeakMap<Font, FontTables>();

export function fontTables(font: Font): FontTables {
  let t = cache.get(font);
  if (!t) {
    t = read(font as unknown as Internals);
    cache.set(font, t);
  }
  return t;
}

function read(f: Internals): FontTables {
  const buf = f.stream.buffer;
  const viewOf = (e: Entry) => new DataView(buf.buffer, buf.byteOffset + e.offset, e.length);
  const out: { glyphId?: (cp: number) => number; metrics?: (gid: number) => { advance: number; bearing: number } } = {};
  const cmap = f.directory.tables.cmap;
  if (cmap) {
    const glyphId = cmapLookup(viewOf(cmap));
    if (glyphId) out.glyphId = glyphId;
  }
  const hmtx = f.directory.tables.hmtx;
  if (hmtx && f.directory.tables.hhea) {
    const v = viewOf(hmtx);
    const n = f.hhea.numberOfMetrics;
    if (n > 0 && n * 4 <= hmtx.length) {
      const lastAdvance = v.getUint16((n - 1) * 4);
      out.metrics = (gid) => {
        if (gid < n) return { advance: v.getUint16(gid * 4), bearing: v.getInt16(gid * 4 + 2) };
        const at = n * 4 + (gid - n) * 2;
        return { advance: lastAdvance, bearing: at + 2 <= hmtx.length ? v.getInt16(at) : 0 };
      };
    }
  }
  return out;
}

function cmapLookup(v: DataView): ((cp: number) => number) | undefined {
  const count = v.getUint16(2);
  const records = Array.from({ length: count }, (_, i) => ({ platform: v.getUint16(4 + i * 8), encoding: v.getUint16(6 + i * 8), offset: v.getUint32(8 + i * 8) }));
  let chosen: { offset: number } | undefined;
  for (const [platform, encoding] of PREFERRED) {
    chosen = records.find((r) => r.platform === platform && r.encoding === encoding);
    if (chosen) break;
  }
  if (!chosen) return undefined;
  const at = chosen.offset;
  const format = v.getUint16(at);
  if (format === 12) {
    const n = v.getUint32(at + 12);
    const start = new Uint32Array(n);
    const end = new Uint32Array(n);
    const glyph = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const g = at + 16 + i * 12;
      start[i] = v.getUint32(g);
      end[i] = v.getUint32(g + 4);
      glyph[i] = v.getUint32(g + 8);
    }
    return (cp) => {
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < (start[mid] as number)) hi = mid - 1;
        else if (cp > (end[mid] as number)) lo = mid + 1;
        else return (glyph[mid] as number) + (cp - (start[mid] as number));
      }
      return 0;
    };
  }
  if (format === 4) {
    const segs = v.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const ranges = deltas + segs * 2;
    return (cp) => {
      let lo = 0;
      let hi = segs - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = v.getUint16(starts + mid * 2);
        if (cp < s) hi = mid - 1;
        else if (cp > v.getUint16(ends + mid * 2)) lo = mid + 1;
        else {
          const range = v.getUint16(ranges + mid * 2);
          const delta = v.getInt16(deltas + mid * 2);
          if (range === 0) return (cp + delta) & 0xffff;
          // idRangeOffset counts bytes from its own position to the glyph id.
          const g = v.getUint16(ranges + mid * 2 + range + (cp - s) * 2);
          return g === 0 ? 0 : (g + delta) & 0xffff;
        }
      }
      return 0;
    };
  }
  return undefined;
}
