import type { ProseRule } from "../rule.js";

/** A paragraph that restates the table printed just above it: it opens with a row's first cell and repeats another of its cells. */
export const restatesTable: ProseRule = {
  id: "prose/restates-table",
  description: "A paragraph does not restate the table printed just above it.",
  check({ docs, report }) {
    for (const doc of docs) {
      let rows: string[][] = [];
      let table = -1;
      let after = false;
      for (const p of doc.passages) {
        if (p.kind === "cell" && p.cell) {
          if (p.cell.table !== table) (rows = [], (table = p.cell.table));
          if (!p.cell.header) (rows[p.cell.row] ??= [])[p.cell.col] = p.text.trim().replace(/^the\s+/iu, "");
          after = true;
          continue;
        }
        if (p.kind === "heading" || p.lead !== undefined) after = false;
        if (!after || p.kind !== "paragraph") continue;
        const row = rows.find((r) => r?.[0] && p.text.startsWith(r[0]));
        const repeated = row?.slice(1).find((c) => c && [...c].length >= 3 && p.text.includes(c));
        if (row && repeated) report({ passage: p, start: 0, end: row[0]!.length, message: `restates the table above (“${row[0]}” … “${repeated}”)`, hint: "Say here only what the table does not (or leave the level's report to the table)." });
      }
    }
  },
};
