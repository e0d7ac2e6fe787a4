import { formatNumber } from "../../text/numerals.js";
import { listStyleUnder } from "../../text/numbering-parse.js";
import type { ViewContext } from "./context.js";
import type { LevelView } from "./levels.js";
import type { StepView } from "./procedures.js";

/**
 * A list takes the next level of its section's numbering (GB/T 9704 7.3.3: 一、
 * （一） 1. （1） in turn): 1. under （一）, （1） under 1., （一） inside 第X条, a.
 * under an outline's 1. — never （1） straight under 一、. Lists inside a list's
 * items (a level's criteria) take the level after that. A section without a
 * number passes on its parent's; with no numbered section at all, the locale's
 * defaults stand. A numbering the data gives a procedure or category wins.
 */
export type ListStyles = {
  /** Style of a list directly in the section: steps, duties, levels, the legal basis, a category's items. */
  readonly list: string;
  /** Style of a list inside those items (a level's criteria). */
  readonly sub: string;
};

export function listStyles(ctx: ViewContext, numbered: string | undefined): ListStyles {
  const { t } = ctx;
  const list = numbered ? listStyleUnder(numbered, t.listStyles) : undefined;
  const sub = list ? listStyleUnder(list, t.listStyles) : undefined;
  return { list: list ?? t.stepNumbering, sub: sub ?? t.conditionNumbering };
}

/** Steps numbered 1, 2, 3 … in a style, in the order given. */
export function renumberSteps(steps: readonly StepView[], style: string): StepView[] {
  return steps.map((s, i) => ({ ...s, n: i + 1, number: formatNumber(style, i + 1) }));
}

/** A level as a section lists it: its criteria numbered at the level below the levels' list. */
export function levelInList(l: LevelView, s: ListStyles, steps: string): LevelView {
  const items = l.criteria.items.map((it, i) => ({ ...it, number: formatNumber(s.sub, i + 1) }));
  return { ...l, criteria: { ...l.criteria, items }, steps: renumberSteps(l.steps, steps), ownSteps: renumberSteps(l.ownSteps, steps) };
}

/** Whether the data numbers this procedure or category itself. */
export function ownNumbering(ctx: ViewContext, id: string | undefined): boolean {
  const e = id ? ctx.model.index.get(id) : undefined;
  return (e?.kind === "procedure" || e?.kind === "category") && e.entity.numbering !== undefined;
}
