import type { FrequencyT, ProcedureT, StepT } from "../../model/model.js";
import { fillSlots } from "../../model/slots.js";
import { paragraphs } from "./escape.js";
import { peopleBehind, personName, referTo, runningName, memoised, type ViewContext } from "./context.js";
import { formatNumber } from "../../locale/index.js";
import type { Clause, StepParts } from "../../locale/types.js";
import { whenLevels } from "./levels.js";
import { proseOf } from "../sentences/runs.js";
import { formsOnce } from "../sentences/forms.js";

export type StepView = {
  n: number;
  number: string;
  when: string;
  actor: string;
  /** Actor plus the people who hold it: 网络管理员（张伟、李娜）. */
  who: string;
  action: string;
  to: string;
  deadline: string;
  deadlineShort: string;
  frequency: string;
  frequencyShort: string;
  approval: string;
  record: string;
  recordFields: string;
  /** The data's own sentence for this step (slots filled), or "". */
  text: string;
  /** The step as a clause of running text, without its final full stop: the data's own sentence or one built from the parts. */
  clause: string;
  /** The step without its actor, for a checklist row: the action itself. */
  short: string;
  /** Id of the category whose items the step points at (`list`), or "". */
  list: string;
  /** The step as a clause for sentence planning (compose/sentences), and who acts in it ("" when the data's own sentence hides it). */
  message: Clause;
  key: string;
  /** The parts the clause was made of (none for the data's own sentence), to word it again in context. */
  parts: StepParts | null;
  checklist: boolean;
  /** Ids of the levels this step applies at only (empty: always). */
  atLevels: string[];
  /** Number of timed checks per day/shift this step asks for (0 if none). */
  checksPerDay: number;
  /** Round-the-clock (24-hour) duty. */
  continuous: boolean;
  checkTimes: string[];
};

function checksPerDay(f: FrequencyT | undefined): number {
  if (!f || f.kind !== "times") return 0;
  return f.per === "day" || f.per === "shift" ? f.times : 0;
}

/** Who acts, for a checklist's owner column: the actors' names with the people who hold them — 网络管理员（张伟、李娜）. A group is named, not listed. */
export function whoOf(ctx: ViewContext, ids: readonly string[], either = false): string {
  // Named as the document names them (a group in full until its short form is introduced).
  const names = ids.map((id) => runningName(ctx, id));
  const name = either ? ctx.t.either(names) : ctx.t.actors(names);
  const holders = [...new Set(ids.flatMap((id) => (ctx.model.index.get(id)?.kind === "group" ? [] : peopleBehind(ctx, id))))].map((id) => personName(ctx, id));
  return holders.length > 0 ? `${name}${ctx.t.paren(ctx.t.enumerate(holders))}` : name;
}

export function stepView(ctx: ViewContext, s: StepT, index: number, numbering: string): StepView {
  const phrases = (ids: readonly string[] | undefined, full = false) => (ids ?? []).map((id) => referTo(ctx, id, full));
  const actor = s.either ? ctx.t.either(phrases(s.actor)) : ctx.t.actors(phrases(s.actor));
  const to = ctx.t.recipients(phrases(s.to, true));
  const approval = ctx.t.list(phrases(s.approval));
  const form = s.record ? ctx.model.index.get(s.record) : undefined;
  const record = form?.kind === "form" ? form.entity.title : "";
  const recordFields = form?.kind === "form" ? ctx.t.labels(form.entity.fields.map((f) => f.name)) : "";
  const deadline = s.deadline ? ctx.t.deadline(s.deadline) : "";
  // In a sentence the "normally" of a deadline is an adverb of its own (一般 / normally, before the verb).
  const plainDeadline = s.deadline ? ctx.t.deadline({ ...s.deadline, usually: false }) : "";
  const frequency = s.frequency ? ctx.t.frequency(s.frequency) : "";
  // A step that applies only at some levels says so where its condition goes.
  const atLevels = (s.at_levels ?? []).flatMap((id) => {
    const e = ctx.model.index.get(id);
    return e?.kind === "level" ? [e.entity] : [];
  });
  const when = [whenLevels(ctx, atLevels), s.when ? trimEnd(s.when) : ""].filter(Boolean).join(ctx.t.comma);
  const slots = {
    when,
    actor,
    to,
    // A vague deadline that says what the frequency already says (定期 … 定期) is said once.
    deadline: deadline && frequency.includes(deadline) ? "" : deadline,
    frequency,
    duration: s.lasts ? ctx.t.duration(s.lasts.minutes) : s.deadline?.kind === "within" ? ctx.t.duration(s.deadline.duration.minutes, s.deadline.duration.named) : "",
    times: s.frequency?.kind === "times" ? ctx.t.times(s.frequency.at) : "",
    approval,
    record: record ? ctx.t.formTitle(record) : "",
  };
  const action = s.action ? trimEnd(s.action) : undefined;
  // An action that places slots other than {to} is the data's own wording.
  const ownAction = action && /\{(?!to\})[a-z-]+\}/.test(action);
  const own = s.text ? trimEnd(s.text) : ownAction ? action : undefined;
  const text = own ? fillSlots(own, slots) : "";
  const parts: StepParts = {
    when: slots.when,
    approval,
    approvers: s.approval?.length ?? 0,
    approvalVerb: s.approval_verb ?? "approve",
    actor,
    deadline: plainDeadline && frequency.includes(plainDeadline) ? "" : plainDeadline,
    usually: s.deadline?.usually ?? false,
    vague: s.deadline?.kind === "vague" ? s.deadline.term : "",
    frequency,
    to,
    action: action ?? "",
    record: slots.record,
  };
  const key = s.actor ? `${s.either ? "either:" : ""}${s.actor.join("+")}` : "";
  const message: Clause = own ? ownClause(ctx, own, actor, slots) : ctx.t.grammar.stepClause(parts);
  return {
    n: index + 1,
    number: formatNumber(numbering, index + 1),
    when,
    actor,
    who: whoOf(ctx, s.actor ?? [], s.either),
    action: own ? "" : (action ?? ""),
    to,
    deadline,
    deadlineShort: s.deadline ? ctx.t.deadlineShort(s.deadline) : "",
    frequency,
    frequencyShort: [s.frequency ? ctx.t.frequencyShort(s.frequency) : "", s.lasts ? ctx.t.lasting(s.lasts.minutes) : ""].filter(Boolean).join(ctx.t.comma),
    approval,
    record,
    recordFields,
    text,
    // The data's own sentence is realised as one (capitalised in English).
    clause: text ? ctx.t.grammar.realise({ head: "", subject: "", predicate: text }) : ctx.t.grammar.step(parts),
    // The row is the action when there is one (the text, if any, is the plan's sentence); else the text without its actor.
    short: action ? (ownAction ? rowOfAction(ctx, action, slots, parts) : ctx.t.grammar.stepShort(parts)) : own ? rowOfOwn(ctx, own, slots, parts) : "",
    list: s.list ?? "",
    message,
    key: message.subject ? key : "",
    parts: own ? null : parts,
    checklist: s.checklist ?? true,
    atLevels: [...(s.at_levels ?? [])],
    checksPerDay: checksPerDay(s.frequency),
    checkTimes: s.frequency?.kind === "times" ? [...s.frequency.at] : [],
    continuous: s.frequency?.kind === "continuous",
  };
}

/**
 * The data's own sentence as a clause: when {actor} opens it, or follows a condition closed by a comma
 * ("Where the police are involved, the {actor} agrees …", "特殊时期，{actor}安排…"), the actor is its
 * subject and the condition its head, so sentence planning can tell who acts; otherwise it is one predicate.
 */
function ownClause(ctx: ViewContext, own: string, actor: string, slots: Record<string, string>): Clause {
  const tidy = ctx.t.grammar.tidy;
  const at = own.indexOf("{actor}");
  if (at < 0 || !actor) return { head: "", subject: "", predicate: tidy(fillSlots(own, slots)) };
  const predicate = tidy(fillSlots(own.slice(at + "{actor}".length), slots));
  const before = own.slice(0, at).replace(/\s*\bthe\s*$/iu, "").trimEnd();
  if (!before) return { head: "", subject: actor, predicate };
  if (/[,，]$/u.test(before)) return { head: tidy(fillSlots(before.slice(0, -1), slots)), subject: actor, predicate };
  return { head: "", subject: "", predicate: tidy(fillSlots(own, slots)) };
}

export type ProcedureView = {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  intro: string[];
  prose: boolean;
  steps: StepView[];
  /** The steps as the sentences of one paragraph (a prose procedure): one subject for consecutive steps of one actor. */
  sentences: string[];
  outro: string[];
  checklist: boolean;
};

export function procedureView(ctx: ViewContext, p: ProcedureT): ProcedureView {
  return memoised(ctx, `procedure:${p.id}`, () => buildProcedureView(ctx, p));
}

function buildProcedureView(ctx: ViewContext, p: ProcedureT): ProcedureView {
  const numbering = p.numbering ?? ctx.t.stepNumbering;
  const steps = formsOnce(ctx.t, p.steps.map((s, i) => stepView(ctx, s, i, numbering)));
  return {
    id: p.id,
    name: p.name,
    shortName: p.short_name ?? p.name,
    kind: p.kind ?? "",
    intro: paragraphs(p.intro),
    prose: (p.style ?? "prose") === "prose",
    steps,
    sentences: proseOf(ctx.t, steps),
    outro: paragraphs(p.outro),
    checklist: p.checklist ?? p.steps.length > 0,
  };
}

/**
 * A checklist row from the data's own sentence: a sentence that opens with its
 * condition and actor ("{when}，{actor}要及时备份…") is the action without them,
 * the condition as the row's head; any other is printed as written.
 */
function rowOfOwn(ctx: ViewContext, own: string, slots: Record<string, string>, parts: StepParts): string {
  const lead = /^(\{when\}[，,：:]?\s*)?(\{actor\}\s*)?/u.exec(own)?.[0] ?? "";
  if (!lead || own.slice(lead.length).includes("{actor}")) return ctx.t.grammar.tidy(fillSlots(own, slots));
  const rest = own.slice(lead.length);
  return ctx.t.grammar.stepShort({
    ...parts,
    when: lead.startsWith("{when}") ? parts.when : "",
    approval: "",
    actor: "",
    deadline: "",
    vague: "",
    frequency: "",
    to: "",
    action: fillSlots(rest, slots),
    record: rest.includes("{record}") ? "" : parts.record,
  });
}

/** A checklist row from an action that places its own slots ({record}, {approval} …): its condition and approval lead, the rest as written. */
function rowOfAction(ctx: ViewContext, action: string, slots: Record<string, string>, parts: StepParts): string {
  return ctx.t.grammar.stepShort({
    ...parts,
    approval: action.includes("{approval}") ? "" : parts.approval,
    actor: "",
    deadline: "",
    vague: "",
    frequency: "",
    to: "",
    action: fillSlots(action, slots),
    record: action.includes("{record}") ? "" : parts.record,
  });
}

/** Drops sentence-final punctuation: templates add their own. */
function trimEnd(text: string): string {
  return text.replace(/[。；;，,.\s]+$/u, "");
}
