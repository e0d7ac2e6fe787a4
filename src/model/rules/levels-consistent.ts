import type { LevelT } from "../model.js";
import { scaleOf } from "../scales.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

export const levelsOrdered: Rule = {
  id: "levels/order",
  severity: "error",
  description: "Within a scale, levels have distinct ranks and are listed in rank order (either direction).",
  check({ model, report }) {
    const byScale = new Map<string, number[]>();
    model.data.levels.forEach((l, i) => byScale.set(scaleOf(model, l), [...(byScale.get(scaleOf(model, l)) ?? []), i]));
    for (const indices of byScale.values()) {
      const seen = new Map<number, string>();
      let duplicate = false;
      for (const i of indices) {
        const l = model.data.levels[i] as LevelT;
        const prev = seen.get(l.rank);
        if (prev !== undefined) {
          duplicate = true;
          report(["levels", i, "rank"], say("rank %{rank} is also the rank of level `%{other}`", { rank: l.rank, other: prev }), say("Give each level of a scale its own rank (1 = most severe)."));
        }
        seen.set(l.rank, l.id);
      }
      if (duplicate || indices.length < 3) continue;
      const ranks = indices.map((i) => (model.data.levels[i] as LevelT).rank);
      const direction = Math.sign((ranks[1] as number) - (ranks[0] as number));
      const k = ranks.findIndex((r, j) => j > 0 && Math.sign(r - (ranks[j - 1] as number)) !== direction);
      if (k > 0) report(["levels", indices[k] as number, "rank"], say("levels are out of order: ranks %{ranks}", { ranks: ranks.join(", ") }), say("List the levels from most to least severe (or the reverse) without jumping back."));
    }
  },
};

/**
 * Levels say what puts an incident at them and how it is reported, once; they
 * belong to a declared scale and use its label sets; a scale has at most one
 * catch-all level; mappings go to another scale.
 */
export const levelsConsistent: Rule = {
  id: "levels/consistent",
  severity: "error",
  description: "Levels have criteria, one report deadline, a known scale and labels, and map to other scales.",
  check({ model, report, reportKey }) {
    const scales = model.data.scales;
    const catchAll = new Map<string, string>();
    model.data.levels.forEach((l, i) => {
      if (!l.criteria) reportKey(["levels", i], "id", say("level `%{id}` has no criteria", { id: l.id }), say("Add `criteria:` — text, a list of conditions, `any:`/`all:`, or `otherwise: true` for the catch-all level."));
      if (l.report_step && l.respond_within) report(["levels", i, "respond_within"], say("level `%{id}` states its report deadline twice: respond_within and report_step", { id: l.id }), say("Keep one: the report step's deadline is the level's."));
      if (scales.length > 1 && !l.scale) reportKey(["levels", i], "id", say("level `%{id}` does not say which scale it belongs to", { id: l.id }), say("Add `scale:` (%{scales}).", { scales: scales.map((s) => s.id).join(", ") }));
      const scale = scales.find((s) => s.id === scaleOf(model, l));
      for (const key of Object.keys(l.labels ?? {})) {
        if (!scale?.labels?.some((x) => x.id === key)) {
          report(
            ["levels", i, "labels", key],
            scale ? say("label set `%{key}` is not declared by scale `%{scale}`", { key, scale: scale.id }) : say("label set `%{key}` is not declared by any scale", { key }),
            say("Declare it under the scale's `labels:` ({ id, name }), or use one that is."),
          );
        }
      }
      if (l.criteria?.mode === "otherwise") {
        const key = scaleOf(model, l);
        const other = catchAll.get(key);
        if (other) report(["levels", i, "criteria"], say("level `%{other}` is already the catch-all of this scale", { other }), say("A scale has one `otherwise: true` level."));
        catchAll.set(key, l.id);
      }
      (l.maps_to ?? []).forEach((id, k) => {
        const target = model.data.levels.find((x) => x.id === id);
        if (target && scaleOf(model, target) === scaleOf(model, l)) report(["levels", i, "maps_to", k], say("`%{id}` is a level of the same scale", { id }), say("maps_to links a level to one of another scale (event grade → response level)."));
      });
      if (l.report_step) {
        const e = model.index.get(l.report_step);
        if (e?.kind === "step" && !e.entity.to?.length) report(["levels", i, "report_step"], say("step `%{step}` reports to nobody (it has no `to:`)", { step: l.report_step }), say("Name the step that reports, with its recipients."));
      }
    });
    scales.forEach((s, i) => {
      if (s.sentence_label && !s.labels?.some((x) => x.id === s.sentence_label)) report(["scales", i, "sentence_label"], say("label set `%{key}` is not declared by this scale", { key: s.sentence_label }), say("Use one of its `labels:` ids."));
      if (!model.data.levels.some((l) => scaleOf(model, l) === s.id)) reportKey(["scales", i], "id", say("scale `%{id}` has no levels", { id: s.id }), say("Give levels `scale: %{id}`, or remove the scale.", { id: s.id }));
    });
  },
};
