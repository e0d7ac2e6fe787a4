/**
 * The neutral outline every reader produces and every recogniser reads: the
 * document as an ordered list of paragraphs and tables, whatever the format it
 * came in. A paragraph keeps what the format said about it — a heading level
 * (from a Word style or a Markdown `#`), the number Word's list numbering
 * draws in front of it, bold, centred or right-aligned — so the recognisers
 * see the structure and not only the text.
 */
export type Paragraph = {
  readonly kind: "paragraph";
  /** The text, with a list number Word draws (not typed) put in front. */
  readonly text: string;
  /** Where it came from: the line (text, Markdown) or the paragraph number (DOCX), from 1. */
  readonly at: number;
  /** 1 = title, 2… = heading levels; undefined for body text. */
  readonly heading?: number;
  /** The style's name as the document calls it (DOCX), e.g. "Heading 1", "TOC 1". */
  readonly style?: string;
  readonly bold?: boolean;
  readonly align?: "center" | "right";
};

export type Table = {
  readonly kind: "table";
  /** Cells as text, row by row; the first row is usually the header. */
  readonly rows: readonly (readonly string[])[];
  readonly at: number;
};

export type Block = Paragraph | Table;

export type SourceFormat = "docx" | "text" | "markdown";

export type Outline = {
  readonly format: SourceFormat;
  readonly blocks: readonly Block[];
  /** Locale the text is written in, guessed from its characters: zh-CN or en. */
  readonly language: "zh-CN" | "en";
};

/** A refusal: what is wrong with the input, in words, and what to do. */
export type ImportRefusal = { readonly ok: false; readonly message: string; readonly hint: string };

export function paragraph(text: string, at: number, extra: Partial<Omit<Paragraph, "kind" | "text" | "at">> = {}): Paragraph {
  return { kind: "paragraph", text, at, ...extra };
}

/** zh-CN when a tenth or more of the letters are CJK ideographs. */
export function guessLanguage(blocks: readonly Block[]): "zh-CN" | "en" {
  let han = 0;
  let latin = 0;
  for (const b of blocks) {
    const text = b.kind === "paragraph" ? b.text : b.rows.flat().join(" ");
    for (const ch of text) {
      if (/\p{Script=Han}/u.test(ch)) han++;
      else if (/[A-Za-z]/.test(ch)) latin++;
    }
  }
  return han * 10 >= han + latin && han > 0 ? "zh-CN" : "en";
}
