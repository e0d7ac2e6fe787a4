import fc from "fast-check";
import { describe, it } from "vitest";
import { escalationOrder, reportEdges } from "../src/model/escalation.js";
import { levelActions, levelSteps } from "../src/model/level-actions.js";
import { levelReport } from "../src/model/level-report.js";
import { localeText } from "../src/locale/index.js";
import { levelsOf } from "../src/model/scales.js";
import type { Block, Inline } from "../src/tree/types.js";
import { buildGenerated } from "./prose/gen/build.js";
import { orgSpec } from "./prose/gen/spec.js";

/**
 * The duty officer's documents of organisations nobody wrote (the generated
 * organisations of test/prose/gen, drawn from the whole data space): every
 * level's checklist has a row for each of its rules and steps, the report
 * with its deadline among them; every checklist numbers its rows 1, 2, 3 …;
 * the escalation order never puts a recipient before the one who reports to
 * it (but where a reply closes a loop); the contact sheet lists a person once.
 */

const RUNS = Number(process.env.DUTY_RUNS ?? 60);
const text = (xs: readonly Inline[]) => xs.map((i) => (i.type === "text" ? i.value : "")).join("");

/** Each heading of a document, in order, with the tables under it (as cell texts). */
function tablesByHeading(blocks: readonly Block[]): Array<[string, string[][][]]> {
  const out: Array<[string, string[][][]]> = [];
  for (const b of blocks) {
    if (b.type === "heading") out.push([text(b.children), []]);
    else if (b.type === "table") {
      // A checklist whose rows have no deadline prints no Deadline column: read its rows in the full layout (done, action, owner, deadline, …).
      const header = b.header[0]?.cells.map((c) => text(c.children)) ?? [];
      const noDeadline = /^(?:Done|完成)$/u.test(header[0] ?? "") && !header.some((h) => /^(?:Deadline|时限)$/u.test(h));
      out.at(-1)?.[1].push(b.rows.map((r) => r.cells.map((c) => text(c.children))).map((r) => (noDeadline ? [...r.slice(0, 3), "", ...r.slice(3)] : r)));
    }
  }
  return out;
}

/** Whether `to` reaches `from` through the edges (the edge from → to closes a loop). */
function reaches(edges: ReadonlyArray<{ from: string; to: string }>, start: string, goal: string): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const n = stack.pop() as string;
    if (n === goal) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const e of edges) if (e.from === n) stack.push(e.to);
  }
  return false;
}

describe("generated organisations: checklists, escalation order, contact sheet", () => {
  it(`${RUNS} organisations`, async () => {
    await fc.assert(
      fc.asyncProperty(orgSpec, async (spec) => {
        const b = await buildGenerated(spec);
        const m = b.model;
        if (!m || b.diagnostics.some((d) => d.severity === "error")) throw new Error(`not valid\n${b.yaml}`);
        const t = localeText(m.data.locale);
        const fail = (what: string) => {
          throw new Error(`${what}\n--- data ---\n${b.yaml}`);
        };
        const checklists = b.trees.find((x) => x.meta.name === "checklists");
        if (!checklists) return fail("no checklists");
        const tables = tablesByHeading(checklists.sections.flatMap((s) => [...s.children]));
        // Rows numbered 1, 2, 3 … in every table (items a row carries are numbered on their own).
        for (const [heading, list] of tables)
          for (const rows of list) {
            const numbers = rows.map((r) => /^（(\d+)）|^(\d+)\.\s/u.exec(r[1] ?? r[0] ?? "")).filter((x): x is RegExpExecArray => x !== null).map((x) => Number(x[1] ?? x[2]));
            numbers.forEach((n, i) => n === i + 1 || fail(`${heading}: row ${i + 1} is numbered ${n}`));
          }
        // The level checklists follow the procedures', in the levels' order (two levels may share a name).
        const used = new Set<number>();
        for (const l of levelsOf(m)) {
          const { before, after } = levelActions(m, l);
          const steps = levelSteps(m, l).filter((x) => x.step.checklist !== false);
          const expected = before.length + steps.length + after.length;
          if (expected === 0) continue;
          const at = tables.findIndex(([h], i) => !used.has(i) && h.endsWith(t.checklistTitle("level", l.name)));
          used.add(at);
          const rows = tables[at]?.[1][0]?.filter((r) => r[0] === "") ?? [];
          if (rows.length !== expected) fail(`level ${l.id}: ${rows.length} rows on its checklist, ${expected} rules and steps`);
          const r = levelReport(m, l);
          // The report's deadline is on a row — or the data states the report twice and validate says so.
          const twice = b.diagnostics.some((d) => d.ruleId === "levels/report-deadline" || d.ruleId === "report/two-deadlines");
          if (r.to.length > 0 && r.within && !twice && !rows.some((row) => row[3] === t.deadlineShort(r.within!))) fail(`level ${l.id}: no row with the report's deadline ${t.deadlineShort(r.within)}`);
        }
        // Escalation: a recipient never comes before the one who reports to it, unless a reply closes a loop.
        const steps = new Map(escalationOrder(m).map((o) => [o.id, o.step]));
        const edges = reportEdges(m);
        for (const e of edges) {
          const from = steps.get(e.from);
          const to = steps.get(e.to);
          if (from === undefined || to === undefined) fail(`${e.from} → ${e.to} not on the chain`);
          if ((to as number) <= (from as number) && !reaches(edges, e.to, e.from)) fail(`${e.to} (step ${to}) before or beside ${e.from} (step ${from}), who reports to it`);
        }
        // The contact sheet's people tables (chain and groups) list each person once.
        const contacts = b.trees.find((x) => x.meta.name === "contacts");
        const names = new Set(m.data.people.map((p) => p.name));
        const listed: string[] = [];
        for (const block of contacts?.sections.flatMap((s) => [...s.children]) ?? []) {
          if (block.type !== "table") continue;
          const head = text(block.header[0]?.cells[0]?.children ?? []);
          if (!["顺序", "Order", "岗位", "Position"].includes(head)) continue;
          const col = head === "顺序" || head === "Order" ? 2 : 1;
          for (const row of block.rows) listed.push(text(row.cells[col]?.children ?? []));
        }
        const people = listed.filter((n) => names.has(n));
        if (new Set(people).size !== people.length) fail(`a person listed twice: ${people.join(", ")}`);
      }),
      { numRuns: RUNS, seed: Number(process.env.DUTY_SEED ?? 20261207) },
    );
  }, 600_000);
});
