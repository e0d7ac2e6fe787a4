import type { HeadingLevel, ParagraphStyle } from "../tree/types.js";

/** Font roles a theme assigns; each maps to one face (a font file). */
export type FontRole = "body" | "bold" | "title" | "heading" | "kai" | "number";

export type TextStyle = {
  readonly font: FontRole;
  /** Font size, pt. */
  readonly size: number;
  /** Distance between baselines, pt. */
  readonly lineHeight: number;
  readonly align: "left" | "center" | "right" | "justify";
  /** First-line indent, pt (relative to `left`; negative hangs the first line out). */
  readonly indent: number;
  /** Left indent of every line, pt (default 0). */
  readonly left?: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
};

export type Mm = number;
export const mm = (v: Mm): number => (v * 72) / 25.4;

export type PageSetup = {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
};

/**
 * Everything about how a document looks, in points. Both renderers read the
 * same theme, so DOCX and PDF agree on sizes, fonts and page geometry.
 */
export type Theme = {
  readonly name: string;
  /** Language of the text (BCP 47) and the colon after a form field's label, from the document's locale. */
  readonly lang: string;
  readonly colon: string;
  readonly page: PageSetup;
  /**
   * Official-document grid: every body line sits on a line pitch, and every
   * full-width character on a character pitch (GB/T 9704: 28 × 22).
   */
  readonly grid: { readonly linePitch: number; readonly charPitch: number; readonly lines: number; readonly chars: number } | null;
  /** Font file per role (absolute path). */
  readonly fonts: Readonly<Record<FontRole, string>>;
  /** Files tried, in order, for characters the role's font lacks. */
  readonly fallback: readonly string[];
  /** Names Word should use, per role (the DOCX embeds no fonts). */
  readonly wordFonts: Readonly<Record<FontRole, { readonly eastAsia: string; readonly latin: string }>>;
  readonly paragraph: Readonly<Record<ParagraphStyle, TextStyle>>;
  readonly headings: Readonly<Record<HeadingLevel, TextStyle>>;
  /** Font of a run-in lead of each heading level (size comes from the paragraph). */
  readonly leadFont: Readonly<Record<HeadingLevel, FontRole>>;
  readonly headingBold: boolean;
  readonly table: {
    readonly font: FontRole;
    readonly headerFont: FontRole;
    readonly size: number;
    readonly smallSize: number;
    readonly lineHeight: number;
    readonly padX: number;
    readonly padY: number;
    readonly rule: number;
    readonly headerFill: string;
    readonly labelFill: string;
    readonly spaceAfter: number;
    /** Distance between ruled lines to write on (a slip's long field), pt. */
    readonly writingPitch: number;
  };
  readonly list: { readonly indent: number };
  readonly toc: { readonly title: TextStyle; readonly entry: TextStyle; readonly indentPerLevel: number };
  readonly signature: { readonly style: TextStyle; readonly insetChars: number; readonly shiftChars: number; readonly linesBefore: number };
  readonly imprint: { readonly font: FontRole; readonly size: number; readonly lineHeight: number; readonly thick: number; readonly thin: number };
  readonly fields: { readonly style: TextStyle; readonly perRow: number };
  readonly pageNumber: {
    readonly font: FontRole;
    readonly size: number;
    readonly format: "dash" | "plain";
    readonly placement: "outside" | "center";
    /** Distance from the content edge to the number (one character). */
    readonly inset: number;
    /** Gap between the bottom of the text block and the top of the number. */
    readonly gap: number;
  };
  readonly header: { readonly font: FontRole; readonly size: number; readonly gap: number } | null;
  /** Hang a closing punctuation mark in the margin rather than pushing a character down. */
  readonly hangingPunctuation: boolean;
  /**
   * Chinese text: quotation marks take a full character cell, as in GB fonts,
   * even in a face whose “ ” are narrow Latin quotes (the glyph sits against the text it encloses).
   */
  readonly fullWidthQuotes: boolean;
  /**
   * Face for Latin letters, digits and ASCII punctuation in Chinese text, as
   * Word sets them in the styles' Latin font (Times New Roman); null: each
   * role's own face sets them.
   */
  readonly latin: string | null;
  /**
   * Space set between a Chinese character and a Latin letter or digit beside it (2026年, 24小时), in
   * ems: what Word and LibreOffice add by default ("autospace"), so a DOCX lays out as the PDF does.
   */
  readonly autospace: number;
};
