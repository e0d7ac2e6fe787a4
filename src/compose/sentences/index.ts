import type { LocaleText } from "../../locale/types.js";
import type { LevelView } from "../view/levels.js";
import type { RoleView } from "../view/organisation.js";
import type { SectionView } from "../view/sections.js";
import { planLevels } from "./levels.js";
import { formsOnce } from "./forms.js";

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
  // An article names each form once, in reading order: its procedure, its levels, the response they share, its duty.
  const named = new Set((s.procedure?.steps ?? []).map((x) => x.record).filter(Boolean));
  const levels = plan(t, s.levels, named);
  const response = plan(t, s.response, named);
  const responseSteps = formsOnce(t, s.responseSteps, named);
  return {
    ...s,
    levels: levels.levels,
    levelsShared: levels.shared,
    levelsSharedBesideTable: levels.sharedBesideTable,
    response: response.levels,
    responseShared: response.shared,
    responseSteps,
    // The duty log the article already named is not named again.
    duty: s.duty && named.has(s.duty.logForm) ? { ...s.duty, logForm: "" } : s.duty,
    roles: sameHolders(t, s.roles),
    items: planSentences(t, s.items),
  };
}

function replan(t: LocaleText, l: LevelView): Pick<LevelView, "stepSentences" | "stepsBesideTable"> {
  const own = planLevels(t, [{ label: l.label, scaleKind: l.scaleKind, clauses: l.clauses, steps: l.ownSteps, reportStep: l.reportStep }]).own[0];
  return { stepSentences: own?.steps ?? [], stepsBesideTable: own?.stepsBesideTable ?? [] };
}

/** A post held by the same people as the post just described names them once: “(the same officers)” / 由上述人员担任. */
function sameHolders(t: LocaleText, roles: readonly RoleView[]): RoleView[] {
  return roles.map((r, i) => {
    const prev = roles[i - 1];
    if (!prev || !r.holderKey || r.holderKey !== prev.holderKey || !r.parts.holders || r.parts.heldBy || r.parts.appointment) return r;
    return { ...r, sentences: t.grammar.role({ ...r.parts, holders: t.sameHolders }) };
  });
}

function plan(t: LocaleText, levels: readonly LevelView[], named: Set<string>): { levels: LevelView[]; shared: string[]; sharedBesideTable: string[] } {
  const worded = levels.map((l) => {
    const ownSteps = formsOnce(t, l.ownSteps, named);
    return ownSteps.every((x, i) => x === l.ownSteps[i]) ? l : { ...l, ownSteps };
  });
  if (worded.length < 2) {
    // A level alone keeps its own planning, with the forms its article named before it referred back to.
    return { levels: worded.map((l) => (l.ownSteps === levels[0]?.ownSteps ? l : { ...l, ...replan(t, l) })), shared: [], sharedBesideTable: [] };
  }
  const p = planLevels(
    t,
    worded.map((l) => ({ label: l.label, scaleKind: l.scaleKind, clauses: l.clauses, steps: l.ownSteps, reportStep: l.reportStep })),
  );
  return {
    levels: worded.map((l, i) => {
      const own = p.own[i];
      return own ? { ...l, sentences: own.sentences, besideTable: own.besideTable, stepSentences: own.steps, stepsBesideTable: own.stepsBesideTable } : l;
    }),
    shared: p.shared,
    sharedBesideTable: p.sharedBesideTable,
  };
}
