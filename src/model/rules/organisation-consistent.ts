import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

/**
 * The organisation chart holds together: a group that exists only when
 * activated is activated by some level (or says when it is formed); stand-in
 * chains do not loop; a post held concurrently (兼任) points at a role with
 * holders or a unit with a head.
 */
export const organisationConsistent: Rule = {
  id: "organisation/consistent",
  severity: "error",
  description: "Activated groups are activated, delegation chains end, concurrent posts have a holder.",
  check({ model, report }) {
    const activated = new Set(model.data.levels.flatMap((l) => l.activates ?? []));
    model.data.groups.forEach((g, i) => {
      if (g.standing === false && !activated.has(g.id) && !g.formed_when) {
        report(["groups", i, "standing"], say("group `%{id}` exists only when activated, but no level activates it", { id: g.id }), say("Add it to a level's `activates:`, or say when it is formed (`formed_when:`)."));
      }
      if (g.standing === true && activated.has(g.id)) {
        report(["groups", i, "standing"], say("group `%{id}` is standing, but a level activates (成立) it", { id: g.id }), say("Remove `standing: true`, or take it out of the level's `activates:`."));
      }
    });
    const roles = new Map(model.data.roles.map((r) => [r.id, r]));
    model.data.roles.forEach((r, i) => {
      // Follow each stand-in's own chain: reaching the role again is a loop.
      const seen = new Set<string>([r.id]);
      const queue = [...(r.delegation ?? [])];
      while (queue.length > 0) {
        const id = queue.shift() as string;
        if (id === r.id) {
          report(["roles", i, "delegation"], say("the stand-ins of `%{id}` lead back to it", { id: r.id }), say("Break the loop: a role cannot (indirectly) stand in for itself."));
          break;
        }
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(...(roles.get(id)?.delegation ?? []));
      }
      if (r.held_by) {
        const e = model.index.get(r.held_by);
        if (e?.kind === "role" && !(e.entity.holders ?? []).length && !e.entity.holders_text) report(["roles", i, "held_by"], say("role `%{by}` has no holder to hold `%{id}` concurrently", { by: r.held_by, id: r.id }), say("Give that role `holders:`."));
        if (e?.kind === "unit" && !e.entity.head) report(["roles", i, "held_by"], say("unit `%{by}` has no head to hold `%{id}` concurrently", { by: r.held_by, id: r.id }), say("Give the unit a `head:` (a person id)."));
        if (r.holders?.length) report(["roles", i, "holders"], say("role `%{id}` is held concurrently (held_by) and also names holders", { id: r.id }), say("Keep one: held_by or holders."));
      }
    });
  },
};
