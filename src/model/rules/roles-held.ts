import type { Rule } from "./rule.js";

export const rolesHeld: Rule = {
  id: "roles/unheld",
  severity: "warning",
  description: "Every role is held by someone (named holders or a holders_text).",
  check({ model, report }) {
    model.data.roles.forEach((r, i) => {
      if ((r.holders ?? []).length === 0 && !r.holders_text && !r.held_by) {
        report(["roles", i, "id"], `nobody holds the role \`${r.id}\` (${r.name})`, "Add `holders: [person-id]` or describe them in `holders_text`.");
      }
    });
  },
};
