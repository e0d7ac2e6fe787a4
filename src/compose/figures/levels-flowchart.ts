import type { Diagram, DiagramEdge, DiagramNode } from "../../tree/types.js";
import type { ViewContext } from "../view/context.js";
import { flowLevels } from "./adapter.js";
import { figureWords, type FigureWords } from "./words.js";

/** The first sentence of the criteria, shortened to `max` characters. */
export function criteriaSummary(criteria: string, max: number, w: FigureWords): string {
  const first = criteria.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[。；;！!？?])/.exec(first)?.[1] ?? first;
  const chars = [...sentence.replace(/[。；;.]$/, "")];
  const more = sentence !== first;
  if (chars.length <= max) return chars.join("") + (more ? w.ellipsis : "");
  return chars.slice(0, max).join("") + w.ellipsis;
}

/**
 * The level escalation as a ladder: from the start (an incident is assessed)
 * through the levels from least to most severe, each box naming the level,
 * its criteria in short, whom it reports to and how fast it responds; the
 * edges between them say the situation escalates.
 */
export function levelsFlowchart(ctx: ViewContext, scale?: string): Diagram {
  const w = figureWords(ctx.t.id);
  const levels = flowLevels(ctx, scale);
  const max = ctx.t.id.startsWith("en") ? 90 : 40;
  const nodes: DiagramNode[] = [{ id: "start", shape: "terminal", text: w.levelsStart }];
  const edges: DiagramEdge[] = [];
  levels.forEach((l, k) => {
    const id = `l${k + 1}`;
    const detail = [
      w.line(criteriaSummary(l.criteria, max, w)),
      [l.reportTo ? w.reportTo(l.reportTo) : "", l.respondWithin ? w.respond(l.respondWithin) : ""].filter(Boolean).join(w.dot),
      l.approveBy ? w.approve(l.approveBy) : "",
    ].filter(Boolean);
    nodes.push({ id, shape: "process", text: l.name, ...(detail.length ? { detail: detail.join("\n") } : {}) });
    edges.push({ from: k === 0 ? "start" : `l${k}`, to: id, ...(k > 0 ? { label: w.escalate } : {}) });
  });
  return { type: "diagram", nodes, edges };
}
