import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { imagePath, loadImage } from "../../load/read-image.js";
import type { AttachmentT, Model } from "../../model/model.js";
import type { Figure } from "../../tree/types.js";
import { createViewContext, type ViewContext } from "../view/context.js";
import { levelsFlowchart } from "./levels-flowchart.js";
import { diagramSummary, procedureFlowchart } from "./procedure-flowchart.js";
import { figureWords } from "./words.js";
import { spoken } from "../../diagnostics/diagnostic.js";

/** The attachment kinds that are figures. */
export const FIGURE_KINDS: ReadonlySet<string> = new Set(["flowchart", "image"]);

/** Default title of a figure attachment (the template prints `title` when the data gives one). */
export function figureTitle(model: Model, a: AttachmentT): string {
  if (a.title) return a.title;
  const w = figureWords(model.data.locale);
  if (a.kind === "flowchart" && a.procedure) {
    const p = model.data.procedures.find((x) => x.id === a.procedure);
    return w.flowchartOf(p?.name ?? a.procedure);
  }
  return a.kind === "flowchart" ? w.levelsTitle : a.id;
}


/**
 * The figures the data asks for, by attachment id, for `::: figure <id>` in
 * templates: flowcharts drawn from a procedure's steps or from the level
 * escalation, and image files read from disk. Problems (a file gone since
 * validation) come back as diagnostics at the attachment.
 */
export function figuresOf(model: Model, ctx: ViewContext = createViewContext(model)): { figures: Map<string, Figure>; diagnostics: Diagnostic[] } {
  const figures = new Map<string, Figure>();
  const diagnostics: Diagnostic[] = [];
  model.data.attachments.forEach((a, i) => {
    if (a.withheld) return;
    if (a.kind === "flowchart") {
      const p = a.procedure ? model.data.procedures.find((x) => x.id === a.procedure) : undefined;
      if (a.procedure && !p) return; // refs/unknown-id reports it
      const diagram = p ? procedureFlowchart(ctx, p) : levelsFlowchart(ctx, a.scale);
      const title = figureTitle(model, a);
      figures.set(a.id, { type: "figure", alt: a.alt ?? `${title}${ctx.t.labelSep}${diagramSummary(diagram, model.data.locale)}`, graphic: diagram });
    } else if (a.kind === "image" && a.src) {
      const r = loadImage(imagePath(model.locate(["attachments", i, "src"]).file, a.src), a.width, a.src);
      if (r.ok) figures.set(a.id, { type: "figure", alt: a.alt ?? figureTitle(model, a), graphic: r.image });
      else {
        const at = model.locate(["attachments", i, "src"]);
        diagnostics.push({ severity: "error", ruleId: "attachments/image", file: at.file, position: at.position, ...spoken(r.message, r.hint) });
      }
    }
  });
  return { figures, diagnostics };
}
