import type { ProcedureT } from "../../model/model.js";
import type { ViewContext } from "../view/context.js";
import { levelView } from "../view/levels.js";
import { defaultScale, levelsOf } from "../../model/scales.js";
import { procedureView } from "../view/procedures.js";
import { resolveRefs } from "../view/refs.js";
import { plainNames } from "../sentences/naming.js";

/**
 * What a flowchart shows of a step or a level, read from the view helpers in
 * one place: when the step wording or the levels change, only this adapter
 * follows.
 */
export type FlowStep = {
  readonly when: string;
  readonly actor: string;
  readonly action: string;
  /** The data's own sentence for the step (slots filled), when it has one. */
  readonly text: string;
  readonly to: string;
  /** Deadline, else frequency, in the locale's words. */
  readonly timing: string;
  readonly approval: string;
  readonly record: string;
};

export type FlowLevel = {
  readonly name: string;
  /** The criteria on one line (text, or a list's lead-in and items). */
  readonly criteria: string;
  readonly reportTo: string;
  readonly respondWithin: string;
  readonly approveBy: string;
};

/** View text as a box shows it: references to rule values resolved, abbreviated names in their short form. */
function plain(ctx: ViewContext, s: string): string {
  return plainNames(resolveRefs(ctx, s), { entities: [...ctx.named.values()].map((n) => n.entity) });
}

export function flowSteps(ctx: ViewContext, p: ProcedureT): FlowStep[] {
  return procedureView(ctx, p).steps.map((s) => {
    // An action that places its recipient ({to}) reads whole in the box; no separate "→ recipient" line.
    const placed = s.action.includes("{to}");
    return {
    when: plain(ctx, s.when),
    actor: plain(ctx, s.actor),
    action: plain(ctx, placed ? s.action.replaceAll("{to}", s.to) : s.action),
    text: plain(ctx, s.text),
    to: placed ? "" : plain(ctx, s.to),
    timing: plain(ctx, s.deadline || s.frequency),
    approval: plain(ctx, s.approval),
    record: plain(ctx, s.record),
    };
  });
}

/** The levels of a scale from least to most severe (rank 1 is the most severe). */
export function flowLevels(ctx: ViewContext, scale: string = defaultScale(ctx.model)): FlowLevel[] {
  return levelsOf(ctx.model, scale)
    .reverse()
    .map((l) => levelView(ctx, l))
    .map((v) => ({
      name: plain(ctx, v.name),
      criteria: plain(ctx, v.criteria.inline || v.criteria.text),
      reportTo: plain(ctx, v.reportTo),
      respondWithin: plain(ctx, v.respondWithinShort),
      approveBy: plain(ctx, v.approveBy),
    }));
}
