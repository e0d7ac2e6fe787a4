/**
 * The document tree: the only hand-off between composing and rendering.
 * Plain, JSON-serialisable data, a union discriminated on `type`.
 * Renderers must handle every node type (their handler tables are typed
 * `Record<Block["type"], …>`, so adding a type fails to compile until both do).
 */

/** Text; `keep`: a span a table cell never breaks inside (a personal name: compose/keep-names.ts). */
export type Text = { readonly type: "text"; readonly value: string; readonly bold?: true; readonly italic?: true; readonly keep?: true };
export type Checkbox = { readonly type: "checkbox"; readonly checked: boolean };
export type LineBreak = { readonly type: "break" };
export type Inline = Text | Checkbox | LineBreak;

/** Named paragraph styles; each theme says how they look. */
/**
 * `flush`: body text without the first-line indent (主送 addressees); `hang`: the attachment list
 * under the body (附件：1. … with the items aligned after 附件：, GB/T 9704 7.3.3), `hang` for its first
 * line and `hang-more` for the lines after it.
 */
export type ParagraphStyle = "body" | "mark" | "subtitle" | "meta" | "center" | "right" | "note" | "small" | "label" | "flush" | "hang" | "hang-more";

/** Heading levels: 1 = document title, 2.. = section levels. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading; `align: "center"` centres it (chapter headings of 制度-style documents). */
export type Heading = { readonly type: "heading"; readonly level: HeadingLevel; readonly children: readonly Inline[]; readonly align?: "center" };

/**
 * A paragraph. With `lead`, it starts with a run-in heading (e.g. "（一）组织领导。")
 * styled as a heading of that level and listed in the table of contents.
 */
export type Paragraph = {
  readonly type: "paragraph";
  readonly style?: ParagraphStyle;
  readonly lead?: { readonly level: HeadingLevel; readonly children: readonly Inline[] };
  readonly children: readonly Inline[];
};

export type List = {
  readonly type: "list";
  readonly ordered: boolean;
  readonly start?: number;
  readonly items: ReadonlyArray<readonly Block[]>;
};

export type Align = "left" | "center" | "right";
export type TableColumn = { readonly width: number; readonly align?: Align };
export type TableCell = { readonly children: readonly Inline[]; readonly align?: Align };
/** A table row; `lines`: room to write that many ruled lines in its empty cells (a slip's long field). */
export type TableRow = { readonly cells: readonly TableCell[]; readonly lines?: number };

/**
 * A table. `header` rows repeat on every page; body rows never split across
 * pages. `minRowHeight` (pt) gives blank form rows room for handwriting.
 */
export type Table = {
  readonly type: "table";
  readonly columns: readonly TableColumn[];
  readonly header: readonly TableRow[];
  readonly rows: readonly TableRow[];
  readonly minRowHeight?: number;
  readonly size?: "normal" | "small";
  /** Label/value grid (a slip): first column shaded like a header. */
  readonly labelColumn?: boolean;
  /** A single record to fill in: rows with writing lines grow so that the table (and the sign-off under it) fills its page. */
  readonly fill?: boolean;
  /** The table wants a landscape page (a wide form): an attachment holding it turns (render/fit-tables.ts). */
  readonly landscape?: boolean;
};

/** Sign-off lines: "label：________" blanks to fill in by hand. */
export type Fields = { readonly type: "fields"; readonly items: ReadonlyArray<readonly Inline[]> };

/** A table of contents; with `minPages`, printed only when the document without it has more pages (render/fit-toc.ts). */
export type Toc = { readonly type: "toc"; readonly title: readonly Inline[]; readonly maxLevel: HeadingLevel; readonly minPages?: number };

export type PageBreak = { readonly type: "pageBreak" };

/** Issuer and date block (发文机关署名 and 成文日期), right-aligned. */
export type Signature = { readonly type: "signature"; readonly lines: ReadonlyArray<readonly Inline[]> };

/** Imprint (版记): rows between rules at the end of the document. */
export type ImprintRow = { readonly left: readonly Inline[]; readonly right?: readonly Inline[] };
export type Imprint = { readonly type: "imprint"; readonly rows: readonly ImprintRow[] };

/**
 * A flowchart as data: what is connected to what, not where it goes. Both
 * renderers lay it out with the same code (render/diagram-layout.ts): ranks
 * top to bottom, branches side by side, text wrapped inside the shapes.
 */
export type DiagramShape = "terminal" | "process" | "decision";
export type DiagramNode = {
  readonly id: string;
  readonly shape: DiagramShape;
  /** Main text (a "\n" starts a new line). */
  readonly text: string;
  /** Secondary line(s) in smaller type: who, by when, what is recorded. */
  readonly detail?: string;
};
export type DiagramEdge = { readonly from: string; readonly to: string; readonly label?: string };
export type Diagram = { readonly type: "diagram"; readonly nodes: readonly DiagramNode[]; readonly edges: readonly DiagramEdge[] };

/** An image file's bytes (base64) and its size in pixels; `width` is the printed width in mm when the data gives one. */
export type Image = {
  readonly type: "image";
  readonly format: "png" | "jpeg" | "svg";
  readonly data: string;
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly width?: number;
};

/** A figure: a diagram or an image, with alternative text (for tagged PDF and Word's alt text) and an optional caption below it. */
export type Figure = { readonly type: "figure"; readonly alt: string; readonly caption?: readonly Inline[]; readonly graphic: Diagram | Image };

export type Block = Heading | Paragraph | List | Table | Fields | Toc | PageBreak | Signature | Imprint | Figure;

export type Orientation = "portrait" | "landscape";

/** A run of pages with one orientation; each section starts on a new page. */
export type Section = { readonly orientation: Orientation; readonly children: readonly Block[] };

export type DocumentMeta = {
  /** Document kind, e.g. `plan`, `checklists`; also the output file name. */
  readonly name: string;
  /** Locale of the text: zh-CN, en-GB or en-US. */
  readonly locale: string;
  readonly title: string;
  readonly organisation: string;
  readonly version: string;
  readonly effectiveDate: string;
  /** Official-document layout (GB/T 9704 grid) for body text. */
  readonly grid: boolean;
  /** Text printed at the top of every page, if any. */
  readonly header?: string;
  /** Author for document properties. */
  readonly author: string;
};

export type DocumentTree = { readonly type: "document"; readonly meta: DocumentMeta; readonly sections: readonly Section[] };
