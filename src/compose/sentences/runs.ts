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
export function runsOf(t: LocaleText, steps: readonly Message[], after = ""): string[] {
  const g = t.grammar;
  const runs: Clause[][] = [];
  // Runs whose subject is said again ("they"): every clause joining them agrees with it.
  const again = new Set<Clause[]>();
  let last: Message | undefined;
  for (const s of steps) {
    const c = last?.message.subject ? { ...s.message, head: g.elide(s.message.head, last.message.subject) } : s.message;
    const current = runs[runs.length - 1];
    // A run under a case (拟发布三级预警的，…) ends with its clause: what follows is not in that case.
    const scoped = !current?.[0]?.head || g.headCarries(current[0].head);
    const same = !!current && !!last && !!s.key && s.key === last.key && !c.head;
    if (same && scoped && joinable(t, current as Clause[], c)) (current as Clause[]).push(again.has(current as Clause[]) ? g.again(c) : c);
    // The same actor again, in a sentence of its own: said again as the language does ("They publish …") —
    // unless the sentence before opened with a condition, whose own nouns ("Where the police are involved, …") a pronoun could point at;
    // and so is the first step whose actor the sentence before (a level's own) ended with.
    else if ((same && !current?.[0]?.head) || (!current && !!after && s.key === after && !c.head)) {
      const run = [g.again(c)];
      again.add(run);
      runs.push(run);
    } else runs.push([c]);
    last = s;
  }
  return runs.map((r) => g.run(r));
}

/** English joins simple predicates only ("A and B"); a predicate with commas of its own stays a sentence. */
function joinable(t: LocaleText, run: readonly Clause[], next: Clause): boolean {
  if (t.aggregation === "any") return true;
  return run.length < 3 && ![...run, next].some((c) => /[,;]/u.test(c.predicate));
}

/** A prose procedure's steps as sentences; `after`: the key of the subject the sentence before ended with. */
export function proseOf(t: LocaleText, steps: readonly Message[], after = ""): string[] {
  return t.grammar.prose(runsOf(t, steps, after));
}
