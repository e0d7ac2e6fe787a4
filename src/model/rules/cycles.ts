import type { DataPath } from "../../load/parse-yaml.js";
import type { Rule } from "./rule.js";
import { say, type Said } from "../../diagnostics/say.js";

function findCycle(items: ReadonlyArray<{ id: string; next?: string | undefined }>): string[] | null {
  const next = new Map(items.map((x) => [x.id, x.next]));
  for (const start of items) {
    const seen: string[] = [];
    let cur: string | undefined = start.id;
    while (cur !== undefined) {
      if (seen.includes(cur)) return cur === start.id ? seen : null;
      seen.push(cur);
      cur = next.get(cur);
    }
  }
  return null;
}

export const noCycles: Rule = {
  id: "refs/cycle",
  severity: "error",
  description: "Units, groups and deputies do not point back to themselves.",
  check({ model, report }) {
    const check = (list: ReadonlyArray<{ id: string; next?: string | undefined }>, key: string, field: string, what: Said) => {
      const cycle = findCycle(list);
      if (!cycle) return;
      const i = list.findIndex((x) => x.id === cycle[0]);
      report([key, i, field] as DataPath, say("%{what} form a loop: %{cycle}", { what, cycle: [...cycle, cycle[0]].join(" → ") }), say("Break the loop: one of them must not point back."));
    };
    check(model.data.units.map((u) => ({ id: u.id, next: u.parent })), "units", "parent", say("parent units"));
    check(model.data.groups.map((g) => ({ id: g.id, next: g.parent })), "groups", "parent", say("parent groups"));
    check(model.data.people.map((p) => ({ id: p.id, next: p.deputy })), "people", "deputy", say("deputies"));
  },
};
