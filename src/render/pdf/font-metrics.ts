import { loadFont, type LoadedFont } from "../../fonts/font-cache.js";
import { glyphInfo, hasGlyph } from "../../fonts/glyphs.js";

/** A character the fonts cannot draw, reported once per document. */
export type MissingGlyph = { readonly char: string; readonly context: string };

/**
 * Measures text for layout: advance widths per character (cached), font
 * fallback by coverage, and a record of characters no font can draw.
 * Drawing uses the same advances (kerning and ligatures are switched off),
 * so what the layout measures is exactly what the PDF shows.
 */
export class FontMetrics {
  private readonly widths = new Map<string, Map<number, number>>();
  private readonly fallbacks: LoadedFont[];
  readonly missing = new Map<string, MissingGlyph>();

  constructor(fallbackFiles: readonly string[]) {
    this.fallbacks = fallbackFiles.map(loadFont);
  }

  font(file: string): LoadedFont {
    return loadFont(file);
  }

  /** The font that will draw `cp`: the requested one if it has the glyph, else the first fallback that has it. */
  faceFor(file: string, cp: number): string {
    const f = loadFont(file);
    if (hasGlyph(f.font, cp)) return file;
    for (const fb of this.fallbacks) if (hasGlyph(fb.font, cp)) return fb.file;
    return file;
  }

  has(file: string, cp: number): boolean {
    return hasGlyph(loadFont(file).font, cp);
  }

  /** Advance of one code point in em units (1 = font size). */
  advance(file: string, cp: number): number {
    let m = this.widths.get(file);
    if (!m) {
      m = new Map();
      this.widths.set(file, m);
    }
    const hit = m.get(cp);
    if (hit !== undefined) return hit;
    const f = loadFont(file).font;
    const w = glyphInfo(f, cp).advance / f.unitsPerEm;
    m.set(cp, w);
    return w;
  }

  /** Width of a string in one font at `size`, pt (no fallback). */
  width(file: string, text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.advance(file, ch.codePointAt(0) as number);
    return w * size;
  }

  noteMissing(cp: number, context: string): void {
    const char = String.fromCodePoint(cp);
    if (!this.missing.has(char)) this.missing.set(char, { char, context });
  }

  ascent(file: string): number {
    const f = loadFont(file).font;
    return f.ascent / f.unitsPerEm;
  }

  descent(file: string): number {
    const f = loadFont(file).font;
    return f.descent / f.unitsPerEm;
  }
}
