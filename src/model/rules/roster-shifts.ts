import type { Rule } from "./rule.js";

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
        report(["duty", "roster", i, "shift"], `unknown shift \`${entry.shift}\``, shifts.size ? `Declared shifts: ${[...shifts].join(", ")}.` : "Declare it under duty.shifts.");
      }
    });
  },
};
