import { levelsOf, scaleOf } from "../../model/scales.js";
import type { ConditionT, CriteriaT, LevelT, ScaleT } from "../../model/model.js";
import type { Quantity } from "../../model/schema/levels.js";
import { levelReport } from "../../model/level-report.js";
import { reportStepOf } from "../../model/level-actions.js";
import type { LocaleText } from "../../locale/index.js";
import { formatNumber } from "../../text/numerals.js";
import { nameOf, referTo, memoised, type ViewContext } from "./context.js";
import { paragraphs } from "./escape.js";
import { procedureView, stepView, type ProcedureView, type StepView } from "./procedures.js";
import { levelClause, planLevels, type LevelClause, type PlannedLevel } from "../sentences/levels.js";
import { formsOnce } from "../sentences/forms.js";

export type CriteriaView = {
  /** text, any, all or otherwise. */
  mode: string;
  /** The criteria as one paragraph (text, or the catch-all), or "" for a list. */
  text: string;
  /** Lead-in of a list: 符合下列情形之一： */
  intro: string;
  items: Array<{ number: string; text: string }>;
  /** All of it on one line, for a table cell. */
  inline: string;
};

export type LevelView = {
  id: string;
  name: string;
  /** The label sentences use (the scale's `sentence_label`, else the name). */
  label: string;
  /** Labels by label set id. */
  labels: Record<string, string>;
  rank: number;
  scale: string;
  criteria: CriteriaView;
  examples: string;
  mapsTo: string;
  reportTo: string;
  /** Who reports, when the data says (`report_by`), or "". */
  reportBy: string;
  respondWithin: string;
  respondWithinShort: string;
  reportVia: string;
  notify: string;
  releaseBy: string;
  /** Deadline phrases of the release and the approval (在5小时内 / within 5 hours), or "". */
  releaseWithin: string;
  approveBy: string;
  approveWithin: string;
  overrideBy: string;
  activates: string;
  procedure: string;
  /** That the level follows its procedure, as a clause: 按照重大舆情处置程序执行 / The Escalation procedure applies. */
  procedureApplies: string;
  /** The procedure's steps followed by the level's own. */
  steps: StepView[];
  /** Only the steps written under the level itself. */
  ownSteps: StepView[];
  /** What the level's scale grades (response, warning, event …). */
  scaleKind: string;
  /** What the level states (report, notify, groups set up, release, who decides), as clauses for sentence planning. */
  clauses: LevelClause[];
  /** What happens at this level, as sentences: report, notify, groups set up, release and approval. */
  sentences: string[];
  /** The same without what a level table beside it states (the report and who decides). */
  besideTable: string[];
  /** The level's own steps as prose sentences (planned: one subject for consecutive steps of one actor). */
  stepSentences: string[];
  /** The same without the step that makes the level's report, for a paragraph beside a level table (which states it). */
  stepsBesideTable: string[];
  /** Who makes the level's report (the actor of the step that makes it), for a level table; "" when no step says. */
  reportedBy: string;
  /** Which of `ownSteps` makes the level's report (-1: none). */
  reportStep: number;
};

export type ScaleView = {
  id: string;
  name: string;
  kind: string;
  intro: string[];
  labelSets: Array<{ id: string; name: string }>;
  levels: LevelView[];
  stages: Array<{ stage: string; name: string; procedure: ProcedureView | null }>;
};

function quantity(t: LocaleText, q: Quantity): string {
  return q.kind === "number" ? t.number(q.value) : t.duration(q.duration.minutes, q.duration.named);
}

function conditionText(t: LocaleText, c: ConditionT): string {
  const value = c.value ? quantity(t, c.value) : "";
  if (c.text) return c.text.replace(/\{value\}/g, value);
  if (c.measure && c.comparator && c.value) {
    return t.condition({ measure: c.measure, comparator: c.comparator, value, unit: c.unit ?? "", duration: c.value.kind === "duration" });
  }
  return c.measure ?? "";
}

export function criteriaView(ctx: ViewContext, l: LevelT, c: CriteriaT | undefined): CriteriaView {
  const { t } = ctx;
  if (!c) return { mode: "none", text: "", intro: "", items: [], inline: "" };
  if (c.mode === "text") {
    const text = paragraphs(c.text).map((p) => t.grammar.sentence(p)).join("");
    return { mode: "text", text, intro: "", items: [], inline: text };
  }
  if (c.mode === "otherwise") {
    const scale = ctx.model.data.scales.find((s) => s.id === scaleOf(ctx.model, l));
    const others = levelsOf(ctx.model, scaleOf(ctx.model, l)).filter((x) => x.id !== l.id).map((x) => levelLabel(ctx, x));
    const text = t.grammar.sentence(c.text ?? t.otherwise(others, scale?.of ?? t.incident));
    return { mode: "otherwise", text, intro: "", items: [], inline: text };
  }
  const texts = c.conditions.map((x) => conditionText(t, x));
  const numbering = t.conditionNumbering;
  const items = texts.map((text, i) => ({ number: formatNumber(numbering, i + 1), text: t.grammar.listItem(text, i === texts.length - 1) }));
  const intro = t.criteriaIntro(c.mode);
  // Run into one sentence, the list closes as a sentence does (English items carry no end mark of their own).
  const inline = t.grammar.sentence(`${intro}${t.numberGap("item")}${items.map((i) => `${i.number}${t.numberGap("item")}${t.grammar.runInItem(i.text)}`).join(t.conditionSeparator)}`);
  return { mode: c.mode, text: "", intro, items, inline };
}

/** What the scale of a level grades (response, warning, event …), for the verb that goes with it. */
export function scaleKindOf(ctx: ViewContext, l: LevelT): string {
  return ctx.model.data.scales.find((s) => s.id === scaleOf(ctx.model, l))?.kind ?? "response";
}

/** When one of these levels applies, inside a sentence: 发生重大舆情或一般舆情时 / at Level 1 or Level 2. */
export function whenLevels(ctx: ViewContext, levels: readonly LevelT[]): string {
  return levels.length > 0 ? ctx.t.grammar.whenLevels(levels.map((l) => ({ label: levelLabel(ctx, l), kind: scaleKindOf(ctx, l) }))) : "";
}

/** The label a level goes by in sentences. */
export function levelLabel(ctx: ViewContext, l: LevelT): string {
  const scale = ctx.model.data.scales.find((s) => s.id === scaleOf(ctx.model, l));
  return (scale?.sentence_label ? l.labels?.[scale.sentence_label] : undefined) ?? l.name;
}

export function levelView(ctx: ViewContext, l: LevelT): LevelView {
  return memoised(ctx, `level:${l.id}`, () => buildLevelView(ctx, l));
}

function buildLevelView(ctx: ViewContext, l: LevelT): LevelView {
  const { t, model } = ctx;
  const names = (ids: readonly string[] | undefined, full = false) => t.list((ids ?? []).map((id) => referTo(ctx, id, full)));
  const proc = l.procedure ? model.index.get(l.procedure) : undefined;
  const procSteps = proc?.kind === "procedure" ? proc.entity.steps : [];
  // The step that makes the level's report (the first to its report_to with no timing of its own) takes the
  // level's deadline: it is stated once, on the level.
  const reporting = (l.steps ?? []).find((s) => !s.deadline && !s.frequency && s.to?.some((x) => l.report_to?.includes(x)));
  const own = (l.steps ?? []).map((s) => (s === reporting && l.respond_within ? { ...s, deadline: l.respond_within } : s));
  const steps = [...procSteps, ...own];
  const label = levelLabel(ctx, l);
  const scale = model.data.scales.find((s) => s.id === scaleOf(model, l));
  const via = (l.report_via ?? []).map((id) => {
    const e = model.index.get(id);
    return e?.kind === "form" ? t.formTitle(e.entity.title) : nameOf(ctx, id);
  });
  const report = levelReport(model, l);
  const scaleKind = scaleKindOf(ctx, l);
  const within = report.within;
  const view = {
    reportTo: names(report.to, true),
    reportBy: t.actors((l.report_by ?? []).map((id) => referTo(ctx, id))),
    respondWithin: within ? t.deadline(within) : "",
    reportVia: t.list(via),
    // A group set up at the level is told by being set up: it is not also notified.
    notify: names(notified(l), true),
    releaseBy: names(l.release_by),
    releaseWithin: l.release_within ? t.deadline(l.release_within) : "",
    approveBy: names(l.approve_by),
    approveWithin: l.approve_within ? t.deadline(l.approve_within) : "",
    overrideBy: names(l.override_by),
    activates: t.list((l.activates ?? []).map((id) => referTo(ctx, id, true))),
    procedure: proc?.kind === "procedure" ? proc.entity.name : "",
  };
  // A step of the level that makes its report states it, with who reports: the level does not state it again.
  const clauses = levelClauses(t, l, reporting && l.respond_within ? { ...view, reportTo: "" } : view);
  const stepViews = steps.map((s, i) => stepView(ctx, s, i, t.stepNumbering));
  const ownStepViews = formsOnce(t, own.map((s, i) => stepView(ctx, s, i, t.stepNumbering)));
  // Who reports: the actor of the level's own reporting step, or of the step it names as its report.
  const reportStepEntry = l.report_step ? model.index.get(l.report_step) : undefined;
  const reporterIds = (reporting ?? (reportStepEntry?.kind === "step" ? reportStepEntry.entity : undefined))?.actor ?? [];
  // The step that makes the level's report (its own reporting step, else the one the checklists name: report_step, or a step to its recipients): a table beside states it.
  const made = reporting ? undefined : reportStepOf(model, l);
  const reportStep = reporting ? (l.steps ?? []).indexOf(reporting) : made?.onLevel ? (l.steps ?? []).indexOf(made.step) : -1;
  return {
    id: l.id,
    name: l.name,
    label,
    labels: { ...(l.labels ?? {}) },
    rank: l.rank,
    scale: scale?.name ?? "",
    criteria: criteriaView(ctx, l, l.criteria),
    examples: t.enumerate(l.examples ?? []),
    mapsTo: t.list((l.maps_to ?? []).map((id) => nameOf(ctx, id))),
    ...view,
    respondWithinShort: within ? t.deadlineShort(within) : "",
    procedure: proc?.kind === "procedure" ? proc.entity.name : "",
    procedureApplies: proc?.kind === "procedure" ? t.grammar.procedureApplies(proc.entity.name) : "",
    steps: stepViews,
    ownSteps: ownStepViews,
    scaleKind,
    clauses,
    reportedBy: t.list(reporterIds.map((id) => nameOf(ctx, id))),
    reportStep,
    // The level's own steps; its procedure is named, its steps are where the procedure is.
    ...standalone(t, { label, scaleKind, clauses, steps: ownStepViews, reportStep }),
  };
}

/** A level's sentences when it stands alone (levels listed together are planned together: compose/sentences). */
function standalone(t: LocaleText, level: PlannedLevel): { sentences: string[]; besideTable: string[]; stepSentences: string[]; stepsBesideTable: string[] } {
  const own = planLevels(t, [level]).own[0];
  return { sentences: own?.sentences ?? [], besideTable: own?.besideTable ?? [], stepSentences: own?.steps ?? [], stepsBesideTable: own?.stepsBesideTable ?? [] };
}

/** What a level states, as clauses: its report, whom else to tell, the groups it sets up, who releases and who decides. */
/** Those a level notifies, less the groups it sets up. */
function notified(l: LevelT): string[] {
  return (l.notify ?? []).filter((id) => !(l.activates ?? []).includes(id));
}

function levelClauses(
  t: LocaleText,
  l: LevelT,
  v: Record<"reportTo" | "reportBy" | "respondWithin" | "reportVia" | "notify" | "releaseBy" | "releaseWithin" | "approveBy" | "approveWithin" | "overrideBy" | "activates" | "procedure", string>,
): LevelClause[] {
  const g = t.grammar;
  const out: LevelClause[] = [];
  const key = (ids: readonly string[] | undefined) => (ids ?? []).join("+");
  if (v.reportTo) out.push(levelClause(t, "report", g.report({ ...(v.reportBy ? { actor: v.reportBy } : {}), deadline: v.respondWithin, to: v.reportTo, via: v.reportVia }), key(v.reportBy ? l.report_by : [])));
  if (v.notify) out.push(levelClause(t, "notify", g.notify(v.notify, notified(l).length > 1), key(notified(l))));
  if (v.activates) out.push(levelClause(t, "activate", g.activate(v.activates, "", (l.activates?.length ?? 0) > 1), key(l.activates)));
  const release = g.release({ by: v.releaseBy, approve: v.releaseBy ? v.approveBy : "", approvers: l.approve_by?.length ?? 0, within: v.releaseWithin, approveWithin: v.approveWithin });
  if (release) out.push({ kind: "release", text: release });
  if (v.overrideBy) out.push(levelClause(t, "override", g.override(v.overrideBy), key(l.override_by)));
  if (v.approveBy && !v.releaseBy) out.push({ kind: "decide", text: g.decide(v.approveBy, v.approveWithin) });
  if (v.procedure) out.push({ kind: "procedure", text: g.procedureApplies(v.procedure) });
  return out;
}

export function scaleViews(ctx: ViewContext): ScaleView[] {
  const { model, t } = ctx;
  const declared: ScaleT[] = model.data.scales;
  const ids = declared.length > 0 ? declared.map((s) => s.id) : model.data.levels.length > 0 ? [""] : [];
  return ids.map((id) => {
    const s = declared.find((x) => x.id === id);
    return {
      id,
      name: s?.name ?? "",
      kind: s?.kind ?? "response",
      intro: paragraphs(s?.intro),
      labelSets: (s?.labels ?? []).map((x) => ({ id: x.id, name: x.name })),
      levels: levelsOf(model, id).map((l) => levelView(ctx, l)),
      stages: (s?.stages ?? []).map((st) => {
        const e = model.index.get(st.procedure);
        return { stage: st.stage, name: st.name ?? t.stage(st.stage), procedure: e?.kind === "procedure" ? procedureView(ctx, e.entity) : null };
      }),
    };
  });
}
