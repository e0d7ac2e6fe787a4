import type { Font } from "fontkit";
import { fontTables } from "./font-tables.js";

/**
 * A faster glyph copy for fontkit's TrueType subsetter (which pdfkit uses to
 * embed fonts). fontkit decodes every glyph's outline and computes its
 * vertical metrics only to copy the glyph's bytes and read its advance; for a
 * CJK document that is most of the PDF stage. This copies the bytes from the
 * loca offsets, reads composite glyphs' component ids from their records, and
 * takes advance and bearing from hmtx: the subset is byte for byte the same.
 * Variable fonts keep fontkit's own path (their outlines are re-encoded).
 */

type Metric = { advance: number; bearing: number };
type TableEntry = { offset: number; length: number };
type TtfFont = {
  loca?: { offsets: number[] };
  head: { indexToLocFormat: number };
  directory: { tables: Record<string, TableEntry | undefined> };
  stream: { buffer: Uint8Array };
  hmtx: { metrics: { length: number; get(i: number): Metric | undefined }; bearings: { get(i: number): number | undefined } };
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(n: number): Uint8Array };
  createSubset(): TtfSubset;
};
type TtfSubset = {
  font: TtfFont;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Metric[] };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
};

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function metricOf(font: TtfFont, gid: number): Metric {
  const direct = fontTables(font as unknown as Font).metrics;
  if (direct) return direct(gid);
  const m = font.hmtx.metrics;
  if (gid < m.length) return m.get(gid) ?? { advance: 0, bearing: 0 };
  return { advance: m.get(m.length - 1)?.advance ?? 0, bearing: font.hmtx.bearings.get(gid - m.length) ?? 0 };
}

/** Reads bytes of the glyf table: from the font's buffer, or from the file for sparse fonts. */
export type GlyfReader = (offset: number, length: number) => Uint8Array;
const readers = new WeakMap<TtfFont, GlyfReader>();

/** A glyph's byte range in glyf, read straight from the loca table (decoding all 65 535 entries takes longer). */
type Loca = (gid: number) => number;
const locas = new WeakMap<TtfFont, Loca>();

function locaOf(f: TtfFont): Loca {
  const table = f.directory.tables.loca as TableEntry;
  const buf = f.stream.buffer;
  const view = new DataView(buf.buffer, buf.byteOffset + table.offset, table.length);
  return f.head.indexToLocFormat === 0 ? (gid) => view.getUint16(gid * 2) * 2 : (gid) => view.getUint32(gid * 4);
}

function addGlyph(this: TtfSubset, gid: number): number {
  const font = this.font;
  const loca = locas.get(font) as Loca;
  const start = loca(gid);
  const end = loca(gid + 1);
  let bytes = (readers.get(font) as GlyfReader)(start, end - start);
  if (bytes.length >= 10 && ((bytes[0] as number) << 8 | (bytes[1] as number)) & 0x8000) {
    // A composite: renumber each component to its id in the subset (adding it if new).
    bytes = new Uint8Array(bytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = 10;
    for (;;) {
      const flags = view.getUint16(pos);
      view.setUint16(pos + 2, this.includeGlyph(view.getUint16(pos + 2)));
      pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      pos += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }
  const metric = metricOf(font, gid);
  this.glyf.push(bytes);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: metric.advance, bearing: metric.bearing });
  this.offset += bytes.length;
  return this.glyf.length - 1;
}

/** Makes the font's subsets copy glyphs directly; false (nothing changed) unless it is a static TrueType font. */
export function useFastSubset(font: Font, readGlyf?: GlyfReader): boolean {
  const f = font as unknown as TtfFont;
  const tables = f.directory.tables;
  if (!tables.glyf || !tables.loca || !tables.head || f._variationProcessor) return false;
  locas.set(f, locaOf(f));
  readers.set(
    f,
    readGlyf ??
      ((offset, length) => {
        const stream = f._getTableStream("glyf");
        stream.pos += offset;
        return stream.readBuffer(length);
      }),
  );
  const original = f.createSubset.bind(f);
  f.createSubset = () => {
    const subset = original();
    if (typeof subset._addGlyph === "function") subset._addGlyph = addGlyph;
    return subset;
  };
  return true;
}
