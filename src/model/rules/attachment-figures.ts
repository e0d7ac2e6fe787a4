import { imagePath, loadImage } from "../../load/read-image.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

/** Image attachments name a readable PNG, JPEG or SVG file. */
export const imageFiles: Rule = {
  id: "attachments/image",
  severity: "error",
  description: "An image attachment names a readable PNG, JPEG or SVG file.",
  check({ model, report }) {
    model.data.attachments.forEach((a, i) => {
      if (a.kind !== "image" || a.withheld) return;
      if (!a.src) {
        report(["attachments", i, "id"], say("image attachment `%{id}` has no `src`", { id: a.id }), say("Add `src: path/to/file.png` (PNG, JPEG or SVG, relative to this data file)."));
        return;
      }
      const r = loadImage(imagePath(model.locate(["attachments", i, "src"]).file, a.src), undefined, a.src);
      if (!r.ok) report(["attachments", i, "src"], r.message, r.hint);
    });
  },
};

/** Flowchart attachments have something to draw. */
export const flowchartSteps: Rule = {
  id: "attachments/empty-flowchart",
  severity: "error",
  description: "A flowchart attachment draws a procedure with steps, or response levels.",
  check({ model, report }) {
    model.data.attachments.forEach((a, i) => {
      if (a.kind !== "flowchart" || a.withheld) return;
      if (a.procedure) {
        const p = model.data.procedures.find((x) => x.id === a.procedure);
        if (p && p.steps.length === 0) report(["attachments", i, "procedure"], say("flowchart `%{id}` draws procedure `%{procedure}`, which has no steps", { id: a.id, procedure: p.id }), say("Add `steps:` to the procedure, or choose a procedure that has them."));
      } else if (model.data.levels.length === 0) {
        report(["attachments", i, "id"], say("flowchart `%{id}` names no procedure, and there are no response levels to draw", { id: a.id }), say("Add `procedure: <id>`, or declare `levels:`."));
      }
    });
  },
};
