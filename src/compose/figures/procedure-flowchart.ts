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
 * - Steps in a row with different conditions (`when`) are alternatives: they
 *   branch side by side, each edge labelled with its condition, and join again
 *   after; steps in a row under the same condition are one branch, in order.
 * - A step (or a run of steps) under one condition is a decision: "yes"
 *   through the steps, "no" past them.
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
  const box = (k: number) => {
    const id = `s${k + 1}`;
    nodes.push({ id, shape: "process", ...stepText(steps[k] as FlowStep, w) });
    return id;
  };
  for (let i = 0; i < steps.length; ) {
    const s = steps[i] as FlowStep;
    const conditional = Boolean(s.when) && !(i === 0 && trigger);
    let run = 1;
    while (conditional && steps[i + run]?.when) run++;
    // Steps in a row under the same condition are one branch, in sequence (alert, then confirm).
    const branches: number[][] = [];
    for (let k = i; k < i + run; k++) {
      const last = branches[branches.length - 1];
      if (last && steps[last[0] as number]?.when === steps[k]?.when) last.push(k);
      else branches.push([k]);
    }
    if (conditional && branches.length >= 2) {
      // Alternatives side by side, each its steps in order.
      const next: Tail[] = [];
      for (const branch of branches) {
        let prev = "";
        for (const k of branch) {
          const alt = steps[k] as FlowStep;
          const id = box(k);
          const approved = alt.approval ? w.approvedBy(alt.approval) : undefined;
          if (!prev) for (const t of tails) edges.push({ from: t.from, to: id, label: join(t.label, w.line(alt.when), approved) as string });
          else edges.push({ from: prev, to: id, ...(approved ? { label: approved } : {}) });
          prev = id;
        }
        next.push({ from: prev });
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
    const sequence = conditional ? (branches[0] as number[]) : [i];
    for (const k of sequence) {
      const id = box(k);
      const step = steps[k] as FlowStep;
      link(id, step.approval ? w.approvedBy(step.approval) : undefined);
      tails = [{ from: id }];
    }
    if (conditional) tails = [...tails, { from: `d${i + 1}`, label: w.no }];
    i += sequence.length;
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
