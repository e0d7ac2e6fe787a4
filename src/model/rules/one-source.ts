import { localeText } from "../../locale/index.js";
import type { DeadlineT, Model, StepT } from "../model.js";
import { eachStep } from "../references.js";
import { eachText, RULE_VALUE_KEYS, TEXT_REF } from "../text-refs.js";
import type { Rule } from "./rule.js";
import { placeOf, type Place } from "../../diagnostics/place.js";
import { say, type Said } from "../../diagnostics/say.js";

/** A rule value free text might state again: a deadline, a per-day count, round-the-clock duty. */
type RuleValue = { readonly minutes?: number; readonly perDay?: number; readonly what: Said; readonly rule: Place; readonly ref: string; readonly roundTheClock?: boolean; /** The form the step records. */ readonly record?: string };

function minutesOf(d: DeadlineT | undefined): number | undefined {
  return d?.kind === "within" ? d.duration.minutes : undefined;
}


function ruleValues(model: Model): RuleValue[] {
  const out: RuleValue[] = [];
  eachStep(model.data, (s: StepT, path) => {
    const rule = placeOf(path, model.raw);
    const of = { rule, ...(s.record ? { record: s.record } : {}) };
    const m = minutesOf(s.deadline);
    if (m !== undefined) out.push({ minutes: m, what: say("deadline"), ...of, ref: s.id ? `{${s.id}.within}` : "" });
    if (s.lasts) out.push({ minutes: s.lasts.minutes, what: say("duration (lasts)"), ...of, ref: s.id ? `{${s.id}.lasts}` : "" });
    const f = s.frequency;
    if (f?.kind === "times" && f.per === "day") out.push({ perDay: f.times, what: say("frequency"), ...of, ref: s.id ? `{${s.id}.frequency}` : "" });
    if (f?.kind === "continuous") out.push({ minutes: 1440, roundTheClock: true, what: say("frequency (round the clock)"), ...of, ref: s.id ? `{${s.id}.frequency}` : "" });
  });
  model.data.levels.forEach((l, i) => {
    const m = minutesOf(l.respond_within);
    if (m !== undefined) out.push({ minutes: m, what: say("report deadline"), rule: placeOf(["levels", i], model.raw), ref: `{${l.id}.within}` });
  });
  return out;
}

/** Text that is history or never printed (it may state old values), and the rule values themselves. */
const SKIP: ReadonlySet<string> = new Set(["revisions", "note", "theme", "templates", "extends", "id", ...RULE_VALUE_KEYS]);
const NAMES: ReadonlySet<string> = new Set(["name", "short_name", "title"]);

/**
 * Free text that states a duration or a daily count a rule already holds
 * ("1小时内报校领导小组" beside a step whose deadline is 1h) goes stale when
 * the rule changes: it should refer to the rule ({step.within}). Text on a
 * form that a step records, stating another duration than that step's
 * deadline, contradicts it.
 */
export const textRepeatsRule: Rule = {
  id: "text/repeats-rule",
  severity: "warning",
  description: "Free text refers to rule values instead of restating them.",
  check({ model, report }) {
    const t = localeText(model.data.locale);
    const values = ruleValues(model);
    if (values.length === 0) return;
    const recorded = formDeadlines(model);
    eachText(model.raw, (text, path) => {
      if (path.some((k) => typeof k === "string" && SKIP.has(k))) return;
      // A name such as 24小时值班室 names a post, not the rule that staffs it round the clock.
      const isName = NAMES.has(String(path[path.length - 1]));
      const formId = path[0] === "forms" && typeof path[1] === "number" ? model.data.forms[path[1]]?.id : undefined;
      for (const m of t.mentions(text.replace(TEXT_REF, ""))) {
        const matching = values.filter((v) => (m.minutes !== undefined && v.minutes === m.minutes && !(isName && v.roundTheClock)) || (m.perDay !== undefined && v.perDay === m.perDay));
        // On a form, the rule of the step that records it is the one the text restates.
        const same = matching.find((v) => formId !== undefined && v.record === formId) ?? matching[0];
        const here = { text: `'${m.text}'`, place: placeOf(path, model.raw) };
        if (same) {
          report(
            path,
            say("%{text} in %{place} repeats the %{what} of %{rule} — refer to it instead", { ...here, what: same.what, rule: same.rule }),
            same.ref ? say("Write %{ref} where the text states it, so it follows the rule.", { ref: same.ref }) : say("Give that step an `id:` and write {id.within} (or {id.frequency}) where the text states it."),
          );
          continue;
        }
        const form = path[0] === "forms" && typeof path[1] === "number" ? recorded.get(path[1]) : undefined;
        if (form && m.minutes !== undefined) {
          report(path, say("%{text} in %{place} contradicts the %{what} of %{rule}", { ...here, what: form.what, rule: form.rule }), say("Refer to the rule instead: %{ref}.", { ref: form.ref || say("give the step an id and write {id.within}") }));
        }
      }
    });
  },
};

/** The deadline of the (first) step that records each form, by form index. */
function formDeadlines(model: Model): Map<number, RuleValue> {
  const out = new Map<number, RuleValue>();
  eachStep(model.data, (s, path) => {
    const i = s.record ? model.data.forms.findIndex((f) => f.id === s.record) : -1;
    const m = minutesOf(s.deadline);
    if (i >= 0 && m !== undefined && !out.has(i)) out.set(i, { minutes: m, what: say("deadline"), rule: placeOf(path, model.raw), ref: s.id ? `{${s.id}.within}` : "" });
  });
  return out;
}

/**
 * A level's report deadline (`respond_within`) has one source: a step of the
 * level that reports to the same recipients takes it, and states no deadline
 * of its own.
 */
export const levelReportOnce: Rule = {
  id: "levels/report-deadline",
  severity: "warning",
  description: "A level's report deadline is stated once.",
  check({ model, report }) {
    model.data.levels.forEach((l, i) => {
      if (!l.respond_within || !l.report_to?.length) return;
      const own = minutesOf(l.respond_within);
      (l.steps ?? []).forEach((s, k) => {
        if (!s.deadline || !s.to?.some((x) => l.report_to?.includes(x))) return;
        const same = minutesOf(s.deadline) === own && s.deadline.kind === l.respond_within?.kind;
        report(
          ["levels", i, "steps", k, "deadline"],
          same
            ? say("this step repeats level %{id}'s report deadline (respond_within)", { id: l.id })
            : say("this step's deadline contradicts level %{id}'s report deadline (respond_within)", { id: l.id }),
          say("Remove the step's deadline: a step that reports to the level's report_to takes respond_within."),
        );
      });
    });
  },
};
