import type { Clause, Grammar, StepParts } from "../types.js";
import { enWords } from "./words.js";

/**
 * How English sentences are put together from rule parts. The recipient
 * takes the frame of the verb the action starts with: "notifies the PIO",
 * "reports the facts to the PIO", "liaises with the police" — or goes where
 * the action writes {to}. An approval opens the sentence with its own subject
 * ("After the IC approves it, the PIO publishes …"), "normally" stands before
 * the verb, and sentences start with a capital letter.
 */

const { DIRECT, WITH, SAYS, APPROVE } = enWords;

/** Words that differ between British and American English in generated sentences. */
export type EnVariant = { readonly fillIn: string; readonly fillsIn: string };
const GB: EnVariant = { fillIn: "fill in", fillsIn: "fills in" };

/** A third-person verb as the plural/"they" form takes it: publishes → publish, replies → reply, has → have. */
export function baseForm(verb: string): string | undefined {
  const irregular: Record<string, string> = { has: "have", is: "are", does: "do", goes: "go" };
  if (irregular[verb]) return irregular[verb];
  if (/[^aeiou]ies$/u.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/u.test(verb)) return verb.slice(0, -2);
  if (/[^su]s$/u.test(verb)) return verb.slice(0, -1);
  return undefined;
}

/** A predicate said of "they": its first verb (after "normally") in the plural; undefined when it does not open with one. */
function theyForm(predicate: string): string | undefined {
  const m = /^((?:normally|also|then) )?([a-z]+)\b(.*)$/u.exec(predicate);
  const base = m ? baseForm(m[2] as string) : undefined;
  // Every verb of the predicate agrees: "They keep the OCT informed and review the situation".
  return m && base ? `${m[1] ?? ""}${base}${coordinatedVerbs(m[3] as string, (verb) => baseForm(verb) ?? verb)}` : undefined;
}

function withRecipient(action: string, to: string): string {
  if (!to) return action.replace(/\s*\{to\}/g, "");
  if (action.includes("{to}")) return action.replace(/\{to\}/g, to);
  const direct = DIRECT.exec(action)?.[0];
  if (direct) return `${direct} ${to}${action.slice(direct.length)}`;
  // "… and notifies": the recipient follows the last verb.
  if (new RegExp(`\\b${DIRECT.source.slice(1)}$`, "iu").test(action)) return `${action} ${to}`;
  if (WITH.test(action)) return /\bwith$/iu.test(action) ? `${action} ${to}` : `${action} with ${to}`;
  if (/\b(?:to|for|with|from|by)$/iu.test(action)) return `${action} ${to}`;
  return `${action} to ${to}`;
}

function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:])/gu, "$1")
    .replace(/([,;])\s*\1+/gu, "$1")
    .replace(/,\s*\./gu, ".")
    .replace(/\s{2,}/gu, " ")
    .replace(/\b(the) the\b/giu, "$1")
    .replace(/\b(an?) the\b/giu, "the")
    .trim();
}

export function capitalise(text: string): string {
  // Only a sentence that starts with a word: "6 or more agencies" keeps its lower case.
  return text.replace(/^([\s"'“‘(]*)(\p{Ll})/u, (_, pre: string, c: string) => `${pre}${c.toUpperCase()}`);
}

const IRREGULAR: Readonly<Record<string, string>> = { has: "have", is: "be", does: "do", goes: "go" };

/** A verb written in the third person as an instruction: notifies → notify, watches → watch, goes → go, is → be. */
function instructionForm(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return word[0] === w[0] ? irregular : capitalise(irregular);
  if (/[^aeiou]ies$/u.test(w)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz|o)es$/u.test(w)) return word.slice(0, -2);
  if (/s$/u.test(w) && !/(?:ss|us|is)$/u.test(w)) return word.slice(0, -1);
  return word;
}

/** Adverbs that may come before the verb: "also informs", "then files". */
const LEAD_ADVERBS = /^((?:(?:also|then|immediately|promptly|quickly|always|jointly|regularly|personally|formally|first|again)\s+)*)([A-Za-z]+)/u;
/** Verbs a second clause of an action may open with ("… and records the lessons learned"). */
const VERBS = new RegExp(`^(?:${"activates agrees alerts analyses analyzes answers approves arranges asks assesses assigns briefs calls captures checks closes collects compiles completes confirms contacts convenes coordinates decides declares deploys directs distributes documents drafts emails ensures escalates explains files fills flags follows forwards gives hands holds identifies informs instructs issues keeps leads liaises lists logs maintains makes manages marks meets monitors nominates notes notifies opens organises organizes passes phones posts prepares proposes provides publishes puts reads receives records refers registers relays releases reminds removes replies reports requests responds returns reviews rings schedules sends sets shares signs starts stops submits takes tells tests texts tracks translates updates uses verifies visits warns watches writes".split(" ").join("|")})$`, "u");
/** Words that follow a verb rather than a plural noun: "and informs the …", "and asks them …". */
const OBJECT_START = /^(?:the|a|an|all|any|each|every|its|their|his|her|them|it|this|that|these|those|whether|our|your|him)$/u;

/**
 * An action written as the actor does it ("checks the accounts and notifies
 * the lead"), as an instruction for a checklist row ("check the accounts and
 * notify the lead"): the first verb and the verbs of later clauses take their
 * base form.
 */
function imperative(action: string): string {
  const first = action.replace(LEAD_ADVERBS, (_, adverbs: string, verb: string) => `${adverbs}${/s$/u.test(verb) ? instructionForm(verb) : verb}`);
  return coordinatedVerbs(first, instructionForm);
}

/** The verbs of the later clauses of an action ("… and notifies the lead") in another form; a verb that ends the action takes the recipient ("… and notifies" + the lead). */
function coordinatedVerbs(text: string, form: (verb: string) => string): string {
  return text.replace(/\b(and|or|then)\s+([a-z]+s)\b(?=(?:\s+([a-z]+))?)/gu, (whole, conj: string, verb: string, next: string | undefined, at: number) =>
    (next !== undefined ? VERBS.test(verb) || OBJECT_START.test(next) : at + whole.length === text.length && (VERBS.test(verb) || DIRECT.test(verb))) ? `${conj} ${form(verb)}` : whole,
  );
}

function approvalHead(p: StepParts): string {
  if (!p.approval) return "";
  const [one, many] = APPROVE[p.approvalVerb] ?? APPROVE.approve;
  return `after ${p.approval} ${p.approvers > 1 ? many : one}`;
}

/** The deadline, unless the action already says it. */
function deadlineOf(p: StepParts): string {
  if (!p.deadline) return "";
  const says = p.vague ? SAYS[p.vague] : undefined;
  return says?.test(p.action) ? "" : p.deadline;
}

function stepClause(p: StepParts, v: EnVariant = GB): Clause {
  const head = [p.when, approvalHead(p)].filter(Boolean).join(", ");
  const deadline = deadlineOf(p);
  const tail = `${deadline ? ` ${deadline}` : ""}${p.frequency ? ` ${p.frequency}` : ""}`;
  const body = `${p.usually ? "normally " : ""}${withRecipient(p.action, p.to)}${tail}`;
  const record = p.record && !p.action.includes(p.record) ? `${/,| and /u.test(body) ? "," : ""} and ${v.fillsIn} ${p.record}` : "";
  return { head, subject: p.actor, predicate: tidy(`${body}${record}`) };
}

/** A clause as text inside a sentence. */
function phrase(c: Clause): string {
  return tidy(`${c.head ? `${c.head}, ` : ""}${c.subject ? `${c.subject} ` : ""}${c.predicate}`);
}

/** A clause as text that opens a sentence. */
function realise(c: Clause): string {
  return capitalise(phrase(c));
}

/** A checklist row: no actor (it has its column); the condition ends with a colon. */
function stepShort(p: StepParts, v: EnVariant = GB): string {
  let head = "";
  if (p.when) head += `${p.when}: `;
  // An instruction: "After approval by the IC, publish …" (not "once approved", which would dangle).
  if (p.approval) head += `after approval by ${p.approval}, `;
  const record = p.record ? ` (${v.fillIn} ${p.record})` : "";
  return capitalise(tidy(`${head}${withRecipient(imperative(p.action), p.to)}${record}`));
}

/** A duty as it continues "responsible for …": lower-case first word unless it is a name or an abbreviation. */
/** A run-in item: a leading article or plain word in lower case; a name (“Local Resilience Forum”, “EOC”) as it is. */
function runInItem(item: string): string {
  return /^(?:The|A|An|Any|Each|Every|No)\s/u.test(item) ? item.charAt(0).toLowerCase() + item.slice(1) : dutyPhrase(item);
}

function dutyPhrase(d: string): string {
  return /^[A-Z][a-z]/u.test(d) && !/^[A-Z][a-z]+\s+[A-Z]/u.test(d) ? d.charAt(0).toLowerCase() + d.slice(1) : d;
}

function sentence(clauseText: string): string {
  const t = capitalise(tidy(clauseText)).replace(/[,;:\s]+$/u, "");
  return t && !/[.!?]$/u.test(t) ? `${t}.` : t;
}

function either(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

export function makeEnGrammar(v: EnVariant): Grammar {
  const grammar: Grammar = {
  step: (p) => realise(stepClause(p, v)),
  stepClause: (p) => stepClause(p, v),
  realise,
  run(clauses) {
    return clauses.length === 0 ? "" : realise(grammar.runClause(clauses));
  },
  runClause(clauses) {
    const [first, ...rest] = clauses;
    if (!first) return { head: "", subject: "", predicate: "" };
    if (rest.length === 0) return first;
    // One subject for simple predicates: "The IC convenes the team within 30 minutes and briefs the SLG within 1 hour."
    const preds = [first.predicate, ...rest.map((c) => c.predicate)];
    const list = preds.length === 2 ? `${preds[0]} and ${preds[1]}` : `${preds.slice(0, -1).join(", ")} and ${preds[preds.length - 1]}`;
    return { ...first, predicate: list };
  },
  phrase,
  prose: (runs) => runs.map(sentence),
  elide: (head) => head,
  headCarries: () => false,
  // The subject just named, again: "they", the verb in the plural ("They publish an update every hour").
  again: (c) => {
    const predicate = theyForm(c.predicate);
    return predicate ? { ...c, subject: "they", predicate } : c;
  },
  stepShort: (p) => stepShort(p, v),
  row: {
    report: (p) => `report to ${p.to}${p.via ? ` using ${p.via}` : ""}`,
    notify: (who) => `notify ${who}`,
    activate: (group) => `activate ${group}`,
    decide: () => "decide the response",
    approve: () => "approve statements before release",
    release: () => "release statements",
  },
  procedureApplies: (name) => `the ${name} procedure applies`,
  duties(subject, duties) {
    if (duties.length === 0) return "";
    const items = duties.map(dutyPhrase);
    // Two duties join with "and", with a comma before it when the first has a list of its own ("…, physically or virtually, and growing …").
    const pair = (a: string, b: string) => `${a}${/,| and /u.test(a) ? "," : ""} and ${b}`;
    const list = items.length === 1 ? items[0] : items.length === 2 ? pair(items[0] as string, items[1] as string) : `${items.slice(0, -1).join("; ")}; and ${items[items.length - 1]}`;
    return `${subject}${subject ? (/^they$/iu.test(subject) ? " are" : " is") : "is"} responsible for ${list}`;
  },
  dutiesIntro: (subject) => capitalise(`${subject} is responsible for:`),
  sentence,
  listItem: (text) => capitalise(tidy(text)).replace(/[.;,\s]+$/u, ""),
  runInItem,
  tidy,
  // The level is named by the paragraph's own lead in English plans.
  atLevel: () => "",
  whenLevels: (levels) => `at ${either(levels.map((l) => l.label))}`,
  // A plan states a level's report as a rule, not an order: "the incident is reported to the IC within 1 hour".
  report: (p) => ({ head: "", subject: p.actor || "the incident", predicate: tidy(`${p.actor ? "reports it" : "is reported"} to ${p.to}${p.deadline ? ` ${p.deadline}` : ""}${p.via ? ` using ${p.via}` : ""}`) }),
  notify: (who, many) => ({ head: "", subject: who, predicate: `${many ? "are" : "is"} notified` }),
  activate: (groups, when, many) => ({ head: when, subject: groups, predicate: `${many ? "are" : "is"} activated` }),
  override: (who) => ({ head: "", subject: who, predicate: "may take over the release if necessary" }),
  release(p) {
    const parts: string[] = [];
    const within = p.within ? ` ${p.within}` : "";
    if (p.by && p.approve && p.approveWithin) parts.push(`statements are approved by ${p.approve} ${p.approveWithin} and released by ${p.by}${within}`);
    else if (p.by) parts.push(`statements are released by ${p.by}${within}${p.approve ? ` after ${p.approve} ${p.approvers > 1 ? "approve" : "approves"} them` : ""}`);
    else if (p.approve) parts.push(`statements are approved by ${p.approve} before release`);
    return parts.join("; ");
  },
  members: (list) => sentence(list.filter((m) => m.who).map((m) => `${m.who} ${m.bodies ? "provides" : "is"} the ${m.position}`).join("; ")),
  decide: (who, within) => `the response is decided by ${who}${within ? ` ${within}` : ""}`,
  holders: (role, holders, bodies) => `${role} is ${bodies ? "provided" : "held"} by ${holders}`,
  concurrently: (role, by) => `${role} is held by ${by}`,
  delegation: (role, chain) => `if ${role} is unavailable, ${chain.join(", then ")} acts in their place`,
  reportsTo: (to) => `reports to ${to}`,
  role(p) {
    const out: string[] = [];
    if (p.appointment) out.push(sentence(p.appointment));
    const named = `${p.subject}${p.holders && !p.heldBy ? ` (${p.holders})` : ""}`;
    // One sentence says who holds the post, whom it reports to and its duties, when they are few:
    // "The Legal Adviser (…) is held by …, reports to … and is responsible for …".
    const long = p.duties.length > 2 || p.duties.some((d) => d.includes(";"));
    const said: string[] = [];
    if (p.heldBy) said.push(`is held by ${p.heldBy}`);
    if (p.reportsTo) said.push(`reports to ${p.reportsTo}`);
    if (p.duties.length > 0 && !long) said.push(grammar.duties("", p.duties).trim());
    // Training given again and again has a frequency; a course taken once is one the holders complete.
    if (p.training) said.push(p.trainingFrequency ? `is trained in ${p.training} ${p.trainingFrequency}` : `completes training in ${p.training}`);
    if (said.length === 0 && p.duties.length === 0) said.push("takes part in the response as required");
    // A predicate with an "and" of its own takes a comma before the last "and", so the two never run together.
    const last = said.some((x) => / and /u.test(x)) ? ", and " : " and ";
    if (said.length > 0) out.push(sentence(`${named} ${said.length === 1 ? said[0] : `${said.slice(0, -1).join(", ")}${last}${said[said.length - 1]}`}`));
    // A post is held by people: said again, it is "they".
    if (long) out.push(sentence(grammar.duties(said.length > 0 ? "they" : named, p.duties)));
    if (p.delegation.length > 0) out.push(sentence(grammar.delegation(p.subject, p.delegation)));
    return out;
  },
  };
  return grammar;
}

export const enGrammar = makeEnGrammar(GB);
