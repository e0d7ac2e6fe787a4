import type { Font } from "fontkit";

/**
 * Glyph id and advance for a code point, read straight from the cmap and
 * hmtx tables. fontkit's `glyph.advanceWidth` also computes vertical metrics,
 * which for fonts without a vmtx table decodes the whole outline; layout and
 * drawing only need the advance.
 */
export type GlyphInfo = { readonly id: number; readonly advance: number };

type Hmtx = { metrics: { length: number; get(i: number): { advance: number } } };

const caches = new WeakMap<Font, Map<number, GlyphInfo>>();

export function glyphInfo(font: Font, cp: number): GlyphInfo {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  const hit = cache.get(cp);
  if (hit) return hit;
  const id = font.glyphForCodePoint(cp).id;
  const hmtx = (font as unknown as { hmtx?: Hmtx }).hmtx;
  const advance = hmtx && hmtx.metrics.length > 0 ? hmtx.metrics.get(Math.min(id, hmtx.metrics.length - 1)).advance : font.glyphForCodePoint(cp).advanceWidth;
  const info = { id, advance };
  cache.set(cp, info);
  return info;
}

/** Whether the font maps the code point to a glyph (cached with the glyph id). */
export function hasGlyph(font: Font, cp: number): boolean {
  return glyphInfo(font, cp).id !== 0;
}
