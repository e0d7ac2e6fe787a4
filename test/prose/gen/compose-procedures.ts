import type { StepSpec } from "./spec.js";
import { actors, type Ctx } from "./compose.js";
import { at, distinct, unique } from "./pick.js";

const DURATIONS = ["15min", "30min", "1h", "2h", "half-day", "1d", "2d", "7d"];
const VAGUE = ["immediately", "first-moment", "promptly", "quickly", "when-appropriate", "regularly"];
const WORDS = ["daily", "weekly", "twice-daily", "regularly", "per-incident"];

/** A step from its spec, every slot used as the spec says: actor, either, action, to, deadline, frequency, approval, record, when, at_levels, text, id. */
export function composeStep(c: Ctx, s: StepSpec, id: string, options: { atLevels?: boolean; needsTo?: boolean } = {}): Record<string, unknown> {
  const all = actors(c);
  const actor = unique(s.actors.map((a) => at(all, a)));
  const action = at(c.pools.actions, s.action);
  const step: Record<string, unknown> = {};
  if (s.id || options.needsTo) step.id = id;
  if (s.when !== undefined) step.when = at(c.pools.whens, s.when);
  step.actor = actor;
  if (actor.length > 1 && s.either) step.either = "true";
  const others = all.filter((x) => !actor.includes(x));
  const to = action.to || options.needsTo ? unique((s.to ?? [0]).map((t) => at(others.length ? others : all, t))) : [];
  if (to.length) step.to = to;
  if (s.deadline) {
    const d = s.deadline;
    if (d.kind === "duration") step.deadline = at(DURATIONS, d.pick);
    else if (d.kind === "vague") step.deadline = at(VAGUE, d.pick);
    else if (d.kind === "from") step.deadline = { within: at(DURATIONS, d.pick), from: at(c.pools.froms, d.pick) };
    else step.deadline = { within: at(DURATIONS, d.pick), usually: "true" };
  }
  if (s.frequency) {
    const f = s.frequency;
    if (f.kind === "word") step.frequency = at(WORDS, f.pick);
    else if (f.kind === "per-day") step.frequency = `${(f.pick % 4) + 2}/day`;
    else if (f.kind === "at") step.frequency = { every: "3/day", at_least: "true", at: ["09:00", "13:00", "17:00"] };
    else if (f.kind === "during") step.frequency = { every: "continuous", during: at(c.pools.durings, f.pick) };
    else step.frequency = "continuous";
  }
  if (s.approval !== undefined) step.approval = at(others.length ? others : all, s.approval);
  if (s.record !== undefined && c.forms.length) step.record = at(c.forms, s.record);
  if (options.atLevels && s.atLevels && c.levels.length) step.at_levels = unique(s.atLevels.map((l) => at(c.levels, l)));
  if (s.text) step.text = slotText(c, step);
  else step.action = action.text.includes("{to}") && !to.length ? action.text.replace("与{to}", "").replace("{to}", "") || "核实情况" : action.text;
  return step;
}

/** Step text written with slots for the parts the step has. */
function slotText(c: Ctx, step: Record<string, unknown>): string {
  const has = (k: string) => step[k] !== undefined;
  if (c.zh) {
    if (has("to")) return `{actor}${has("deadline") ? "{deadline}" : ""}向{to}通报处置进展${has("record") ? "，并填写{record}" : ""}`;
    return `{actor}${has("frequency") ? "{frequency}" : ""}${has("deadline") ? "{deadline}" : ""}组织研判${has("record") ? "，并填写{record}" : ""}`;
  }
  if (has("to")) return `{actor} keeps {to} informed of progress${has("deadline") ? " {deadline}" : ""}${has("record") ? ` and ${c.spec.locale === "en-US" ? "fills out" : "fills in"} {record}` : ""}`;
  return `{actor} reviews the situation${has("frequency") ? " {frequency}" : ""}${has("deadline") ? " {deadline}" : ""}`;
}

const INTROS_ZH = ["各部门按照以下程序开展工作。", "本机制按以下步骤运行。", "舆情处置按以下顺序进行。", "值守人员按以下要求工作。"];
const INTROS_EN = ["The steps below are followed in order.", "This procedure runs as follows.", "Staff on duty work through these steps.", "The response follows these steps."];
const OUTROS_ZH = ["处置结束后，相关材料及时归档。", "工作完成后，形成书面记录存档。", "每次处置后，及时总结经验教训。", "相关记录保存两年备查。"];
const OUTROS_EN = ["All records are kept with the incident file.", "A short note of what was done is filed afterwards.", "Lessons learned are reviewed after each use.", "Logs are kept for two years."];

export function composeProcedures(c: Ctx): void {
  const { spec, pools, zh } = c;
  const names = distinct(pools.procedures, spec.procedures.map((p) => p.pick));
  let steps = 0;
  c.data.procedures = names.map((name, i) => {
    const s = spec.procedures[i]!;
    return {
      id: c.procedures[i],
      name,
      ...(s.style !== "default" ? { style: s.style } : {}),
      // A numbering the admin writes (1、 included: it prints 1.).
      ...(spec.numbering.procedures[i] !== undefined ? { numbering: at(zh ? ["（1）", "1.", "1、", "①", "一是"] : ["1.", "(a)", "a."], spec.numbering.procedures[i]!) } : {}),
      // Each procedure says its own (an admin does not write one sentence into every procedure).
      ...(s.intro ? { intro: at(zh ? INTROS_ZH : INTROS_EN, i) } : {}),
      steps: s.steps.map((st) => composeStep(c, st, `st${++steps}`, { atLevels: true })),
      ...(s.outro ? { outro: at(zh ? OUTROS_ZH : OUTROS_EN, i) } : {}),
    };
  });
}
