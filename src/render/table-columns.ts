import type { Inline, Table } from "../tree/types.js";
import type { Theme } from "../theme/theme.js";
import type { FontMetrics } from "./pdf/font-metrics.js";
import { breakOpportunities, contentWidths } from "./pdf/break-points.js";
import { breakLines, toAtoms, type Atom } from "./pdf/line-breaker.js";
import { spansIn } from "./pdf/layout/layout-text.js";

/**
 * Column widths of a table, shared by both renderers, found as CSS sizes an
 * automatic table: every column is at least as wide as the widest piece of
 * its content that must not break (min-content: a phone number, a name, an
 * e-mail address, a Latin word, a header's word), and the width beyond the
 * minimums goes to the columns in proportion to how much more their
 * unbroken content wants (max-content). A table takes the width its content
 * needs, up to the full text width; a form with blank rows, a slip, or a
 * table with columns left empty for writing in takes the full width, and its
 * writing columns their declared share (`widths=`). `fits` is false when the
 * minimums exceed the width: the caller sets the table smaller or turns its
 * page (render/fit-tables.ts); the widths are then the minimums scaled down.
 */
export type ColumnPlan = {
  readonly widths: readonly number[];
  /** Sum of the widths: the table's width. */
  readonly width: number;
  /** Type size of the header and of the body, pt. */
  readonly headerSize: number;
  readonly size: number;
  readonly fits: boolean;
};

type ColumnExtents = { readonly min: readonly number[]; readonly max: readonly number[]; readonly writeIn: readonly boolean[] };

/** Per theme (its fonts and sizes) and table: both renderers of a document ask for the same plans. */
const plans = new WeakMap<Theme, WeakMap<Table, Map<string, ColumnPlan>>>();
const extentsCache = new WeakMap<Theme, WeakMap<Table, Map<string, ColumnExtents>>>();

function cached<T>(store: WeakMap<Theme, WeakMap<Table, Map<string, T>>>, theme: Theme, table: Table, key: string, make: () => T): T {
  let byTable = store.get(theme);
  if (!byTable) store.set(theme, (byTable = new WeakMap()));
  let byKey = byTable.get(table);
  if (!byKey) byTable.set(table, (byKey = new Map()));
  let v = byKey.get(key);
  if (v === undefined) byKey.set(key, (v = make()));
  return v;
}

function tableSize(theme: Theme, table: Table): number {
  return table.size === "small" ? theme.table.smallSize : theme.table.size;
}

/** A cell's text breaks no narrower than this: a small allowance for the reader's fonts (a DOCX in another suite), pt. */
const slack = (w: number) => (w > 0 ? w * 1.03 + 1 : 0);

/** Min- and max-content width of every column (padding included) at the table's size. */
function columnExtents(theme: Theme, metrics: FontMetrics, table: Table, size = tableSize(theme, table)): ColumnExtents {
  return cached(extentsCache, theme, table, `${size}`, () => measureColumns(theme, metrics, table, size));
}

function measureColumns(theme: Theme, metrics: FontMetrics, table: Table, size: number): ColumnExtents {
  const t = theme.table;
  const pad = 2 * t.padX;
  const measure = (inlines: readonly Inline[], role: typeof t.font, tokens: "cell" | "header") => {
    if (inlines.length === 0) return { min: 0, max: 0 };
    return contentWidths(toAtoms(spansIn(theme, inlines, role, size), metrics, 0, ""), tokens);
  };
  const n = table.columns.length;
  const min = new Array<number>(n).fill(0);
  const max = new Array<number>(n).fill(0);
  const filled = new Array<boolean>(n).fill(false);
  const take = (k: number, w: { min: number; max: number }) => {
    min[k] = Math.max(min[k] as number, slack(w.min) + pad);
    max[k] = Math.max(max[k] as number, slack(w.max) + pad);
  };
  for (const r of table.header) r.cells.forEach((c, k) => k < n && take(k, measure(c.children, t.headerFont, "header")));
  for (const r of table.rows)
    r.cells.forEach((c, k) => {
      if (k >= n || c.children.length === 0) return;
      filled[k] = true;
      take(k, measure(c.children, table.labelColumn === true && k === 0 ? t.headerFont : t.font, "cell"));
    });
  return { min, max, writeIn: filled.map((f) => !f && table.rows.length > 0) };
}

/** A table with room to write in: blank ruled rows, a slip, or columns left empty for handwriting. */
function takesFullWidth(table: Table, e: ColumnExtents): boolean {
  return table.minRowHeight !== undefined || table.labelColumn === true || e.writeIn.some(Boolean);
}

export function planColumns(theme: Theme, metrics: FontMetrics, table: Table, available: number, size = tableSize(theme, table)): ColumnPlan {
  return cached(plans, theme, table, `${available}|${size}`, () => plan(theme, metrics, table, available, size));
}

function plan(theme: Theme, metrics: FontMetrics, table: Table, available: number, size: number): ColumnPlan {
  const e = columnExtents(theme, metrics, table, size);
  const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);
  const declared = table.columns.map((c) => c.width);
  const share = declared.map((w) => (w / (sum(declared) || 1)) * available);
  // What a column would take with nothing broken; a writing column, its declared share.
  const want = e.max.map((m, k) => Math.max(m, e.min[k] as number, e.writeIn[k] ? (share[k] as number) : 0));
  const width = takesFullWidth(table, e) ? available : Math.min(available, sum(want));
  const minSum = sum(e.min);
  let widths: number[];
  const fits = minSum <= width + 0.01;
  if (!fits) widths = e.min.map((m) => (m / minSum) * width);
  else if (sum(want) <= width) {
    const extra = width - sum(want);
    widths = want.map((w, k) => w + (extra * (declared[k] as number)) / (sum(declared) || 1));
  } else {
    const room = width - minSum;
    const stretch = want.map((w, k) => w - (e.min[k] as number));
    const total = sum(stretch) || 1;
    widths = e.min.map((m, k) => m + (room * (stretch[k] as number)) / total);
  }
  if (fits) settleNames(theme, metrics, table, widths, e.min, size);
  return { widths, width: sum(widths), headerSize: size, size, fits };
}

/**
 * A word processor breaks Chinese text between any two characters, names included; planwright keeps
 * names whole. Where a column's width would make the two break a cell's lines in different places
 * (a name straddling a line's end), the column gives up the part of a character that puts the name
 * there, so both break alike; another column without names takes the width.
 */
function settleNames(theme: Theme, metrics: FontMetrics, table: Table, widths: number[], min: readonly number[], size: number): void {
  const t = theme.table;
  const named = table.columns.map((_, k) => table.rows.map((r) => r.cells[k]?.children ?? []).filter((c) => c.some((i) => i.type === "text" && i.keep)));
  // A cell's atoms and break opportunities, with its names kept and without: measured once, broken at every width tried.
  type Measured = { readonly atoms: readonly Atom[]; readonly breaks: ReadonlySet<number> };
  const measured = (inlines: readonly Inline[]): Measured => {
    const atoms = toAtoms(spansIn(theme, inlines, t.font, size), metrics, 0, "");
    return { atoms, breaks: breakOpportunities(atoms, "cell") };
  };
  const prepared = new Map<readonly Inline[], { readonly kept: Measured; readonly free: Measured }>();
  const variants = (inlines: readonly Inline[]) => {
    let v = prepared.get(inlines);
    if (!v) {
      const kept = measured(inlines);
      prepared.set(inlines, (v = { kept, free: measured(inlines.map((i) => (i.type === "text" ? { ...i, keep: undefined } : i))) }));
    }
    return v;
  };
  const linesAt = (m: Measured, width: number) =>
    breakLines(m.atoms, { width, firstIndent: 0, tracking: 0, hangingPunctuation: false, context: "", tokens: "cell", breaks: m.breaks }).map((l) => l.atoms.length);
  const same = (cells: ReadonlyArray<readonly Inline[]>, width: number) =>
    cells.every((c) => {
      const { kept, free } = variants(c);
      return linesAt(kept, width).join() === linesAt(free, width).join();
    });
  widths.forEach((w, k) => {
    const cells = named[k] as ReadonlyArray<readonly Inline[]>;
    if (cells.length === 0 || same(cells, w - 2 * t.padX)) return;
    for (let give = 1; give <= size * 2; give += 1) {
      // Never below the column's min-content: a name or number is never broken for this.
      if (w - give < (min[k] as number) || w - give < 2 * t.padX + size) return;
      if (!same(cells, w - give - 2 * t.padX)) continue;
      const other = widths.map((_, j) => (j !== k && named[j]?.length === 0 ? j : -1)).filter((j) => j >= 0).sort((a, b) => (widths[b] as number) - (widths[a] as number))[0];
      widths[k] = w - give;
      if (other !== undefined) widths[other] = (widths[other] as number) + give;
      return;
    }
  });
}
