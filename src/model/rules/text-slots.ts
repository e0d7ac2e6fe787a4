import { findSlots, ROLE_SLOTS, STEP_SLOTS } from "../slots.js";
import { suggest } from "../schema-diagnostics.js";
import type { Rule } from "./rule.js";
import type { DataPath } from "../../load/parse-yaml.js";
import type { StepT } from "../model.js";

export const textSlots: Rule = {
  id: "text/unknown-slot",
  severity: "error",
  description: "Slots such as {deadline} in step and role texts are ones planwright knows.",
  check({ model, report }) {
    const check = (path: DataPath, text: string | undefined, allowed: readonly string[]) => {
      if (!text) return;
      for (const slot of findSlots(text)) {
        if (!allowed.includes(slot)) {
          const near = suggest(slot, allowed);
          report(path, `unknown slot {${slot}}${near ? ` — did you mean {${near}}?` : ""}`, `Slots allowed here: ${allowed.map((s) => `{${s}}`).join(" ")}.`);
        }
      }
    };
    const steps = (base: DataPath, list: readonly StepT[] | undefined) =>
      list?.forEach((s, i) => {
        check([...base, i, "text"], s.text, STEP_SLOTS);
        check([...base, i, "action"], s.action, STEP_SLOTS);
      });
    model.data.procedures.forEach((p, i) => steps(["procedures", i, "steps"], p.steps));
    model.data.levels.forEach((l, i) => steps(["levels", i, "steps"], l.steps));
    model.data.roles.forEach((r, i) => check(["roles", i, "appointment"], r.appointment, ROLE_SLOTS));
  },
};
