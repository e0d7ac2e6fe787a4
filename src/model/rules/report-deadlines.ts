import type { DataPath } from "../../load/parse-yaml.js";
import { localeText } from "../../locale/index.js";
import { isOpenDeadline, levelProcedures, levelSteps } from "../level-actions.js";
import { levelReport } from "../level-report.js";
import type { DeadlineT, LevelT, Model, StepT } from "../model.js";
import { eachSection, eachStep } from "../references.js";
import { levelsOf } from "../scales.js";
import { TEXT_REF } from "../text-refs.js";
import type { Rule } from "./rule.js";
import { list, say, type Said } from "../../diagnostics/say.js";
import { escapeRegExp } from "../../text/regexp.js";

/**
 * One report, one deadline. A level's report to its recipients is due within
 * its deadline; a step that applies at that level and reports to the same
 * recipients with another deadline states the same report twice (“镇领导小组
 * 在1小时内报告” beside “一般舆情应在半天内报告”). So does a sentence of the
 * plan's text that names a recipient and a time no rule gives for reports to it.
 */

const same = (a: DeadlineT, b: DeadlineT) =>
  isOpenDeadline(a) ||
  (a.kind === "within" && b.kind === "within" ? a.duration.minutes === b.duration.minutes : a.kind === "vague" && b.kind === "vague" && a.term === b.term);

function show(model: Model, d: DeadlineT): string {
  return localeText(model.data.locale).deadlineShort(d);
}

/** Steps that apply at a level: its own (levelSteps), and the steps of procedures bound to no level or scale stage. */
function stepsAt(model: Model, l: LevelT): Array<{ step: StepT; path: DataPath; own: boolean }> {
  const d = model.data;
  const bound = levelProcedures(model);
  const own = levelSteps(model, l).map((x) => ({ ...x, own: true }));
  const general = d.procedures.flatMap((p, i) =>
    bound.has(p.id) ? [] : p.steps.flatMap((step, k) => (step.at_levels?.length ? [] : [{ step, path: ["procedures", i, "steps", k] as DataPath, own: false }])),
  );
  return [...own, ...general];
}

export const reportDeadlineTwice: Rule = {
  id: "report/two-deadlines",
  severity: "warning",
  description: "A report has one deadline: a level's report and the steps that make it agree.",
  check({ model, report }) {
    const t = localeText(model.data.locale);
    const seen = new Set<string>();
    for (const l of levelsOf(model)) {
      const r = levelReport(model, l);
      if (!r.within || r.to.length === 0) continue;
      const reportStep = l.report_step ? model.index.get(l.report_step) : undefined;
      for (const { step, path, own } of stepsAt(model, l)) {
        // The level's own steps are checked by levels/report-deadline; a conditional step of a general procedure is another event.
        if (own && path[0] === "levels") continue;
        if (!step.deadline || (step.when && !own) || (reportStep?.kind === "step" && reportStep.entity === step)) continue;
        // A step of the level that hands something to the report's recipients is the report (its checklist row says so);
        // elsewhere only a step that reports is the same report.
        if (!step.to?.some((x) => r.to.includes(x)) || (!own && !t.checks.reportVerb.test(step.action ?? step.text ?? ""))) continue;
        if (same(step.deadline, r.within)) continue;
        const key = `${path.join(".")}:${l.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report(
          [...path, "deadline"],
          say("this step reports to %{to} with the deadline %{deadline}, but at level %{level} that report is due %{due} — one report with two deadlines", {
            to: list(r.to.map((x) => `\`${x}\``)),
            deadline: show(model, step.deadline),
            level: l.id,
            due: show(model, r.within),
          }),
          say("State the deadline once: on the level (respond_within) and drop the step's, or make the step the level's report (report_step: <step id>) and drop respond_within."),
        );
      }
    }
    textAgainstRules(model, report);
  },
};

/** Deadlines the rules give for reports to each recipient, by id. */
function reportDeadlines(model: Model): Map<string, DeadlineT[]> {
  const out = new Map<string, DeadlineT[]>();
  const add = (to: readonly string[] | undefined, d: DeadlineT | undefined) => {
    for (const id of to ?? []) if (d) out.set(id, [...(out.get(id) ?? []), d]);
  };
  for (const l of model.data.levels) {
    const r = levelReport(model, l);
    add(r.to, r.within);
  }
  eachStep(model.data, (s) => add(s.to, s.deadline));
  return out;
}

/** The names text may use for an entity: its name, short name and abbreviation. */
function namesOf(model: Model, id: string): string[] {
  const e = model.index.get(id)?.entity as { name?: string; short_name?: string; abbr?: string } | undefined;
  return [e?.name, e?.short_name, e?.abbr].filter((n): n is string => typeof n === "string" && n.length >= 2);
}

function textAgainstRules(model: Model, report: (path: DataPath, message: Said, hint?: Said) => void): void {
  const t = localeText(model.data.locale);
  const deadlines = reportDeadlines(model);
  if (deadlines.size === 0) return;
  const check = (text: string | undefined, path: DataPath) => {
    if (!text) return;
    for (const sentence of text.replace(TEXT_REF, "").split(/[。；;!?！？]|\.\s/u)) {
      const mentions = t.mentions(sentence).filter((m) => m.minutes !== undefined);
      if (mentions.length === 0) continue;
      for (const [id, ds] of deadlines) {
        // The recipient, not the one who reports: a name right after 向 / 报 / "to the".
        const named = namesOf(model, id).some((n) => [...sentence.matchAll(new RegExp(escapeRegExp(n), "gu"))].some((m) => t.checks.recipientBefore.test(sentence.slice(0, m.index))));
        if (!named) continue;
        const minutes = ds.flatMap((d) => (d.kind === "within" ? [d.duration.minutes] : []));
        if (minutes.length === 0) continue;
        for (const m of mentions) {
          if (minutes.includes(m.minutes as number)) continue;
          report(
            path,
            say("'%{text}' for the report to %{to} contradicts the rules, which give %{deadlines}", { text: m.text, to: namesOf(model, id)[0] ?? id, deadlines: list([...new Set(ds.map((d) => show(model, d)))]) }),
            say("State the deadline once, in the rule, and refer to it from the text ({level-id.deadline} or {step-id.deadline})."),
          );
        }
      }
    }
  };
  eachSection(model.raw as never, (s, path) => {
    const raw = s as unknown as { text?: unknown };
    if (typeof raw.text === "string") check(raw.text, [...path, "text"]);
    else if (Array.isArray(raw.text)) raw.text.forEach((x, i) => typeof x === "string" && check(x, [...path, "text", i]));
  });
}
