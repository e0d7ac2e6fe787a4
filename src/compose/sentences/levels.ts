import type { Clause, LocaleText } from "../../locale/types.js";
import { proseOf, type Message } from "./runs.js";

/**
 * What a level states: its report, who else is told, the groups it sets up, who releases, who may take the
 * release over, who decides, the procedure that applies. A clause with a subject of its own carries it
 * (`clause`) with the ids it names (`key`), so that clauses of one subject share it.
 */
export type LevelClause = {
  readonly kind: "report" | "notify" | "activate" | "release" | "override" | "decide" | "procedure";
  readonly text: string;
  readonly clause?: Clause;
  readonly key?: string;
};

/** A level clause from a grammar's clause: `key` names who its subject is (ids joined by +), "" when it has none. */
export function levelClause(t: LocaleText, kind: LevelClause["kind"], clause: Clause, key: string): LevelClause {
  return { kind, text: t.grammar.phrase(clause), clause, ...(clause.subject && key ? { key } : {}) };
}

/** What a level planned: its sentences, after the level's head. */
export type PlannedLevel = {
  readonly label: string;
  readonly scaleKind: string;
  readonly clauses: readonly LevelClause[];
  readonly steps: readonly Message[];
  /** Which of the steps makes the level's report (-1: none): a level table states that report, so a paragraph beside it leaves it out. */
  readonly reportStep?: number;
};

/** The clauses a level table states in its own columns (the report and who decides): a paragraph beside it does not repeat them. */
const IN_TABLE = new Set<LevelClause["kind"]>(["report", "decide"]);

/** Which sentence a clause goes into: the report, whom else to tell and the groups set up; who releases and who may take it over; each other on its own. */
const SENTENCE_OF: Record<LevelClause["kind"], string> = { report: "first", notify: "first", activate: "first", release: "release", override: "release", decide: "decide", procedure: "procedure" };

/**
 * Clauses in sentences: each goes into its kind's sentence, except that a
 * clause whose subject is the one just named (and with no condition of its
 * own) joins that clause — "The HPT is notified and may take over the release
 * if necessary", not "The HPT is notified. The HPT may take over …" — and so
 * does a clause with no subject of its own in the same sentence (宣传部应在1小时内
 * 向领导小组报告，同时通报办公室: the grammar's run joins them).
 */
function aggregate(t: LocaleText, clauses: readonly LevelClause[]): Array<{ readonly group: string; readonly items: LevelClause[] }> {
  const out: Array<{ group: string; items: LevelClause[] }> = [];
  // Where the clause placed last is: its sentence's items and its index there.
  let last: { items: LevelClause[]; at: number } | undefined;
  for (const c of clauses) {
    const prev = last?.items[last.at];
    // The same subject again, or a clause with none of its own that goes on from the one before (报告，同时通报X).
    const goesOn = !!prev && !c.clause?.head && (c.clause?.subject ? !!prev.key && prev.key === c.key : SENTENCE_OF[c.kind] === SENTENCE_OF[prev.kind]);
    if (last && prev?.clause && c.clause && goesOn) {
      const clause = t.grammar.runClause([prev.clause, c.clause]);
      last.items[last.at] = { ...prev, text: t.grammar.phrase(clause), clause };
      continue;
    }
    const group = SENTENCE_OF[c.kind];
    const open = out[out.length - 1];
    const into = open && open.group === group && group !== "decide" && group !== "procedure" ? open : { group, items: [] };
    if (into !== open) out.push(into);
    into.items.push(c);
    last = { items: into.items, at: into.items.length - 1 };
  }
  return out;
}

/**
 * A level's clauses as sentences: the report, whom else to tell and the groups
 * set up in one sentence after the level's head (发生重大舆情时，…), then who
 * releases (and who may take it over), who decides and the procedure that applies.
 * `lastKey`: the subject the sentences end with ("" when the last clause has
 * none) — the level's first step may say it again as the language does.
 */
export function levelSentences(t: LocaleText, at: string, clauses: readonly LevelClause[]): { sentences: string[]; lastKey: string } {
  const planned = aggregate(t, clauses);
  const sentences = planned.map((s) => {
    const text = s.items.map((c) => c.text).join(t.clauseSeparator);
    return t.grammar.sentence(s.group === "first" && at ? `${at}${t.comma}${text}` : text);
  });
  return { sentences, lastKey: planned.at(-1)?.items.at(-1)?.key ?? "" };
}

export type LevelsPlan = {
  /** Each level's own sentences (what it shares with others is left out), and beside a table that states the report. */
  readonly own: ReadonlyArray<{ readonly sentences: string[]; readonly besideTable: string[]; readonly steps: string[]; readonly stepsBesideTable: string[] }>;
  /** What several levels share, stated once: 发生重大舆情或一般舆情时，应在1小时内向领导小组报告。 */
  readonly shared: string[];
  readonly sharedBesideTable: string[];
};

/**
 * Levels listed together say what they share once: a clause two or more of
 * them state alike goes into one sentence headed by all of them, and each
 * level keeps only what is its own.
 */
export function planLevels(t: LocaleText, levels: readonly PlannedLevel[]): LevelsPlan {
  const holders = new Map<string, number[]>();
  levels.forEach((l, i) => l.clauses.forEach((c) => holders.set(c.text, [...(holders.get(c.text) ?? []), i])));
  const isShared = (c: LevelClause) => (holders.get(c.text)?.length ?? 0) > 1;
  // One sentence per set of levels, in the order the clauses first appear.
  const sets = new Map<string, { levels: number[]; clauses: LevelClause[] }>();
  for (const l of levels) {
    for (const c of l.clauses.filter(isShared)) {
      const at = holders.get(c.text) as number[];
      const key = at.join(",");
      const set = sets.get(key) ?? { levels: at, clauses: [] };
      if (!set.clauses.some((x) => x.text === c.text)) set.clauses.push(c);
      sets.set(key, set);
    }
  }
  const whenAll = (at: readonly number[]) => t.grammar.whenLevels(at.map((i) => ({ label: (levels[i] as PlannedLevel).label, kind: (levels[i] as PlannedLevel).scaleKind })));
  const sharedOf = (keep: (c: LevelClause) => boolean) =>
    [...sets.values()].flatMap((set) => {
      const texts = aggregate(t, set.clauses.filter(keep)).flatMap((x) => x.items.map((c) => c.text));
      if (texts.length === 0) return [];
      return [t.grammar.sentence(`${whenAll(set.levels)}${t.comma}${texts.join(t.clauseSeparator)}`)];
    });
  const steps = sharedSteps(levels);
  // A shared step, said once under all its levels; beside a table, not where it makes a level's report (the table states it).
  const sharedStepsOf = (besideTable: boolean) =>
    steps.shared
      .filter((x) => !besideTable || !x.reports)
      .map((x) => t.grammar.sentence(t.grammar.realise({ ...x.step.message, head: [whenAll(x.levels), x.step.message.head].filter(Boolean).join(t.comma) })));
  return {
    own: levels.map((l, i) => {
      const own = l.clauses.filter((c) => !isShared(c));
      const at = t.grammar.atLevel(l.label, l.scaleKind);
      const mine = steps.own[i] as ReadonlyArray<{ readonly step: Message; readonly index: number }>;
      const alone = levelSentences(t, at, own);
      const beside = levelSentences(t, at, own.filter((c) => !IN_TABLE.has(c.kind)));
      return {
        sentences: alone.sentences,
        besideTable: beside.sentences,
        steps: proseOf(t, mine.map((x) => x.step), alone.lastKey),
        stepsBesideTable: proseOf(t, mine.filter((x) => x.index !== (l.reportStep ?? -1)).map((x) => x.step), beside.lastKey),
      };
    }),
    shared: [...sharedOf(() => true), ...sharedStepsOf(false)],
    sharedBesideTable: [...sharedOf((c) => !IN_TABLE.has(c.kind)), ...sharedStepsOf(true)],
  };
}

/** The same step (the same clause) in two or more of the levels: said once for all of them. Each level keeps its other steps, with their indexes. */
function sharedSteps(levels: readonly PlannedLevel[]): {
  readonly shared: ReadonlyArray<{ readonly step: Message; readonly levels: number[]; readonly reports: boolean }>;
  readonly own: ReadonlyArray<ReadonlyArray<{ readonly step: Message; readonly index: number }>>;
} {
  if (levels.length < 2) return { shared: [], own: levels.map((l) => l.steps.map((step, index) => ({ step, index }))) };
  const keyOf = (m: Message) => JSON.stringify(m.message);
  const at = new Map<string, number[]>();
  levels.forEach((l, i) => new Set(l.steps.map(keyOf)).forEach((k) => at.set(k, [...(at.get(k) ?? []), i])));
  const shared = new Map<string, { step: Message; levels: number[]; reports: boolean }>();
  const own = levels.map((l) =>
    l.steps.flatMap((step, index) => {
      const key = keyOf(step);
      const where = at.get(key) ?? [];
      if (where.length < 2) return [{ step, index }];
      const entry = shared.get(key) ?? { step, levels: where, reports: false };
      entry.reports ||= index === (l.reportStep ?? -1);
      shared.set(key, entry);
      return [];
    }),
  );
  return { shared: [...shared.values()], own };
}
