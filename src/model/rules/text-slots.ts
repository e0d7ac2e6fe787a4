import { findSlots, ROLE_SLOTS, STEP_SLOTS } from "../slots.js";
import { suggest } from "../schema-diagnostics.js";
import type { Rule } from "./rule.js";
import type { DataPath } from "../../load/parse-yaml.js";
import { eachStep } from "../references.js";
import { say } from "../../diagnostics/say.js";

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
          report(
            path,
            say("unknown slot {%{slot}}%{near}", { slot, near: near ? say(" — did you mean {%{near}}?", { near }) : "" }),
            say("Slots allowed here: %{slots}.", { slots: allowed.map((s) => `{${s}}`).join(" ") }),
          );
        }
      }
    };
    eachStep(model.data, (s, path) => {
      check([...path, "text"], s.text, STEP_SLOTS);
      check([...path, "action"], s.action, STEP_SLOTS);
    });
    model.data.roles.forEach((r, i) => check(["roles", i, "appointment"], r.appointment, ROLE_SLOTS));
  },
};
