import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

export const rolesHeld: Rule = {
  id: "roles/unheld",
  severity: "warning",
  description: "Every role is held by someone (named holders or a holders_text).",
  check({ model, report }) {
    model.data.roles.forEach((r, i) => {
      if ((r.holders ?? []).length === 0 && !r.holders_text && !r.held_by) {
        report(["roles", i, "id"], say("nobody holds the role `%{id}` (%{name})", { id: r.id, name: r.name }), say("Add `holders: [person-id]` or describe them in `holders_text`."));
      }
    });
  },
};
