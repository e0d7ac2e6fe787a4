import { localeText } from "../../locale/index.js";
import { eachStep } from "../references.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

/**
 * Data that would make sentences read wrongly: a condition typed into
 * `action` (it belongs in `when`, or the deadline lands in front of it: 立即发现
 * 舆情后登记); a duty that opens with the verb the sentence already supplies
 * (办公室负责负责…); a role referred to by a name another role also has (经组长
 * 批准, with two 组长).
 */
export const grammarLint: Rule = {
  id: "text/grammar",
  severity: "warning",
  description: "Conditions go in `when`, duties do not repeat the sentence's verb, roles that sentences name are told apart.",
  check({ model, report }) {
    const t = localeText(model.data.locale);
    eachStep(model.data, (s, path) => {
      if (s.action && !s.text && t.lint.condition.test(s.action.trim())) {
        report([...path, "action"], say("the action “%{action}” opens with a condition", { action: s.action.trim() }), say("Put the condition in `when:` and keep `action:` a verb phrase, so the deadline and recipient land in the right place."));
      }
    });
    const duties = (list: readonly string[] | undefined, base: (string | number)[]) =>
      list?.forEach((d, k) => {
        if (t.lint.dutyVerb.test(d.trim())) report([...base, k], say("the duty “%{duty}” opens with the verb the sentence already supplies", { duty: d.trim() }), say("Drop the opening verb: the sentence says it (…负责 / … is responsible for)."));
      });
    model.data.roles.forEach((r, i) => duties(r.duties, ["roles", i, "duties"]));
    model.data.groups.forEach((g, i) => duties(g.duties, ["groups", i, "duties"]));
    model.data.units.forEach((u, i) => duties(u.duties, ["units", i, "duties"]));
    // Roles a sentence names (as actor, recipient or approver) must be told apart by name.
    const byName = new Map<string, string[]>();
    for (const r of model.data.roles) byName.set(r.name, [...(byName.get(r.name) ?? []), r.id]);
    const inGroup = new Set(model.data.groups.flatMap((g) => g.members ?? []));
    eachStep(model.data, (s, path) => {
      for (const [key, ids] of [["actor", s.actor], ["to", s.to], ["approval", s.approval]] as const) {
        ids?.forEach((id, k) => {
          const role = model.data.roles.find((r) => r.id === id);
          const same = role ? (byName.get(role.name) ?? []).filter((x) => x !== id) : [];
          // Group positions (组长, 成员) are named with their group in the contact sheet; in a sentence they are ambiguous.
          if (role && same.length > 0 && !role.abbr) {
            report(
              [...path, key, k],
              say("“%{name}” names two roles here (`%{id}` and `%{others}`): the sentence cannot tell them apart", { name: role.name, id, others: same.join("`, `") }),
              say("Name them apart (e.g. 领导小组%{name}), or give `%{id}` an `abbr:`%{group}.", { name: role.name, id, group: inGroup.has(id) ? say(" — or refer to its group") : "" }),
            );
          }
        });
      }
    });
  },
};
