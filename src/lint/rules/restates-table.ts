import type { ProseRule } from "../rule.js";
import { clausesOf, sentencesOf } from "../sentences.js";


/** A deadline cell ("15 min", "1 h", "1小时内") said in words in the paragraph ("within 15 minutes", "在1小时内"). */
function sameTime(cell: string, text: string): boolean {
  const m = /^(\d+(?:\.\d+)?)\s*(min|h|d|分钟|小时|天)/u.exec(cell.trim());
  if (!m) return false;
  const unit = { min: "(?:minutes?|分钟)", h: "(?:hours?|小时)", d: "(?:days?|天)", 分钟: "分钟", 小时: "小时", 天: "天" }[m[2] as string];
  return new RegExp(`(?<![\\d.])${(m[1] as string).replace(".", "\\.")}\\s*${unit}`, "u").test(text);
}

/** A paragraph that restates the table printed just above it: it opens with a row's first cell and repeats two more of its cells. */
export const restatesTable: ProseRule = {
  id: "prose/restates-table",
  description: "A paragraph does not restate the table printed just above it.",
  check({ docs, words, report }) {
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
        // Restating is a sentence that says the row's report again (a reporting verb, a name of the row and its
        // time) or who decides (a deciding verb and a name of the row); a name of the row acting otherwise is not.
        const names = (row?.slice(1) ?? []).filter((c) => c && [...c].length >= 3 && !sameTime(c, c));
        const times = (row?.slice(1) ?? []).filter((c) => c && /^\d/u.test(c.trim()));
        const said = sentencesOf(p.text, words).flatMap((x) => clausesOf(x, words)).map((x) => x.text).find(
          (x) =>
            names.some((n) => x.includes(n)) &&
            // A recurring report (twice a day, 每天) is not the level's one report the table states.
            ((words.reportVerb?.test(x) && !words.recurring?.test(x) && times.some((c) => sameTime(c, x))) || words.decideVerb?.test(x)),
        );
        const repeated = said ? names.find((n) => said.includes(n)) : undefined;
        if (row && repeated) report({ passage: p, start: 0, end: row[0]!.length, message: `restates the table above (“${row[0]}” … “${repeated}”)`, hint: "Say here only what the table does not (or leave the level's report to the table)." });
      }
    }
  },
};
