import type { DataPath } from "../../load/parse-yaml.js";
import { levelSteps } from "../level-actions.js";
import { lookup, type LevelT, type Model } from "../model.js";
import type { Rule } from "./rule.js";
import { list, NOTHING, say } from "../../diagnostics/say.js";

/**
 * No group acts at a level where it is not set up: a 指挥部 formed
 * (`activates`) at levels 1–2 cannot act at level 3 — nor can its office.
 * (A post acts in its own right, even when it also sits in such a group.) A group that is not
 * standing exists at a level that activates it; a group under one (its office)
 * exists only where its parent does, unless it is itself `standing: true`.
 */

/** Whether the group exists at the level. */
function groupExistsAt(model: Model, id: string, l: LevelT, seen = new Set<string>()): boolean {
  const e = model.index.get(id);
  if (e?.kind !== "group" || seen.has(id)) return true;
  seen.add(id);
  const g = e.entity;
  const standing = g.standing ?? (!model.data.levels.some((x) => x.activates?.includes(g.id)) && !g.formed_when);
  if (l.activates?.includes(g.id)) return true;
  if (!standing) return false;
  // An explicit `standing: true` stands on its own; a default one stands with its parent.
  return g.standing === true || !g.parent || groupExistsAt(model, g.parent, l, seen);
}

/** The actor id when it is a group not set up at the level, else undefined. */
function missingGroup(model: Model, id: string, l: LevelT): string | undefined {
  return model.index.get(id)?.kind === "group" && !groupExistsAt(model, id, l) ? id : undefined;
}

export const actorsSetUp: Rule = {
  id: "levels/group-not-set-up",
  severity: "warning",
  description: "Who acts at a level belongs to a group that is set up at that level.",
  check({ model, report }) {
    model.data.levels.forEach((l, li) => {
      const check = (ids: readonly string[] | undefined, path: DataPath, what: string) => {
        for (const id of ids ?? []) {
          const g = missingGroup(model, id, l);
          if (!g) continue;
          // The group itself, or the group it sits under, is what is set up at other levels.
          const parent = lookup(model, g, "group")?.parent;
          const formed = model.data.levels.some((x) => x.activates?.includes(g)) || !parent ? g : parent;
          const setUp = model.data.levels.filter((x) => x.activates?.includes(formed)).map((x) => x.id);
          const levels = list(setUp);
          const where = setUp.length === 0 ? NOTHING : formed === g ? say(" (set up only at %{levels})", { levels }) : say(" (it sits under `%{parent}`, set up only at %{levels})", { parent: formed, levels });
          report(
            path,
            say("%{what} `%{id}` acts at level %{level}, but the group is not set up at that level%{where}", { what: say(what), id, level: l.id, where }),
            say("Give the action to a body that exists at %{level}, add %{level} to the levels that activate `%{group}` (activates), or make `%{group}` standing (standing: true).", { level: l.id, group: g }),
          );
        }
      };
      for (const { step, path } of levelSteps(model, l)) check(step.actor, [...path, "actor"], "actor");
      check(l.report_by, ["levels", li, "report_by"], "reporter");
      check(l.release_by, ["levels", li, "release_by"], "releaser");
      check(l.approve_by, ["levels", li, "approve_by"], "approver");
    });
  },
};
