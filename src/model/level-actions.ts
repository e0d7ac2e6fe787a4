import type { DataPath } from "../load/parse-yaml.js";
import { levelReport } from "./level-report.js";
import type { DeadlineT, LevelT, Model, StepT } from "./model.js";

/**
 * What a level's own rules ask someone to do, as actions with an owner and a
 * deadline — the rows of the level's checklist before and after its steps:
 * the report (`report_to` + `respond_within`, or `report_step`) and whom it
 * also tells (`notify`, at the same time), the groups set up (`activates`, at
 * once), the decision (`approve_by` alone), and the approval and release of
 * statements (`approve_by` with `release_by`). An owner the rule does not
 * state is taken from its context: the reporter from `report_by`, the report
 * step's actor or the step that reports to the same recipients; a group is set
 * up by its leader (its first member), else by its parent group.
 */

export type LevelActionKind = "report" | "notify" | "activate" | "decide" | "approve" | "release";

export type LevelAction = {
  readonly kind: LevelActionKind;
  /** Recipients (report, notify) or the group set up (activate); empty for the others. */
  readonly objects: readonly string[];
  /** Who does it: ids of roles, groups, units, people or outside bodies; empty when nothing says. */
  readonly owner: readonly string[];
  readonly deadline?: DeadlineT;
  /** The level key the rule is written under, for diagnostics. */
  readonly key: string;
  /** The report's channels or forms (`report_via`). */
  readonly via?: readonly string[];
};

export type LevelStep = { readonly step: StepT; readonly path: DataPath };

const IMMEDIATELY: DeadlineT = { kind: "vague", term: "immediately" };

/** Terms that promise no time of their own (及时, 定期, 适时): a level's deadline makes them exact, it does not contradict them. */
const OPEN_TERMS: ReadonlySet<string> = new Set(["promptly", "regularly", "when-appropriate"]);

export function isOpenDeadline(d: DeadlineT | undefined): boolean {
  return d?.kind === "vague" && OPEN_TERMS.has(d.term);
}

/** The steps that apply at a level, in checklist order: its procedure's, its own, then steps of any procedure scoped to it (`at_levels`). */
export function levelSteps(model: Model, l: LevelT): LevelStep[] {
  const d = model.data;
  const li = d.levels.indexOf(l);
  const pi = l.procedure ? d.procedures.findIndex((p) => p.id === l.procedure) : -1;
  const out: LevelStep[] = [];
  if (pi >= 0) d.procedures[pi]?.steps.forEach((step, k) => out.push({ step, path: ["procedures", pi, "steps", k] }));
  (l.steps ?? []).forEach((step, k) => out.push({ step, path: ["levels", li, "steps", k] }));
  d.procedures.forEach((p, i) => {
    if (i === pi) return;
    p.steps.forEach((step, k) => {
      if (step.at_levels?.includes(l.id)) out.push({ step, path: ["procedures", i, "steps", k] });
    });
  });
  return out;
}

/** Procedures applied at a level: a level's `procedure` or a scale stage's. Their steps are the levels', not routine. */
export function levelProcedures(model: Model): Set<string> {
  const d = model.data;
  return new Set([...d.levels.flatMap((l) => (l.procedure ? [l.procedure] : [])), ...d.scales.flatMap((s) => (s.stages ?? []).map((st) => st.procedure))]);
}

const meets = (a: readonly string[] | undefined, b: readonly string[]) => (a ?? []).some((x) => b.includes(x));

export type ReportStep = { readonly step: StepT; readonly onLevel: boolean };

/**
 * The step that makes a level's report: its `report_step`; else a step of the
 * level that reports to the level's recipients (not a recurring report); else,
 * in any procedure, such a step that is not scoped to other levels only.
 */
export function reportStepOf(model: Model, l: LevelT, own: readonly LevelStep[] = levelSteps(model, l)): ReportStep | undefined {
  if (l.report_step) {
    const e = model.index.get(l.report_step);
    if (e?.kind !== "step") return undefined;
    return { step: e.entity, onLevel: own.some((x) => x.step === e.entity) };
  }
  const to = levelReport(model, l).to;
  if (to.length === 0) return undefined;
  // A recurring report (a step with a frequency) is not the level's report.
  const mine = own.find((x) => meets(x.step.to, to) && !x.step.frequency);
  if (mine) return { step: mine.step, onLevel: true };
  for (const p of model.data.procedures) {
    const s = p.steps.find((x) => meets(x.to, to) && !x.frequency && (!x.at_levels?.length || x.at_levels.includes(l.id)));
    if (s) return { step: s, onLevel: false };
  }
  return undefined;
}

/** Who makes a level's report: `report_by`, else the actor of the step that makes it (`made`, when already found). */
export function levelReporter(model: Model, l: LevelT, made?: ReportStep): readonly string[] {
  if (l.report_by?.length) return l.report_by;
  return (made ?? reportStepOf(model, l))?.step.actor ?? [];
}

/** Who sets up a group: its leader (the first member role), else its parent group. */
function setterUp(model: Model, id: string): readonly string[] {
  const e = model.index.get(id);
  if (e?.kind !== "group") return [];
  const leader = e.entity.members?.[0];
  if (leader) return [leader];
  return e.entity.parent ? [e.entity.parent] : [];
}

/**
 * A level's own rules as actions: `before` its steps (report, notify, groups
 * set up, the decision) and `after` them (approval and release of
 * statements). A report made by one of the level's own steps is that step's
 * row, not an action of its own (the other actions follow it); so is a
 * decision when the approver acts in a step of the level.
 */
export function levelActions(
  model: Model,
  l: LevelT,
): { readonly before: LevelAction[]; readonly after: LevelAction[]; readonly steps: readonly LevelStep[]; readonly made: ReportStep | undefined; readonly within: DeadlineT | undefined } {
  const report = levelReport(model, l);
  const steps = levelSteps(model, l);
  const made = reportStepOf(model, l, steps);
  const reporter = levelReporter(model, l, made);
  const before: LevelAction[] = [];
  const after: LevelAction[] = [];
  const key = l.report_step ? "report_step" : "report_to";
  if (report.to.length > 0 && !made?.onLevel) {
    before.push({ kind: "report", objects: report.to, owner: reporter, ...(report.within ? { deadline: report.within } : {}), key, ...(l.report_via ? { via: l.report_via } : {}) });
  }
  // 同时通报: told at the time of the report, by the one who reports — at once where the level makes no report.
  if (l.notify?.length) before.push({ kind: "notify", objects: l.notify, owner: reporter, deadline: report.within ?? IMMEDIATELY, key: "notify" });
  for (const g of l.activates ?? []) before.push({ kind: "activate", objects: [g], owner: setterUp(model, g), deadline: IMMEDIATELY, key: "activates" });
  const approve = l.approve_by ?? [];
  const within = (d: DeadlineT | undefined) => (d ? { deadline: d } : {});
  // The decision is a step of the level when the approver acts in one (召开领导小组会议，确定应对措施).
  const decided = steps.some((x) => approve.every((a) => x.step.actor?.includes(a)));
  if (approve.length > 0 && !l.release_by?.length && !decided) before.push({ kind: "decide", objects: [], owner: approve, ...within(l.approve_within), key: "approve_by" });
  if (l.release_by?.length) {
    if (approve.length > 0) after.push({ kind: "approve", objects: [], owner: approve, ...within(l.approve_within), key: "approve_by" });
    after.push({ kind: "release", objects: [], owner: l.release_by, ...within(l.release_within), key: "release_by" });
  }
  // What was read on the way (the level's steps, the one that makes its report, the report's deadline): callers need them too.
  return { before, after, steps, made, within: report.within };
}
