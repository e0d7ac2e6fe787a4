/**
 * A laid-out diagram: shapes, polylines and text lines in points, relative to
 * the top-left corner of each part. Plain data: the PDF draws it as vectors,
 * the DOCX writes it as DrawingML shapes, and tests read it.
 */
export type LaidShapeKind = "terminal" | "process" | "decision" | "connector";

/** One line of text; `x` is its left end, `y` its baseline. */
export type LaidText = {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly width: number;
  readonly kind: "text" | "detail" | "label";
};

export type LaidShape = {
  readonly id: string;
  readonly kind: LaidShapeKind;
  /** Top-left corner and size of the bounding box. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly lines: readonly LaidText[];
};

export type LaidLabel = {
  /** Box behind the label (white, so it interrupts the line it sits on). */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly lines: readonly LaidText[];
};

export type LaidEdge = {
  /** Orthogonal polyline; an arrowhead at the last point. */
  readonly points: ReadonlyArray<readonly [number, number]>;
  readonly label?: LaidLabel;
};

export type DiagramPart = {
  readonly width: number;
  readonly height: number;
  /** In reading order: rank by rank, left to right. */
  readonly shapes: readonly LaidShape[];
  readonly edges: readonly LaidEdge[];
};

export type DiagramLayout = {
  /** Type size relative to the theme's flowchart size (1 = as designed). */
  readonly scale: number;
  /** One part per page; more than one only when the diagram does not fit a page at the smallest scale. */
  readonly parts: readonly DiagramPart[];
  /** Pen width of lines and outlines, pt. */
  readonly stroke: number;
  /** Length of arrowheads, pt. */
  readonly arrow: number;
};

/**
 * Where a diagram may go: the width of the text block and the height it may
 * take, pt; a chart split into parts may start in a shorter space (`firstHeight`:
 * what is left of the page it starts on) and take full pages after that.
 */
export type DiagramFrame = { readonly width: number; readonly height: number; readonly firstHeight?: number };

/** Type sizes of a theme's flowcharts (pt at scale 1) and the smallest scale allowed before a chart is split. */
export type DiagramStyle = { readonly textSize: number; readonly detailSize: number; readonly labelSize: number; readonly minScale: number };
