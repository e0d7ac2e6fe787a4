import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

export const contactsReachable: Rule = {
  id: "contacts/no-phone",
  severity: "warning",
  description: "People who hold roles, and external bodies, have at least one phone number.",
  check({ model, report }) {
    const holders = new Set(model.data.roles.flatMap((r) => r.holders ?? []));
    for (const r of model.data.duty?.roster ?? []) for (const p of r.people) holders.add(p);
    model.data.people.forEach((p, i) => {
      const phones = Object.values(p.phones ?? {}).filter(Boolean);
      if (holders.has(p.id) && phones.length === 0) {
        report(["people", i, "id"], say("%{name} (`%{id}`) holds a role but has no phone number", { name: p.name, id: p.id }), say("Add `phones: { mobile: …, office: … }`: the contact sheet lists them."));
      }
    });
    model.data.external.forEach((e, i) => {
      if (Object.values(e.phones ?? {}).filter(Boolean).length === 0 && !e.email) {
        report(["external", i, "id"], say("external body %{name} (`%{id}`) has no phone number or e-mail", { name: e.name, id: e.id }), say("Add `phones: { duty: … }`."));
      }
    });
  },
};
