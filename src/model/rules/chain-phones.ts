import { escalationOrder } from "../escalation.js";
import type { Rule } from "./rule.js";
import { say, type Said } from "../../diagnostics/say.js";

/**
 * Everyone on the escalation chain can be called. The chain's people are the
 * people it names, the holders of its posts and the heads of its units (the
 * contact sheet lists them in escalation order); a unit on the chain with no
 * head or liaison leaves the duty officer no one to call. Role holders
 * without a phone are already reported by contacts/no-phone.
 */
export const chainReachable: Rule = {
  id: "contacts/chain-no-phone",
  severity: "warning",
  description: "Everyone on the escalation chain has a phone number.",
  check({ model, report }) {
    const holders = new Set(model.data.roles.flatMap((r) => r.holders ?? []));
    const reported = new Set<string>();
    const person = (id: string, via: Said) => {
      const e = model.index.get(id);
      if (e?.kind !== "person") return;
      const p = e.entity;
      if (holders.has(id) || reported.has(id) || Object.values(p.phones ?? {}).some(Boolean)) return;
      reported.add(id);
      report([...e.path, "id"], say("%{name} (`%{id}`) is on the escalation chain (%{via}) but has no phone number", { name: p.name, id, via }), say("Add `phones: { mobile: …, office: … }`: the contact sheet lists the chain in order."));
    };
    for (const { id } of escalationOrder(model)) {
      const e = model.index.get(id);
      if (e?.kind === "person") person(id, say("named in a report"));
      if (e?.kind !== "unit") continue;
      const u = e.entity;
      if (u.head) person(u.head, say("head of %{unit}", { unit: u.name }));
      else if (u.liaison) person(u.liaison, say("liaison of %{unit}", { unit: u.name }));
      else {
        report([...e.path, "id"], say("unit %{name} (`%{id}`) is on the escalation chain but has no head or liaison to call", { name: u.name, id: u.id }), say("Add head: <person id> (or liaison:) with a phone number."));
      }
    }
  },
};
