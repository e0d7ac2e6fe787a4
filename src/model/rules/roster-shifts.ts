import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

export const rosterShifts: Rule = {
  id: "duty/unknown-shift",
  severity: "error",
  description: "Duty roster entries name shifts declared under duty.shifts.",
  check({ model, report }) {
    const duty = model.data.duty;
    if (!duty?.roster) return;
    const shifts = new Set((duty.shifts ?? []).map((s) => s.id));
    duty.roster.forEach((entry, i) => {
      if (entry.shift !== undefined && !shifts.has(entry.shift)) {
        report(["duty", "roster", i, "shift"], say("unknown shift `%{shift}`", { shift: entry.shift }), shifts.size ? say("Declared shifts: %{shifts}.", { shifts: [...shifts].join(", ") }) : say("Declare it under duty.shifts."));
      }
    });
  },
};
