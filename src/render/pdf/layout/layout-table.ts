import type { Table, TableRow } from "../../../tree/types.js";
import type { TextStyle } from "../../../theme/theme.js";
import { breakLines, toAtoms, type Line } from "../line-breaker.js";
import type { PageItem } from "../page-model.js";
import { placeLine } from "../place-line.js";
import { baselineIn, type Flow } from "./flow.js";
import { contextOf, spansOf } from "./layout-text.js";
import { planColumns } from "../../table-columns.js";

type CellLayout = { lines: Line[]; style: TextStyle; align: "left" | "center" | "right" };
type RowLayout = { cells: CellLayout[]; height: number; header: boolean; source: TableRow; lines: number };

/**
 * Tables: columns sized from their content (table-columns.ts), ruled cells,
 * header rows repeated at the top of every page, body rows kept whole (a row
 * taller than a page is split between lines as a last resort). A row with
 * writing lines (a slip's long field) is ruled to write on; a table to `fill`
 * grows those rows, by whole lines, until it and what must follow it (`reserve`:
 * the sign-off lines under a form) fill the page. The last row keeps with that
 * reserve, so sign-off lines never stand alone on a page.
 */
export function layoutTable(flow: Flow, table: Table, follow = 0): void {
  const m = measureTable(flow, table);
  // What follows starts after the table's own space below it.
  const reserve = follow > 0 ? follow + flow.theme.table.spaceAfter + 1 : 0;
  flow.within("Table", () => drawTable(flow, table, m, reserve));
}

/** Height of the header plus the first body row: what must fit for the table to start here. */
export function tableStartHeight(flow: Flow, table: Table): number {
  const m = measureTable(flow, table, 1);
  return m.header.reduce((a, r) => a + r.height, 0) + (m.body[0]?.height ?? 0);
}

type Measured = { header: RowLayout[]; body: RowLayout[]; widths: number[]; xs: number[]; lineHeight: number; size: number; width: number };

function measureTable(flow: Flow, table: Table, bodyRows = Infinity): Measured {
  const theme = flow.theme;
  const t = theme.table;
  const plan = planColumns(theme, flow.metrics, table, flow.width);
  const size = plan.size;
  const lineHeight = Math.round(size * t.lineHeight * 100) / 100;
  const widths = [...plan.widths];
  // A table narrower than the text block is centred in it.
  const xs: number[] = [flow.left + Math.max(0, (flow.width - plan.width) / 2)];
  widths.forEach((w, k) => xs.push((xs[k] as number) + w));

  const measureRow = (row: TableRow, header: boolean): RowLayout => {
    const cells = table.columns.map((col, k): CellLayout => {
      const cell = row.cells[k] ?? { children: [] };
      const label = table.labelColumn === true && k === 0;
      const style: TextStyle = {
        font: header || label ? t.headerFont : t.font,
        size: header ? plan.headerSize : size,
        lineHeight,
        align: "left",
        indent: 0,
        spaceBefore: 0,
        spaceAfter: 0,
      };
      const atoms = toAtoms(spansOf(flow, cell.children, style), flow.metrics, 0, contextOf(cell.children));
      const lines = breakLines(atoms, {
        width: Math.max(8, (widths[k] as number) - 2 * t.padX),
        firstIndent: 0,
        tracking: 0,
        hangingPunctuation: false,
        context: contextOf(cell.children),
        tokens: header ? "header" : "cell",
      });
      const align = cell.align ?? col.align ?? (header ? "center" : "left");
      return { lines, style, align };
    });
    const content = Math.max(1, ...cells.map((c) => c.lines.length)) * lineHeight + 2 * t.padY;
    const lines = header ? 0 : (row.lines ?? 0);
    return { cells, height: Math.max(content, header ? 0 : (table.minRowHeight ?? 0), lines > 1 ? lines * t.writingPitch : 0), header, source: row, lines };
  };

  const header = table.header.map((r) => measureRow(r, true));
  const body = table.rows.slice(0, bodyRows).map((r) => measureRow(r, false));
  return { header, body, widths, xs, lineHeight, size, width: plan.width };
}

function drawTable(flow: Flow, table: Table, m: Measured, reserve: number): void {
  const t = flow.theme.table;
  const { header, body, widths, xs, lineHeight, width } = m;
  const headerHeight = header.reduce((a, r) => a + r.height, 0);

  if (flow.theme.grid) flow.snap();
  else if (!flow.atPageTop) flow.y += 2;
  // Start on a new page if not even the header and one row fit here.
  flow.ensure(headerHeight + (body[0]?.height ?? 0) + (body.length === 1 ? reserve : 0));
  if (table.fill) fillPage(flow, header, body, reserve);
  for (const r of body) if (r.lines > 1 || table.fill) flow.rowSizes.set(r.source, { lines: r.lines, height: r.height });
  let top = flow.y;
  // Structure: a TR per row and a TH/TD per cell, made when the row is first drawn; header
  // rows repeated on later pages are artifacts.
  const rowNodes = new Map<RowLayout, number[]>();
  let headerTagged = false;
  const nodesOf = (row: RowLayout): number[] | undefined => {
    if (row.header && headerTagged) return undefined;
    // A ruled blank row (room to write in a form) has nothing to read: it is left out of the structure.
    if (!row.header && row.cells.every((c) => c.lines.length === 0 || c.lines.every((l) => l.atoms.length === 0 && !l.hang))) return undefined;
    let nodes = rowNodes.get(row);
    if (!nodes) {
      nodes = flow.within("TR", () =>
        row.cells.map((_, k) => {
          const head = row.header || (table.labelColumn === true && k === 0);
          return flow.tagged(head ? "TH" : "TD", (id) => id, head ? { scope: row.header ? "Column" : "Row" } : {});
        }),
      );
      rowNodes.set(row, nodes);
    }
    return nodes;
  };
  const drawRow = (row: RowLayout, y: number, lineFrom = 0, lineTo = Infinity): PageItem[] => {
    const items: PageItem[] = [];
    const nodes = nodesOf(row);
    const h = row.height;
    if (row.header) items.push({ kind: "rect", x: xs[0] as number, y, w: width, h, fill: t.headerFill });
    row.cells.forEach((cell, k) => {
      const x = xs[k] as number;
      if (!row.header && table.labelColumn && k === 0) items.push({ kind: "rect", x, y, w: widths[k] as number, h, fill: t.labelFill });
      const lines = cell.lines.slice(lineFrom, lineTo);
      // Lines to write on, in the empty cells of a row that has them.
      if (row.lines > 1 && cell.lines.every((l) => l.atoms.length === 0)) {
        for (let n = 1; n < row.lines; n++) items.push({ kind: "line", x1: x + t.padX, y1: y + (n * h) / row.lines, x2: x + (widths[k] as number) - t.padX, y2: y + (n * h) / row.lines, width: t.rule / 2 });
      }
      const used = lines.length * lineHeight;
      // Vertically centre short content in tall header/label cells; top-align body text.
      const dy = row.header ? (h - used) / 2 : t.padY;
      const node = nodes?.[k];
      lines.forEach((line, n) => {
        const placed = placeLine(line, {
          x: x + t.padX,
          baseline: baselineIn(y + dy + n * lineHeight, lineHeight, cell.style.size),
          width: (widths[k] as number) - 2 * t.padX,
          align: cell.align,
          tracking: 0,
        });
        for (const it of placed) {
          if (node !== undefined && (it.kind === "text" || it.kind === "box")) (it as { node?: number }).node = node;
          items.push(it);
        }
      });
    });
    return items;
  };
  const rules = (y0: number, y1: number, rowTops: number[]): PageItem[] => {
    const items: PageItem[] = [];
    for (const x of xs) items.push({ kind: "line", x1: x, y1: y0, x2: x, y2: y1, width: t.rule });
    for (const y of [...rowTops, y1]) items.push({ kind: "line", x1: xs[0] as number, y1: y, x2: xs[xs.length - 1] as number, y2: y, width: t.rule });
    return items;
  };

  let rowTops: number[] = [];
  const startPageBlock = () => {
    top = flow.y;
    rowTops = [];
    for (const r of header) {
      rowTops.push(flow.y);
      flow.add(...drawRow(r, flow.y));
      flow.y += r.height;
    }
    headerTagged = true;
  };
  const closePageBlock = () => {
    if (rowTops.length > 0) flow.add(...rules(top, flow.y, rowTops));
  };
  startPageBlock();
  // Blank ruled rows (room to write in a register) end the table where they no longer fit
  // with what follows it, once a few have been printed: a page is never begun for blank rows alone.
  const isBlank = (r: RowLayout) => table.minRowHeight !== undefined && r.lines <= 1 && r.cells.every((c) => c.lines.every((l) => l.atoms.length === 0));
  let blanks = 0;
  for (const [n, row] of body.entries()) {
    // The last row goes with what must follow the table (sign-off lines).
    const blank = isBlank(row) && body.slice(n).every(isBlank);
    const need = row.height + (n === body.length - 1 || blank ? reserve : 0);
    if (blank && blanks >= Math.min(5, body.length) && flow.y + need > flow.bottom + 0.01) {
      flow.rowsKept.set(table, n);
      break;
    }
    if (blank) blanks++;
    if (flow.y + need > flow.bottom + 0.01) {
      const fresh = flow.y - top <= headerHeight + 0.01;
      if (!fresh) {
        closePageBlock();
        flow.newPage();
        startPageBlock();
      }
      if (flow.y + row.height > flow.bottom + 0.01) {
        splitRow(row);
        continue;
      }
    }
    rowTops.push(flow.y);
    flow.add(...drawRow(row, flow.y));
    flow.y += row.height;
  }
  closePageBlock();
  flow.y += t.spaceAfter;

  // A row taller than a whole page: continue its lines on following pages.
  // (A row that fits a page but not with the reserve is drawn; the reserve then goes on.)
  function splitRow(row: RowLayout): void {
    const maxLines = Math.max(...row.cells.map((c) => c.lines.length));
    let from = 0;
    while (from < maxLines) {
      const fit = Math.max(1, Math.floor((flow.bottom - flow.y - 2 * t.padY) / lineHeight));
      const to = Math.min(maxLines, from + fit);
      const part: RowLayout = { ...row, height: (to - from) * lineHeight + 2 * t.padY };
      rowTops.push(flow.y);
      flow.add(...drawRow(part, flow.y, from, to));
      flow.y += part.height;
      from = to;
      if (from < maxLines) {
        closePageBlock();
        flow.newPage();
        startPageBlock();
      }
    }
  }
}

/**
 * A single record on one page: when the table and `reserve` do not fit below
 * the cursor, its rows give up the height they have beyond their text (down to
 * one writing line); when there is room to spare, the rows that have writing
 * lines grow, a line at a time in proportion to their lines, while it all fits.
 */
function fillPage(flow: Flow, header: readonly RowLayout[], body: readonly RowLayout[], reserve: number): void {
  const pitch = flow.theme.table.writingPitch;
  const growing = body.filter((r) => r.lines > 1);
  const used = [...header, ...body].reduce((a, r) => a + r.height, 0);
  let spare = flow.bottom - flow.y - used - reserve;
  if (spare < 0) {
    const lh = flow.theme.table.lineHeight;
    const floor = (r: RowLayout) => Math.max(pitch * Math.max(1, r.lines), Math.max(1, ...r.cells.map((c) => c.lines.length)) * r.cells[0]!.style.size * lh + 2 * flow.theme.table.padY);
    const give = body.reduce((a, r) => a + Math.max(0, r.height - floor(r)), 0);
    if (give <= 0) return;
    const share = Math.min(1, -spare / give);
    for (const r of body) r.height -= Math.max(0, r.height - floor(r)) * share;
    return;
  }
  if (growing.length === 0 || spare < pitch) return;
  const base = growing.map((r) => r.lines);
  for (let rounds = 0; rounds < 400; rounds++) {
    // The row furthest below its share gets the next line (ties: the first).
    let k = 0;
    for (let i = 1; i < growing.length; i++) if ((growing[i] as RowLayout).lines / (base[i] as number) < (growing[k] as RowLayout).lines / (base[k] as number) - 1e-9) k = i;
    const row = growing[k] as RowLayout;
    const next = Math.max(row.height, (row.lines + 1) * pitch);
    if (next - row.height > spare + 0.01) break;
    spare -= next - row.height;
    row.height = next;
    row.lines += 1;
  }
}
