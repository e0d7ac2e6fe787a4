import type { Grammar, StepParts } from "../types.js";

/**
 * How English sentences are put together from rule parts. The recipient
 * takes the frame of the verb the action starts with: "notifies the PIO",
 * "reports the facts to the PIO", "liaises with the police" — or goes where
 * the action writes {to}. Sentences start with a capital letter.
 */

/** Verbs that take the recipient as their object: notify the PIO (of …). */
const DIRECT = /^(?:notif(?:y|ies|ied)|inform(?:s|ed)?|brief(?:s|ed)?|alert(?:s|ed)?|call(?:s|ed)?|phone(?:s|d)?|contact(?:s|ed)?|advis(?:e|es|ed)|updat(?:e|es|ed)|consult(?:s|ed)?|tell(?:s)?|warn(?:s|ed)?|email(?:s|ed)?|text(?:s|ed)?|ask(?:s|ed)?|invit(?:e|es|ed)|remind(?:s|ed)?|assist(?:s|ed)?|support(?:s|ed)?|meet(?:s)?|page(?:s|d)?|direct(?:s|ed)?|instruct(?:s|ed)?|convene(?:s|d)?|activat(?:e|es|ed)|mobiliz(?:e|es|ed)|mobilis(?:e|es|ed)|deploy(?:s|ed)?)\b/iu;
/** Verbs whose recipient follows "with": liaise with the police. */
const WITH = /^(?:liais(?:e|es|ed)|coordinat(?:e|es|ed)|work(?:s|ed)?|consult(?:s|ed)? with|agree(?:s|d)?|cooperat(?:e|es|ed)|check(?:s|ed)? with)\b/iu;

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
    .trim();
}

export function capitalise(text: string): string {
  // Only a sentence that starts with a word: "6 or more agencies" keeps its lower case.
  return text.replace(/^([\s"'“‘(]*)(\p{Ll})/u, (_, pre: string, c: string) => `${pre}${c.toUpperCase()}`);
}

const IRREGULAR: Readonly<Record<string, string>> = { has: "have", is: "be", does: "do", goes: "go" };

/** The base form of a verb written in the third person: notifies → notify, watches → watch, goes → go. */
function baseForm(word: string): string {
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
const VERBS = /^(?:activates|agrees|alerts|answers|approves|arranges|asks|assesses|assigns|briefs|calls|captures|checks|closes|collects|confirms|contacts|convenes|coordinates|decides|declares|deploys|directs|drafts|escalates|files|gives|holds|informs|issues|keeps|liaises|logs|maintains|monitors|nominates|notifies|opens|prepares|proposes|provides|publishes|records|refers|replies|reports|requests|responds|returns|reviews|sends|sets|shares|signs|starts|stops|takes|tells|tracks|updates|uses|watches|writes)$/u;
/** Words that follow a verb rather than a plural noun: "and informs the …", "and asks them …". */
const OBJECT_START = /^(?:the|a|an|all|any|each|every|its|their|his|her|them|it|this|that|these|those|whether|our|your|him)$/u;

/**
 * An action written as the actor does it ("checks the accounts and notifies
 * the lead"), as an instruction for a checklist row ("check the accounts and
 * notify the lead"): the first verb and the verbs of later clauses take their
 * base form.
 */
function imperative(action: string): string {
  const first = action.replace(LEAD_ADVERBS, (_, adverbs: string, verb: string) => `${adverbs}${/s$/u.test(verb) ? baseForm(verb) : verb}`);
  // A verb that ends the action takes the recipient ("… and notifies" + the lead).
  return first.replace(/\b(and|or|then)\s+([a-z]+s)\b(?=(?:\s+([a-z]+))?)/gu, (whole, conj: string, verb: string, next: string | undefined, at: number) =>
    (next !== undefined ? VERBS.test(verb) || OBJECT_START.test(next) : at + whole.length === first.length && (VERBS.test(verb) || DIRECT.test(verb))) ? `${conj} ${baseForm(verb)}` : whole,
  );
}

/** A step as running text, or — for a checklist row, whose other columns hold the actor and the deadline — without them, as an instruction. */
function clause(p: StepParts, full: boolean): string {
  let head = "";
  if (p.when) head += full ? `${p.when}, ` : `${p.when}: `;
  if (p.approval) head += full ? `once approved by ${p.approval}, ` : `after approval by ${p.approval}, `;
  const actor = full && p.actor ? `${p.actor} ` : "";
  const tail = full ? `${p.deadline ? ` ${p.deadline}` : ""}${p.frequency ? ` ${p.frequency}` : ""}` : "";
  const record = p.record ? (full ? `, and fills in ${p.record}` : ` (fill in ${p.record})`) : "";
  const action = full ? p.action : imperative(p.action);
  return capitalise(tidy(`${head}${actor}${withRecipient(action, p.to)}${tail}${record}`));
}

/** A duty as it continues "responsible for …": lower-case first word unless it is a name or an abbreviation. */
function dutyPhrase(d: string): string {
  return /^[A-Z][a-z]/u.test(d) && !/^[A-Z][a-z]+\s+[A-Z]/u.test(d) ? d.charAt(0).toLowerCase() + d.slice(1) : d;
}

export const enGrammar: Grammar = {
  step: (p) => clause(p, true),
  stepShort: (p) => clause(p, false),
  row: {
    report: (p) => `report to ${p.to}${p.via ? ` using ${p.via}` : ""}`,
    notify: (who) => `notify ${who}`,
    activate: (group) => `activate ${group}`,
    decide: () => "decide the response",
    approve: () => "approve statements before release",
    release: () => "release statements",
  },
  duties(subject, duties) {
    if (duties.length === 0) return "";
    const items = duties.map(dutyPhrase);
    const list = items.length === 1 ? items[0] : items.length === 2 ? `${items[0]} and ${items[1]}` : `${items.slice(0, -1).join("; ")}; and ${items[items.length - 1]}`;
    return `${subject} is responsible for ${list}`;
  },
  dutiesIntro: (subject) => capitalise(`${subject} is responsible for:`),
  sentence: (clauseText) => {
    const t = capitalise(tidy(clauseText)).replace(/[,;:\s]+$/u, "");
    return t && !/[.!?]$/u.test(t) ? `${t}.` : t;
  },
  listItem: (text) => capitalise(tidy(text)).replace(/[.;,\s]+$/u, ""),
  tidy,
  // The level is named by the paragraph's own lead in English plans.
  atLevel: () => "",
  whenLevels: (levels) => `at ${levels}`,
  report: (p) => tidy(`${p.actor ? `${p.actor} reports` : "report"} to ${p.to}${p.deadline ? ` ${p.deadline}` : ""}${p.via ? ` using ${p.via}` : ""}`),
  notify: (who) => `${who} ${/\band\b/u.test(who) ? "are" : "is"} notified`,
  activate: (groups, when) => `${when ? `${when}, ` : ""}${groups} ${/\band\b/u.test(groups) ? "are" : "is"} activated`,
  release(p) {
    const parts: string[] = [];
    const within = p.within ? ` ${p.within}` : "";
    if (p.by && p.approve && p.approveWithin) parts.push(`statements are approved by ${p.approve} ${p.approveWithin} and released by ${p.by}${within}`);
    else if (p.by) parts.push(`statements are released by ${p.by}${within}${p.approve ? ` once approved by ${p.approve}` : ""}`);
    else if (p.approve) parts.push(`statements are approved by ${p.approve} before release`);
    if (p.override) parts.push(`${p.override} may take over the release if necessary`);
    return parts.join("; ");
  },
  decide: (who, within) => `the response is decided by ${who}${within ? ` ${within}` : ""}`,
  holders: (role, holders) => `${role} is held by ${holders}`,
  concurrently: (role, by) => `${role} is held by ${by}`,
  delegation: (role, chain) => `if ${role} is unavailable, ${chain.join(", then ")} acts in their place`,
  reportsTo: (to) => `reports to ${to}`,
  role(p) {
    const out: string[] = [];
    if (p.appointment) out.push(enGrammar.sentence(p.appointment));
    const named = `${p.subject}${p.holders ? ` (${p.holders})` : ""}`;
    if (p.heldBy) out.push(enGrammar.sentence(`${p.subject} is held by ${p.heldBy}`));
    if (p.duties.length > 0) out.push(enGrammar.sentence(enGrammar.duties(p.heldBy ? p.subject : named, p.duties)));
    else if (!p.heldBy && !p.reportsTo) out.push(enGrammar.sentence(`${named} takes part in the response as required`));
    if (p.reportsTo) out.push(enGrammar.sentence(p.duties.length > 0 || p.heldBy ? `the role reports to ${p.reportsTo}` : `${named} reports to ${p.reportsTo}`));
    if (p.training) out.push(enGrammar.sentence(`training in ${p.training} is given${p.trainingFrequency ? ` ${p.trainingFrequency}` : ""}`));
    if (p.delegation.length > 0) out.push(enGrammar.sentence(enGrammar.delegation(p.subject, p.delegation)));
    return out;
  },
};
