import type { DeadlineT, StepT } from "../../model/model.js";
import { isOpenDeadline, levelActions, type LevelAction } from "../../model/level-actions.js";
import { levelsOf } from "../../model/scales.js";
import { formatNumber } from "../../text/numerals.js";
import { memoised, nameOf, referTo, type ViewContext } from "./context.js";
import { levelView } from "./levels.js";
import { categoryView } from "./lists.js";
import { procedureView, stepView, whoOf, type StepView } from "./procedures.js";

/**
 * The checklists a duty officer ticks: one per procedure and per level. A row
 * is an action — the step's verb phrase, its owner in a column of its own, the
 * deadline (deadlines only) and the frequency or duration (每天3次, 24小时持续)
 * in theirs. A level's checklist opens with the actions of the level's own
 * rules (report, notify, groups set up, decision), then its steps, then the
 * approval and release of statements; rows are numbered in sequence.
 */

export type ChecklistRowView = {
  number: string;
  text: string;
  who: string;
  deadline: string;
  frequency: string;
  /** Items of the list the row points at (a category's), numbered as the category numbers them. */
  items: Array<{ number: string; text: string }>;
};

/** `title` is the procedure's or level's name; `heading` the checklist's heading (快速报告检查单 / 一级响应检查单). */
export type ChecklistView = {
  id: string;
  title: string;
  heading: string;
  kind: "procedure" | "level";
  intro: string;
  rows: ChecklistRowView[];
  /** Some row has a frequency or duration: the table has a column for them. */
  frequencies: boolean;
  /** Some row has a deadline: a checklist with none prints no empty Deadline column. */
  deadlines: boolean;
  /** The steps behind the rows (for custom templates written before rows). */
  steps: StepView[];
};

/** One checklist per procedure and per level that has something to do. */
export function checklistViews(ctx: ViewContext): ChecklistView[] {
  return memoised(ctx, "checklists", () => buildChecklists(ctx));
}

function buildChecklists(ctx: ViewContext): ChecklistView[] {
  const out: ChecklistView[] = [];
  for (const p of ctx.model.data.procedures) {
    const v = procedureView(ctx, p);
    const steps = v.steps.filter((s) => s.checklist);
    if (v.checklist && steps.length > 0) out.push(checklist(ctx, { id: v.id, title: v.shortName, kind: "procedure", intro: "" }, steps.map((s) => stepRow(ctx, s)), steps));
  }
  for (const l of levelsOf(ctx.model)) {
    const v = levelView(ctx, l);
    const actions = levelActions(ctx.model, l);
    const { before, after } = actions;
    const { steps, reportAt } = levelStepViews(ctx, actions);
    // The actions that follow the report come after the step that makes it, when the level has one.
    const stepRows = steps.map((s) => stepRow(ctx, s));
    const rows = [...stepRows.slice(0, reportAt + 1), ...before.map((a) => actionRow(ctx, a)), ...stepRows.slice(reportAt + 1), ...after.map((a) => actionRow(ctx, a))];
    if (rows.length > 0) out.push(checklist(ctx, { id: v.id, title: v.name, kind: "level", intro: v.criteria.inline }, rows, steps));
  }
  return out;
}

function checklist(ctx: ViewContext, c: Pick<ChecklistView, "id" | "title" | "kind" | "intro">, rows: Omit<ChecklistRowView, "number">[], steps: StepView[]): ChecklistView {
  return {
    ...c,
    heading: ctx.t.checklistTitle(c.kind, c.title),
    rows: rows.map((r, i) => ({ ...r, number: formatNumber(ctx.t.stepNumbering, i + 1) })),
    frequencies: rows.some((r) => r.frequency !== ""),
    deadlines: rows.some((r) => r.deadline !== ""),
    steps,
  };
}

/**
 * The steps on a level's checklist, with the step that makes the level's
 * report taking the level's deadline when it states none of its own.
 */
function levelStepViews(ctx: ViewContext, { steps: own, made, within }: Pick<ReturnType<typeof levelActions>, "steps" | "made" | "within">): { steps: StepView[]; reportAt: number } {
  const steps = own.map(({ step }) => step).filter((s) => s.checklist ?? true);
  const reportAt = made?.onLevel ? steps.indexOf(made.step) : -1;
  return {
    // The step that makes the level's report takes its deadline where it states none, or one that promises no time (及时).
    steps: steps.map((s, i) => stepView(ctx, i === reportAt && (!s.deadline || isOpenDeadline(s.deadline)) && !s.frequency && within ? ({ ...s, deadline: within } as StepT) : s, i, ctx.t.stepNumbering)),
    reportAt,
  };
}

function stepRow(ctx: ViewContext, s: StepView): Omit<ChecklistRowView, "number"> {
  return { text: s.short, who: s.who, deadline: s.deadlineShort, frequency: s.frequencyShort, items: listItems(ctx, s.list) };
}

function listItems(ctx: ViewContext, id: string): ChecklistRowView["items"] {
  const e = id ? ctx.model.index.get(id) : undefined;
  return e?.kind === "category" ? categoryView(ctx, e.entity).items.map((it) => ({ number: it.number, text: it.text })) : [];
}

function actionRow(ctx: ViewContext, a: LevelAction): Omit<ChecklistRowView, "number"> {
  const { t } = ctx;
  const row = t.grammar.row;
  const names = (ids: readonly string[]) => t.recipients(ids.map((id) => referTo(ctx, id, true)));
  const via = (a.via ?? []).map((id) => {
    const e = ctx.model.index.get(id);
    return e?.kind === "form" ? t.formTitle(e.entity.title) : nameOf(ctx, id);
  });
  const text = {
    report: () => row.report({ to: names(a.objects), via: t.list(via) }),
    notify: () => row.notify(names(a.objects)),
    activate: () => row.activate(names(a.objects)),
    decide: () => row.decide(),
    approve: () => row.approve(),
    release: () => row.release(),
  }[a.kind]();
  return { text: t.grammar.sentence(text).replace(/[。.]$/u, ""), who: whoOf(ctx, a.owner), deadline: deadlineShort(ctx, a.deadline), frequency: "", items: [] };
}

function deadlineShort(ctx: ViewContext, d: DeadlineT | undefined): string {
  return d ? ctx.t.deadlineShort(d) : "";
}
