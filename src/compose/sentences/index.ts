import type { LocaleText } from "../../locale/types.js";
import type { LevelView } from "../view/levels.js";
import type { RoleView } from "../view/organisation.js";
import type { SectionView } from "../view/sections.js";
import { planLevels } from "./levels.js";

/**
 * Stage: sentence planning, between the view and the templates.
 *
 * The view words each rule as clauses (a step's head, subject and predicate; a
 * level's report, notifications, groups, release and decision) and realises
 * each item that stands alone with this folder's functions: a prose
 * procedure's steps aggregated into runs with one subject (`runs.ts`), a
 * level's clauses as sentences (`levels.ts`). This entry plans what spans
 * items: levels listed together in a section, or answered by one response
 * section, state what they share once. After the templates, `naming.ts`
 * names every entity in reading order (the short form introduced at the first
 * mention, then used throughout).
 */
export function planSentences(t: LocaleText, sections: readonly SectionView[]): SectionView[] {
  return sections.map((s) => planSection(t, s));
}

function planSection(t: LocaleText, s: SectionView): SectionView {
  const levels = plan(t, s.levels);
  const response = plan(t, s.response);
  // The procedure names each form once (its view saw to that); the duty sentence does not name its log again.
  const named = new Set((s.procedure?.steps ?? []).map((x) => x.record).filter(Boolean));
  return {
    ...s,
    // The duty log the procedure already named is not named again in the same article.
    duty: s.duty && named.has(s.duty.logForm) ? { ...s.duty, logForm: "" } : s.duty,
    levels: levels.levels,
    levelsShared: levels.shared,
    levelsSharedBesideTable: levels.sharedBesideTable,
    response: response.levels,
    responseShared: response.shared,
    roles: sameHolders(t, s.roles),
    items: planSentences(t, s.items),
  };
}

/** A post held by the same people as the post just described names them once: “(the same officers)” / 由上述人员担任. */
function sameHolders(t: LocaleText, roles: readonly RoleView[]): RoleView[] {
  return roles.map((r, i) => {
    const prev = roles[i - 1];
    if (!prev || !r.holderKey || r.holderKey !== prev.holderKey || !r.parts.holders || r.parts.heldBy || r.parts.appointment) return r;
    return { ...r, sentences: t.grammar.role({ ...r.parts, holders: t.sameHolders }) };
  });
}

function plan(t: LocaleText, levels: readonly LevelView[]): { levels: LevelView[]; shared: string[]; sharedBesideTable: string[] } {
  if (levels.length < 2) return { levels: [...levels], shared: [], sharedBesideTable: [] };
  const p = planLevels(
    t,
    levels.map((l) => ({ label: l.label, scaleKind: l.scaleKind, clauses: l.clauses, steps: l.ownSteps })),
  );
  return {
    levels: levels.map((l, i) => {
      const own = p.own[i];
      return own ? { ...l, sentences: own.sentences, besideTable: own.besideTable, stepSentences: own.steps } : l;
    }),
    shared: p.shared,
    sharedBesideTable: p.sharedBesideTable,
  };
}
