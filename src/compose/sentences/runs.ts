import type { Clause, LocaleText } from "../../locale/types.js";

/** A step as the planner sees it: its clause and who acts in it ("" when unknown). */
export type Message = { readonly message: Clause; readonly key: string };

/**
 * Aggregation: consecutive clauses with the same actor share one subject —
 * 市发改局价格监测科每天……，每周…… / "The IC convenes the team and briefs the
 * SLG". A clause that opens with a condition or an approval starts a new run
 * (its subject stays after the condition), and a condition that opens with the
 * subject just named drops it (部门负责人审核……；审核通过后，……). Returns the
 * runs as clauses of running text.
 */
export function runsOf(t: LocaleText, steps: readonly Message[]): string[] {
  const g = t.grammar;
  const runs: Clause[][] = [];
  let last: Message | undefined;
  for (const s of steps) {
    const c = last?.message.subject ? { ...s.message, head: g.elide(s.message.head, last.message.subject) } : s.message;
    const current = runs[runs.length - 1];
    // A run under a case (拟发布三级预警的，…) ends with its clause: what follows is not in that case.
    const scoped = !current?.[0]?.head || g.headCarries(current[0].head);
    const same = !!current && !!last && !!s.key && s.key === last.key && !c.head;
    if (same && scoped && joinable(t, current as Clause[], c)) (current as Clause[]).push(c);
    // The same actor again, in a sentence of its own: said again as the language does ("They publish …") —
    // unless the sentence before opened with a condition, whose own nouns ("Where the police are involved, …") a pronoun could point at.
    else runs.push([same && !current?.[0]?.head ? g.again(c) : c]);
    last = s;
  }
  return runs.map((r) => g.run(r));
}

/** English joins simple predicates only ("A and B"); a predicate with commas of its own stays a sentence. */
function joinable(t: LocaleText, run: readonly Clause[], next: Clause): boolean {
  if (t.aggregation === "any") return true;
  return run.length < 3 && ![...run, next].some((c) => /[,;]/u.test(c.predicate));
}

/** A prose procedure's steps as sentences. */
export function proseOf(t: LocaleText, steps: readonly Message[]): string[] {
  return t.grammar.prose(runsOf(t, steps));
}
