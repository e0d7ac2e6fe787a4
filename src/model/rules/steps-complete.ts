import { eachStep } from "../references.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

export const stepsHaveActor: Rule = {
  id: "steps/no-actor",
  severity: "warning",
  description: "Steps say who is responsible (conditional outcomes may leave it out).",
  check({ model, report }) {
    eachStep(model.data, (s, path) => {
      if ((s.actor ?? []).length === 0 && !s.when && !(s.text ?? "").includes("{actor}")) {
        report(path, say("this step has no responsible role (`actor`)"), say("Add `actor: role-id` so the checklist says who does it."));
      }
    });
  },
};

export const stepsSaySomething: Rule = {
  id: "steps/empty",
  severity: "error",
  description: "A step has an action or a text.",
  check({ model, report }) {
    eachStep(model.data, (s, path) => {
      if (!s.action && !s.text) report(path, say("this step has neither `action` nor `text`, so there is nothing to print"), say("Add `action:` (what is done) or `text:`."));
    });
  },
};

export const procedureHasSteps: Rule = {
  id: "procedures/no-steps",
  severity: "warning",
  description: "A procedure has steps (or at least an intro).",
  check({ model, report }) {
    model.data.procedures.forEach((p, i) => {
      if (p.steps.length === 0 && !p.intro) report(["procedures", i, "id"], say("procedure `%{id}` has no steps and no intro", { id: p.id }), say("Add `steps:`."));
    });
  },
};
