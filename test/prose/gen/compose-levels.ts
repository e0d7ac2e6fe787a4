import { actors, type Ctx } from "./compose.js";
import { composeStep } from "./compose-procedures.js";
import { at, freshOrNone, unique } from "./pick.js";

const WITHIN = ["30min", "1h", "2h", "half-day", "1d"];
const STAGES: Record<string, [string, string]> = { warning: ["issue", "lift"], response: ["activate", "deactivate"] };

/** Scales and their levels: every kind, label sets, criteria of every form, reports to recipients or through a step, releases, groups activated. */
export function composeLevels(c: Ctx): void {
  const { spec, pools } = c;
  const specs = spec.scales.filter((s, i) => spec.scales.findIndex((o) => o.kind === s.kind) === i);
  const declare = specs.length > 1 || specs.some((s) => s.declared);
  const scales: Array<Record<string, unknown>> = [];
  const levels: Array<Record<string, unknown>> = [];
  const activated = c.groups.filter((g) => g.activation === "activated").map((g) => g.id);
  let stepNo = 0;
  specs.forEach((s, si) => {
    const pool = pools.levels[s.kind];
    const scaleId = `sc${si + 1}`;
    const labelSets = declare ? unique(s.labels.map((l) => at(pools.labelSets, l))) : [];
    if (declare) {
      c.scales.push(scaleId);
      scales.push({
        id: scaleId,
        name: pool.scale,
        kind: s.kind,
        of: pool.of,
        ...(labelSets.length ? { labels: labelSets.map((l, k) => ({ id: `set${k + 1}`, name: l.name })) } : {}),
        ...(labelSets.length && s.sentenceLabel ? { sentence_label: "set1" } : {}),
        ...(STAGES[s.kind] && s.stages && c.procedures.length ? { stages: STAGES[s.kind]!.map((stage, k) => ({ stage, procedure: at(c.procedures, k) })) } : {}),
      });
    }
    const count = Math.min(s.levels.length, pool.names.length);
    const usedCriteria = c.used.criteria;
    for (let k = 0; k < count; k++) {
      const l = s.levels[k]!;
      const id = `l${si + 1}-${k + 1}`;
      c.levels.push(id);
      const level: Record<string, unknown> = { id, name: pool.names[k], ...(declare ? { scale: scaleId } : {}), rank: String(k + 1) };
      if (labelSets.length) level.labels = Object.fromEntries(labelSets.map((set, j) => [`set${j + 1}`, at(set.values, k)]));
      const last = k === count - 1;
      if (last && s.otherwise && k > 0) level.criteria = { otherwise: "true" };
      // No two levels are told apart by the same words: each criterion is used once; when the words run out, a measure tells them apart.
      else {
        const words = (n: number) => freshOrNone(pools.criteria, n, usedCriteria);
        const m = at(pools.measures, l.pick);
        const cond = { measure: m.measure, over: String(10000 / 10 ** k), ...(m.unit ? { unit: m.unit } : {}) };
        const text = l.criteria === "text" || l.criteria === "any" ? words(l.pick + k) : undefined;
        const second = l.criteria === "any" && text !== undefined ? words(l.pick + k + 1) : undefined;
        if (l.criteria === "text" && text !== undefined) level.criteria = text;
        else if (l.criteria === "any" && text !== undefined) level.criteria = second !== undefined ? [text, second] : text;
        else {
          const also = l.criteria === "all" ? words(k) : undefined;
          level.criteria = also !== undefined ? { all: [cond, also] } : { any: [cond] };
        }
      }
      if (l.examples && !c.zh) level.examples = ["a road closure", "a power cut"];
      const all = actors(c);
      const steps = l.steps.map((st) => composeStep(c, st, `lst${++stepNo}`));
      if (l.report === "to") (level.report_to = unique(l.reportTo.map((r) => at(all, r)))), (level.respond_within = at(WITHIN, l.within));
      if (l.report === "step") {
        const st = composeStep(c, { ...(l.steps[0] ?? { actors: [0], either: false, action: 2, text: false, id: true }), deadline: { kind: "duration", pick: l.within } } as never, `lst${++stepNo}`, { needsTo: true });
        delete st.text;
        st.action = c.zh ? "报告" : "notifies";
        steps.push(st);
        level.report_step = st.id;
      }
      if (l.notify !== undefined) level.notify = at(all, l.notify);
      if (l.releaseBy !== undefined) level.release_by = at(all, l.releaseBy);
      if (l.approveBy !== undefined) level.approve_by = at(all, l.approveBy);
      if (l.overrideBy !== undefined && c.external.length) level.override_by = at(c.external, l.overrideBy);
      // Groups set up only when activated: the most severe levels set them up.
      if (k === 0 && activated.length) level.activates = activated;
      if (steps.length) level.steps = steps;
      if (l.procedure !== undefined && c.procedures.length) level.procedure = at(c.procedures, l.procedure);
      if (si > 0 && c.levels.length > k) level.maps_to = `l1-${Math.min(k + 1, specs[0]!.levels.length, pools.levels[specs[0]!.kind].names.length)}`;
      levels.push(level);
    }
  });
  // Groups set up when activated are not standing; one that no level activates is set up when it is formed instead.
  for (const id of activated) {
    const group = (c.data.groups as Array<Record<string, unknown>>).find((x) => x.id === id)!;
    group.standing = "false";
    if (levels.length === 0) group.formed_when = at(pools.formedWhen, 0);
  }
  c.data.scales = scales;
  c.data.levels = levels;
}
