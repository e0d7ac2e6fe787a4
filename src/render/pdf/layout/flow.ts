import type { Orientation } from "../../../tree/types.js";
import type { Theme } from "../../../theme/theme.js";
import type { FontMetrics } from "../font-metrics.js";
import type { Page, PageItem } from "../page-model.js";

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
  get top(): number {
    return this.theme.page.margin.top;
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
    this.pages.push({ width: landscape ? height : width, height: landscape ? width : height, items: [], outline: [] });
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
    this.page.items.push(...items);
  }
}

/** Baseline of text of `size` centred in a line box of `lineHeight` whose top is `top`. */
export function baselineIn(top: number, lineHeight: number, size: number): number {
  return top + (lineHeight - size) / 2 + size * 0.88;
}
