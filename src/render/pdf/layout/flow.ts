import type { Orientation, Table, TableRow } from "../../../tree/types.js";
import type { Theme } from "../../../theme/theme.js";
import type { FontMetrics } from "../font-metrics.js";
import type { Page, PageItem, StructNode } from "../page-model.js";

/**
 * The page flow: a cursor moving down the text block, starting new pages as
 * needed. Everything that places items goes through it.
 */
export class Flow {
  readonly pages: Page[] = [];
  /** Cursor: top of the next line, pt from the top of the page. */
  y = 0;
  private orientation: Orientation = "portrait";
  /** Extra left indent (lists). */
  indent = 0;
  /** The logical structure, in reading order (node 0: the document). */
  readonly structure: StructNode[] = [{ type: "Document", parent: -1 }];
  private readonly parents: number[] = [0];
  /** The structure node text and boxes placed now belong to; none: artifacts. */
  leaf: number | undefined;
  /** Rows sized to their page (a slip grown to fill it, or pressed onto it) and their writing lines: the DOCX makes them the same. */
  readonly rowSizes = new Map<TableRow, { readonly lines: number; readonly height: number }>();
  /** Tables whose last blank rows were left off (they would have begun a page of blank rows): how many rows were kept. */
  readonly rowsKept = new Map<Table, number>();

  constructor(
    readonly theme: Theme,
    readonly metrics: FontMetrics,
  ) {}

  get page(): Page {
    const p = this.pages[this.pages.length - 1];
    if (!p) throw new Error("no page yet");
    return p;
  }
  get pageIndex(): number {
    return this.pages.length - 1;
  }
  get width(): number {
    return this.page.width - this.theme.page.margin.left - this.theme.page.margin.right - this.indent;
  }
  get left(): number {
    return this.theme.page.margin.left + this.indent;
  }
  /**
   * Top of the text block. On the line grid, the grid's lines are centred in the block, as Word and LibreOffice
   * centre a document grid: 0.45 pt down on a portrait A4 page, 7.4 pt on a landscape one.
   */
  get top(): number {
    const m = this.theme.page.margin;
    const g = this.theme.grid;
    if (!g) return m.top;
    const height = this.page.height - m.top - m.bottom;
    return m.top + (height - Math.floor(height / g.linePitch + 0.001) * g.linePitch) / 2;
  }
  get bottom(): number {
    return this.page.height - this.theme.page.margin.bottom;
  }
  /** True when nothing has been placed on the current page yet. */
  get atPageTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(orientation: Orientation = this.orientation): void {
    this.orientation = orientation;
    const { width, height } = this.theme.page;
    const landscape = orientation === "landscape";
    this.pages.push({ width: landscape ? height : width, height: landscape ? width : height, items: [], outline: [], anchors: [] });
    this.y = this.top;
  }

  remaining(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless `height` still fits. */
  ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && !this.atPageTop) this.newPage();
  }

  /** Moves the cursor to the next grid line (official layout only). */
  snap(): void {
    const g = this.theme.grid;
    if (!g) return;
    const k = Math.ceil((this.y - this.top) / g.linePitch - 0.001);
    this.y = this.top + Math.max(0, k) * g.linePitch;
    if (this.y + g.linePitch > this.bottom + 0.01) this.newPage();
  }

  add(...items: PageItem[]): void {
    const node = this.leaf;
    const page = this.page.items;
    for (const it of items) {
      // Items are made fresh for each add: they take the leaf's node in place (no copy per run).
      if (node !== undefined && (it.kind === "text" || it.kind === "box") && it.node === undefined) (it as { node?: number }).node = node;
      page.push(it);
    }
  }

  /** A structure node under the current one; it stays the parent of new nodes until closeNode. */
  openNode(type: string, extra: Omit<StructNode, "type" | "parent"> = {}): number {
    const id = this.structure.push({ type, parent: this.parents[this.parents.length - 1] as number, ...extra }) - 1;
    this.parents.push(id);
    return id;
  }

  closeNode(): void {
    if (this.parents.length > 1) this.parents.pop();
  }

  /** Runs `fn` with a new node as the leaf that what it places belongs to. */
  tagged<T>(type: string, fn: (node: number) => T, extra: Omit<StructNode, "type" | "parent"> = {}): T {
    const id = this.openNode(type, extra);
    const before = this.leaf;
    this.leaf = id;
    try {
      return fn(id);
    } finally {
      this.leaf = before;
      this.closeNode();
    }
  }

  /** Runs `fn` inside a container node (its content goes to the leaves it opens). */
  within<T>(type: string, fn: (node: number) => T): T {
    const id = this.openNode(type);
    const before = this.leaf;
    this.leaf = undefined;
    try {
      return fn(id);
    } finally {
      this.leaf = before;
      this.closeNode();
    }
  }
}

/** Baseline of text of `size` centred in a line box of `lineHeight` whose top is `top`. */
export function baselineIn(top: number, lineHeight: number, size: number): number {
  return top + (lineHeight - size) / 2 + size * 0.88;
}
