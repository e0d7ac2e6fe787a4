import type { LevelT, ProcedureT } from "../../model/model.js";
import type { ViewContext } from "../view/context.js";
import { levelView, procedureView } from "../view/procedures.js";

/**
 * What a flowchart shows of a step or a level, read from the view helpers in
 * one place: the step sentence grammar and the levels are being reworked, and
 * when they change only this adapter follows.
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
  readonly criteria: readonly string[];
  readonly reportTo: string;
  readonly respondWithin: string;
  readonly approveBy: string;
};

export function flowSteps(ctx: ViewContext, p: ProcedureT): FlowStep[] {
  return procedureView(ctx, p).steps.map((s) => ({
    when: s.when,
    actor: s.actor,
    action: s.action,
    text: s.text,
    to: s.to,
    timing: s.deadline || s.frequency,
    approval: s.approval,
    record: s.record,
  }));
}

/** The response levels from least to most severe (rank 1 is the most severe). */
export function flowLevels(ctx: ViewContext): FlowLevel[] {
  return [...ctx.model.data.levels]
    .sort((a: LevelT, b: LevelT) => b.rank - a.rank)
    .map((l) => levelView(ctx, l))
    .map((v) => ({ name: v.name, criteria: v.criteria, reportTo: v.reportTo, respondWithin: v.respondWithinShort, approveBy: v.approveBy }));
}
