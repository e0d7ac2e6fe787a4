import type { ViewContext } from "../view/context.js";
import { figureTitle, FIGURE_KINDS } from "./figures-of.js";

export type FigureAttachmentView = { id: string; mark: string; title: string };

/**
 * The figure attachments (flowcharts, images) for templates, each with its
 * mark — “附件1” / “Appendix A”, numbered by its place among all attachments —
 * and title (withheld ones are left to the full attachment rendering). A stop-gap until the full attachment view lists every kind.
 */
export function figureAttachments(ctx: ViewContext): FigureAttachmentView[] {
  return ctx.model.data.attachments.flatMap((a, k) => {
    if (!FIGURE_KINDS.has(a.kind) || a.withheld) return [];
    const mark = ctx.attachmentLabels.get(a.id) ?? a.label ?? ctx.t.attachmentLabel(k + 1);
    return [{ id: a.id, mark, title: figureTitle(ctx.model, a) }];
  });
}
