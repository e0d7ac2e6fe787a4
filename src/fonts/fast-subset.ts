import type { Font } from "fontkit";
import { fontTables, type Metric } from "./font-tables.js";

/**
 * A faster glyph copy for fontkit's TrueType subsetter (which pdfkit uses to
 * embed fonts). fontkit decodes every glyph's outline and computes its
 * vertical metrics only to copy the glyph's bytes and read its advance; for a
 * CJK document that is most of the PDF stage. This copies the bytes from the
 * loca offsets, reads composite glyphs' component ids from their records, and
 * takes advance and bearing from hmtx: the subset is byte for byte the same.
 * Variable fonts keep fontkit's own path (their outlines are re-encoded).
 */

type TtfFont = {
  directory: { tables: Record<string, unknown> };
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

/** Reads bytes of the glyf table: from the font's buffer, or from the file for sparse fonts. */
export type GlyfReader = (offset: number, length: number) => Uint8Array;
const readers = new WeakMap<TtfFont, GlyfReader>();

function addGlyph(this: TtfSubset, gid: number): number {
  const font = this.font;
  const tables = fontTables(font as unknown as Font);
  const loca = tables.loca as (gid: number) => number;
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
  const metric = tables.metrics(gid);
  this.glyf.push(bytes);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: metric.advance, bearing: metric.bearing });
  this.offset += bytes.length;
  return this.glyf.length - 1;
}

/** Makes the font's subsets copy glyphs directly; false (nothing changed) unless it is a static TrueType font. */
export function useFastSubset(font: Font, readGlyf?: GlyfReader): boolean {
  const f = font as unknown as TtfFont;
  if (!f.directory.tables.glyf || !fontTables(font).loca || f._variationProcessor) return false;
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
