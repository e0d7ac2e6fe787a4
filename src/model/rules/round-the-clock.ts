import { localeText } from "../../locale/index.js";
import { roundTheClock } from "../duty-hours.js";
import { eachStep } from "../references.js";
import { placeOf } from "../../diagnostics/place.js";
import { say } from "../../diagnostics/say.js";
import { eachText, TEXT_REF } from "../text-refs.js";
import type { Rule } from "./rule.js";

/**
 * “24-hour” duty or monitoring is true only of the shifts: a round-the-clock
 * step (frequency continuous) or a text that says 24小时值班 while the shifts
 * cover part of the day says what nobody does. Round-the-clock duty in a
 * heightened period (a step with a condition, or a sentence naming one of
 * duty.heightened) is the exception — unless the shifts already cover every
 * day, when “24 hours in 特殊时期” says nothing the rota does not.
 */
export const roundTheClockTrue: Rule = {
  id: "duty/not-24-hours",
  severity: "warning",
  description: "24-hour duty or monitoring is stated only when the duty shifts cover 24 hours.",
  check({ model, report }) {
    const duty = model.data.duty;
    const shifts = duty?.shifts ?? [];
    if (shifts.length === 0) return;
    const full = roundTheClock(duty);
    const hours = shifts.map((s) => `${s.from}–${s.to}`).join(", ");
    const heightened = duty?.heightened ?? [];
    const t = localeText(model.data.locale);
    eachStep(model.data, (s, path) => {
      if (s.frequency?.kind !== "continuous" || (s.at_levels?.length ?? 0) > 0) return;
      const special = Boolean(s.when) || heightened.includes(s.frequency.during ?? "");
      if (!full && !special) {
        report([...path, "frequency"], say("this step runs round the clock, but the duty shifts cover only %{hours}", { hours }), say("Add shifts that cover the whole day, give the step the condition it applies in (`when`, e.g. a heightened period), or give it the frequency the shifts allow."));
      } else if (full && special) {
        report([...path, "frequency"], say("this step is round the clock only %{when}, but the shifts (%{hours}) already cover 24 hours every day", { when: s.when ?? s.frequency.during ?? "", hours }), say("Say which is true: make the rota cover the working day, or drop the condition."));
      }
    });
    if (full) return;
    eachText(model.raw, (text, path) => {
      const key = String(path[path.length - 1]);
      if (key === "note" || path.includes("revisions") || key === "name" || key === "title" || key === "short_name") return;
      for (const sentence of text.replace(TEXT_REF, "").split(/[。；;]|\.\s/u)) {
        const m = t.checks.roundTheClock.exec(sentence);
        if (!m || heightened.some((h) => sentence.includes(h))) continue;
        report(path, say("'%{text}' in %{place}, but the duty shifts cover only %{hours}", { text: m[0], place: placeOf(path, model.raw), hours }), say("Print the hours the shifts cover, or add shifts that cover the whole day."));
      }
    });
  },
};
