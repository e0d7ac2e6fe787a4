import type { Table, TableRow } from "../../../tree/types.js";
import type { TextStyle } from "../../../theme/theme.js";
import { breakLines, toAtoms, type Line } from "../line-breaker.js";
import type { PageItem } from "../page-model.js";
import { placeLine } from "../place-line.js";
import { baselineIn, type Flow } from "./flow.js";
import { contextOf, spansOf } from "./layout-text.js";
import { planColumns } from "../../table-columns.js";

type CellLayout = { lines: Line[]; style: TextStyle; align: "left" | "center" | "right" };
type RowLayout = { cells: CellLayout[]; height: number; header: boolean };

/**
 * Tables: proportional columns, ruled cells, header rows repeated at the top
 * of every page, body rows kept whole (a row taller than a page is split
 * between lines as a last resort).
 */
export function layoutTable(flow: Flow, table: Table): void {
  const m = measureTable(flow, table);
  flow.within("Table", () => drawTable(flow, table, m));
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
    return { cells, height: Math.max(content, header ? 0 : (table.minRowHeight ?? 0)), header };
  };

  const header = table.header.map((r) => measureRow(r, true));
  const body = table.rows.slice(0, bodyRows).map((r) => measureRow(r, false));
  return { header, body, widths, xs, lineHeight, size, width: plan.width };
}

function drawTable(flow: Flow, table: Table, m: Measured): void {
  const t = flow.theme.table;
  const { header, body, widths, xs, lineHeight, width } = m;
  const headerHeight = header.reduce((a, r) => a + r.height, 0);

  if (flow.theme.grid) flow.snap();
  else if (!flow.atPageTop) flow.y += 2;
  // Start on a new page if not even the header and one row fit here.
  flow.ensure(headerHeight + (body[0]?.height ?? 0));
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
  for (const row of body) {
    if (flow.y + row.height > flow.bottom + 0.01) {
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
