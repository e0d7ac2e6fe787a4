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
  private readonly fallbacks: LoadedFont[];
  readonly missing = new Map<string, MissingGlyph>();

  /** Quotation marks take a full character cell (Chinese typesetting: Theme.fullWidthQuotes). */
  readonly fullWidthQuotes: boolean;

  /** Face for Latin letters, digits and ASCII punctuation (Theme.latin). */
  private readonly latin: LoadedFont | undefined;

  /** Space between a Chinese character and a Latin letter or digit beside it, in ems (Theme.autospace). */
  readonly autospace: number;

  constructor(fallbackFiles: readonly string[], options: { readonly fullWidthQuotes?: boolean; readonly latin?: string | null; readonly autospace?: number } = {}) {
    this.fallbacks = fallbackFiles.map(loadFont);
    this.fullWidthQuotes = options.fullWidthQuotes === true;
    this.latin = options.latin ? loadFont(options.latin) : undefined;
    this.autospace = options.autospace ?? 0;
  }

  /** The measurements a theme's documents are laid out with (the PDF layout, table columns and the DOCX agree). */
  static forTheme(theme: { readonly fallback: readonly string[]; readonly fullWidthQuotes: boolean; readonly latin: string | null; readonly autospace: number }): FontMetrics {
    return new FontMetrics(theme.fallback, { fullWidthQuotes: theme.fullWidthQuotes, latin: theme.latin, autospace: theme.autospace });
  }

  font(file: string): LoadedFont {
    return loadFont(file);
  }

  /** The font that will draw `cp`: the requested one if it has the glyph, else the first fallback that has it; undefined when none has. */
  faceFor(file: string, cp: number): string | undefined {
    if (this.latin && cp >= 0x20 && (cp <= 0x7e || (cp >= 0xc0 && cp <= 0x24f)) && hasGlyph(this.latin.font, cp)) return this.latin.file;
    if (hasGlyph(loadFont(file).font, cp)) return file;
    for (const fb of this.fallbacks) if (hasGlyph(fb.font, cp)) return fb.file;
    return undefined;
  }

  /** Advance of one code point in em units (1 = font size). */
  advance(file: string, cp: number): number {
    const f = loadFont(file);
    return glyphInfo(f.font, cp).advance / f.unitsPerEm;
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
    const f = loadFont(file);
    return f.font.ascent / f.unitsPerEm;
  }

  descent(file: string): number {
    const f = loadFont(file);
    return f.font.descent / f.unitsPerEm;
  }
}
