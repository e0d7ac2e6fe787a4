import type { Font } from "fontkit";
import { fontTables } from "./font-tables.js";

/**
 * Glyph id and advance for a code point, read straight from the cmap and
 * hmtx tables. fontkit's `glyph.advanceWidth` also computes vertical metrics,
 * which for fonts without a vmtx table decodes the whole outline; layout and
 * drawing only need the advance.
 */
export type GlyphInfo = { readonly id: number; readonly advance: number };

const caches = new WeakMap<Font, Map<number, GlyphInfo>>();

export function glyphInfo(font: Font, cp: number): GlyphInfo {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  const hit = cache.get(cp);
  if (hit) return hit;
  const tables = fontTables(font);
  const id = tables.glyphId(cp);
  const info = { id, advance: tables.metrics(id).advance };
  cache.set(cp, info);
  return info;
}

/** Whether the font maps the code point to a glyph (cached with the glyph id). */
export function hasGlyph(font: Font, cp: number): boolean {
  return glyphInfo(font, cp).id !== 0;
}
