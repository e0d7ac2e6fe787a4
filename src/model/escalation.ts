import { levelReporter } from "./level-actions.js";
import { levelReport } from "./level-report.js";
import type { Model } from "./model.js";
import { eachStep } from "./references.js";

/**
 * The escalation chain: who detects, whom they report to, and on to the
 * bodies outside — read from the rules, never typed. Every step that hands
 * something to someone (actor → to) and every level's report (its reporter →
 * report_to) is an edge; the chain orders everyone on an edge by the longest
 * run of reports that leads to them, so those who detect come first and the
 * outside bodies last. A reply that runs back up the chain (comments returned
 * to the drafter) is left out, so the order is always defined.
 */

export type ReportEdge = { readonly from: string; readonly to: string };

export function reportEdges(model: Model): ReportEdge[] {
  const edges: ReportEdge[] = [];
  const add = (from: readonly string[] | undefined, to: readonly string[] | undefined) => {
    for (const f of from ?? []) for (const t of to ?? []) if (f !== t && !edges.some((e) => e.from === f && e.to === t)) edges.push({ from: f, to: t });
  };
  eachStep(model.data, (s) => add(s.actor, s.to));
  for (const l of model.data.levels) add(levelReporter(model, l), levelReport(model, l).to);
  return edges;
}

/** Ids on the chain in escalation order with their step (0 for those who detect; the same step for those told at once), or [] when the data states no report. */
export function escalationOrder(model: Model): Array<{ readonly id: string; readonly step: number }> {
  const edges = reportEdges(model);
  const nodes: string[] = [];
  for (const e of edges) for (const n of [e.from, e.to]) if (!nodes.includes(n)) nodes.push(n);
  // Depth-first in the order the data names them: an edge back to a node still on the path closes a loop and is dropped.
  const out = new Map<string, string[]>(nodes.map((n) => [n, []]));
  const state = new Map<string, "open" | "done">();
  const forward: ReportEdge[] = [];
  const visit = (n: string) => {
    state.set(n, "open");
    for (const e of edges.filter((x) => x.from === n)) {
      if (state.get(e.to) === "open") continue;
      forward.push(e);
      out.get(n)?.push(e.to);
      if (!state.has(e.to)) visit(e.to);
    }
    state.set(n, "done");
  };
  const sources = nodes.filter((n) => !edges.some((e) => e.to === n));
  for (const n of [...sources, ...nodes]) if (!state.has(n)) visit(n);
  // Rank: the longest run of reports from a source (the graph is acyclic now).
  const rank = new Map<string, number>();
  const rankOf = (n: string): number => {
    const known = rank.get(n);
    if (known !== undefined) return known;
    const preds = forward.filter((e) => e.to === n).map((e) => e.from);
    rank.set(n, 0);
    const r = preds.length === 0 ? 0 : Math.max(...preds.map(rankOf)) + 1;
    rank.set(n, r);
    return r;
  };
  return [...nodes].sort((a, b) => rankOf(a) - rankOf(b) || nodes.indexOf(a) - nodes.indexOf(b)).map((id) => ({ id, step: rankOf(id) }));
}
