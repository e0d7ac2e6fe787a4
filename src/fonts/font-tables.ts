import type { Font } from "fontkit";

/**
 * The one place that reads a font's table bytes. fontkit answers the same
 * questions through lazily decoded arrays that decode every entry a lookup
 * touches (and `loca` whole, 65 535 offsets); for the thousand or so
 * characters of a document that was the largest part of a fresh process's
 * font work. The cmap subtable is chosen in fontkit's order; where these
 * readers cannot answer (cmap formats other than 4 and 12, no hmtx), fontkit
 * does.
 */
export type Entry = { readonly offset: number; readonly length: number };
type Internals = {
  directory: { tables: Record<string, Entry | undefined> };
  stream: { buffer: Uint8Array };
  head: { indexToLocFormat: number };
  hhea: { numberOfMetrics: number };
  hmtx: { metrics: { length: number; get(i: number): Metric | undefined }; bearings: { get(i: number): number | undefined } };
  glyphForCodePoint(cp: number): { id: number };
};

export type Metric = { advance: number; bearing: number };

export type FontTables = {
  /** Glyph id for a code point; 0 when the font has none. */
  readonly glyphId: (cp: number) => number;
  /** Advance width and left side bearing of a glyph, in font units. */
  readonly metrics: (gid: number) => Metric;
  /** Start of a glyph's bytes in glyf (glyph `gid + 1` starts where it ends); undefined without a loca table. */
  readonly loca: ((gid: number) => number) | undefined;
  /** Number of entries in loca. */
  readonly locaLength: number;
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

/** A view of one table's bytes, or undefined when the font has no such table. */
export function tableView(font: Font, tag: string): DataView | undefined {
  const f = font as unknown as Internals;
  const e = f.directory.tables[tag];
  if (!e) return undefined;
  const buf = f.stream.buffer;
  return new DataView(buf.buffer, buf.byteOffset + e.offset, e.length);
}

function read(f: Internals): FontTables {
  const font = f as unknown as Font;
  const cmap = tableView(font, "cmap");
  const glyphId = (cmap && cmapLookup(cmap)) ?? ((cp: number) => f.glyphForCodePoint(cp).id);
  const hmtx = tableView(font, "hmtx");
  const n = f.directory.tables.hhea ? f.hhea.numberOfMetrics : 0;
  const metrics = hmtx && n > 0 && n * 4 <= hmtx.byteLength ? hmtxMetrics(hmtx, n) : fontkitMetrics(f);
  const locaView = f.directory.tables.head ? tableView(font, "loca") : undefined;
  const short = locaView !== undefined && f.head.indexToLocFormat === 0;
  const loca = locaView && (short ? (gid: number) => locaView.getUint16(gid * 2) * 2 : (gid: number) => locaView.getUint32(gid * 4));
  return { glyphId, metrics, loca, locaLength: locaView ? locaView.byteLength / (short ? 2 : 4) : 0 };
}

function hmtxMetrics(v: DataView, n: number): (gid: number) => Metric {
  const lastAdvance = v.getUint16((n - 1) * 4);
  return (gid) => {
    if (gid < n) return { advance: v.getUint16(gid * 4), bearing: v.getInt16(gid * 4 + 2) };
    const at = n * 4 + (gid - n) * 2;
    return { advance: lastAdvance, bearing: at + 2 <= v.byteLength ? v.getInt16(at) : 0 };
  };
}

function fontkitMetrics(f: Internals): (gid: number) => Metric {
  return (gid) => {
    const m = f.hmtx.metrics;
    if (gid < m.length) return m.get(gid) ?? { advance: 0, bearing: 0 };
    return { advance: m.get(m.length - 1)?.advance ?? 0, bearing: f.hmtx.bearings.get(gid - m.length) ?? 0 };
  };
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
