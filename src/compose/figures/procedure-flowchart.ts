import type { ProcedureT } from "../../model/model.js";
import type { Diagram, DiagramEdge, DiagramNode } from "../../tree/types.js";
import type { ViewContext } from "../view/context.js";
import { flowSteps, type FlowStep } from "./adapter.js";
import { figureWords, type FigureWords } from "./words.js";

/** A box's text: the actor on the first line, then the action (or the data's own sentence) and the recipient. */
function stepText(s: FlowStep, w: FigureWords): { text: string; detail?: string } {
  const lines = (s.text ? [s.text] : [s.actor, s.action].filter(Boolean)).map(w.line);
  if (s.to && !s.text) lines.push(`→ ${s.to}`);
  const detail = w.line([s.timing, s.record ? w.record(s.record) : ""].filter(Boolean).join(w.dot));
  return { text: lines.join("\n") || w.line(s.when), ...(detail ? { detail } : {}) };
}

/** An open end of the chart so far: the node the next node is joined to, and the label that edge carries. */
type Tail = { readonly from: string; readonly label?: string };

const join = (...labels: ReadonlyArray<string | undefined>) => labels.filter(Boolean).join("\n") || undefined;

/**
 * A procedure as a flowchart: a box per step, top to bottom, from a start to
 * an end terminal.
 * - The first step's `when` is what starts the procedure (the start terminal says it).
 * - Two or more steps in a row with `when` are alternatives: they branch side
 *   by side, each edge labelled with its condition, and join again after.
 * - A single step with `when` is a decision: "yes" through the step, "no" past it.
 * - `approval` labels the edge into its step; `to` is printed as the recipient;
 *   the deadline (or frequency) and the form to fill in form the second line.
 */
export function procedureFlowchart(ctx: ViewContext, procedure: ProcedureT): Diagram {
  const w = figureWords(ctx.t.id);
  const steps = flowSteps(ctx, procedure);
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const trigger = steps[0]?.when && !steps[1]?.when ? w.line(steps[0].when) : "";
  nodes.push({ id: "start", shape: "terminal", text: trigger || w.start });
  let tails: Tail[] = [{ from: "start" }];
  const link = (to: string, extra?: string) => {
    for (const t of tails) edges.push({ from: t.from, to, ...(join(t.label, extra) ? { label: join(t.label, extra) as string } : {}) });
  };
  for (let i = 0; i < steps.length; ) {
    const s = steps[i] as FlowStep;
    const conditional = Boolean(s.when) && !(i === 0 && trigger);
    let run = 1;
    while (conditional && steps[i + run]?.when) run++;
    if (conditional && run >= 2) {
      // Alternatives side by side.
      const next: Tail[] = [];
      for (let k = i; k < i + run; k++) {
        const alt = steps[k] as FlowStep;
        const id = `s${k + 1}`;
        nodes.push({ id, shape: "process", ...stepText(alt, w) });
        for (const t of tails) edges.push({ from: t.from, to: id, label: join(t.label, w.line(alt.when), alt.approval ? w.approvedBy(alt.approval) : undefined) as string });
        next.push({ from: id });
      }
      tails = next;
      i += run;
      continue;
    }
    if (conditional) {
      const d = `d${i + 1}`;
      nodes.push({ id: d, shape: "decision", text: w.line(s.when) });
      link(d);
      tails = [{ from: d, label: w.yes }];
    }
    const id = `s${i + 1}`;
    nodes.push({ id, shape: "process", ...stepText(s, w) });
    link(id, s.approval ? w.approvedBy(s.approval) : undefined);
    tails = conditional ? [{ from: id }, { from: `d${i + 1}`, label: w.no }] : [{ from: id }];
    i++;
  }
  nodes.push({ id: "end", shape: "terminal", text: w.end });
  link("end");
  return { type: "diagram", nodes, edges };
}

/** Plain-text reading of a diagram for its alternative text: the boxes in order. */
export function diagramSummary(d: Diagram, locale: string): string {
  const w = figureWords(locale);
  return d.nodes.map((n) => [n.text.replace(/\n/g, " "), n.detail ? `(${n.detail})` : ""].filter(Boolean).join(" ")).join(w.then);
}
