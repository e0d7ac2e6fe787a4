import { levelActions } from "../level-actions.js";
import { levelReport } from "../level-report.js";
import type { LevelT, Model } from "../model.js";
import { scaleOf } from "../scales.js";
import type { Rule } from "./rule.js";
import { list, say, type Said } from "../../diagnostics/say.js";

/**
 * A response level tells the duty officer whom to report to and by when, and
 * every row of its checklist says who does it and by when: the level's own
 * rules (report, notify, groups set up, decision, approval, release) and its
 * steps. Levels of warning, event-grade and other scales are graded, not
 * responded to, and need no report of their own.
 */

function responds(model: Model, l: LevelT): boolean {
  const scale = model.data.scales.find((s) => s.id === scaleOf(model, l));
  return (scale?.kind ?? "response") === "response";
}

const HINTS: Record<string, Said> = {
  report: say("Say who reports: report_by: <role id>, or report_step: <id of the step that makes the report>."),
  notify: say("Say who reports (report_by), who also tells these."),
  activate: say("Give the group a leader (its first member) or a parent group."),
  decide: say("Give the decision a deadline: approve_within: 1h (or immediately, promptly …)."),
  approve: say("Give the approval a deadline: approve_within: 1h (or immediately, promptly …)."),
  release: say("Give the first statement a deadline: release_within: 1h (or first-moment, promptly …)."),
};

export const levelHasReport: Rule = {
  id: "levels/no-report",
  severity: "warning",
  description: "A response level says whom to report to and by when.",
  check({ model, report }) {
    model.data.levels.forEach((l, i) => {
      if (!responds(model, l)) return;
      const r = levelReport(model, l);
      if (r.to.length === 0) report(["levels", i, "id"], say("level %{id} has no report rule: whom to report to, and by when", { id: l.id }), say("Add report_to: <id> with respond_within: 1h, or report_step: <id of the step that makes the report>."));
      else if (!r.within) report(["levels", i, l.report_step ? "report_step" : "report_to"], say("level %{id}'s report has no deadline", { id: l.id }), say("Add respond_within: 1h (or give the report step a deadline)."));
    });
  },
};

export const levelRowsComplete: Rule = {
  id: "levels/row-incomplete",
  severity: "warning",
  description: "Every row of a level's checklist has an owner and a deadline.",
  check({ model, report, reportKey }) {
    model.data.levels.forEach((l, i) => {
      const { before, after, steps: own, made, within } = levelActions(model, l);
      for (const a of [...before, ...after]) {
        const missing = [a.owner.length === 0 ? say("owner") : undefined, a.deadline ? undefined : say("deadline")].filter((x): x is Said => x !== undefined);
        if (missing.length === 0) continue;
        reportKey(["levels", i], a.key, say("the %{row} row of level %{id}'s checklist has no %{missing}", { row: say(a.kind), id: l.id, missing: list(missing) }), HINTS[a.kind]);
      }
      for (const { step, path } of own) {
        if (step.checklist === false) continue;
        const timed = step.deadline || step.frequency || (step === made?.step && within);
        const owner = (step.actor?.length ?? 0) > 0 || (step.text ?? "").includes("{actor}");
        if (owner && timed) continue;
        const missing = [owner ? undefined : say("owner (actor)"), timed ? undefined : say("deadline")].filter((x): x is Said => x !== undefined);
        report(path, say("this step is a row of level %{id}'s checklist with no %{missing}", { id: l.id, missing: list(missing) }), owner ? say("Add deadline: (1h, immediately, promptly …) or frequency:.") : say("Add actor: <role id>."));
      }
    });
  },
};
