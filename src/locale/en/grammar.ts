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

/** A step as running text, or — for a checklist row, whose other columns hold the actor and the deadline — without them. */
function clause(p: StepParts, full: boolean): string {
  let head = "";
  if (p.when) head += full ? `${p.when}, ` : `${p.when}: `;
  if (p.approval) head += `once approved by ${p.approval}, `;
  const actor = full && p.actor ? `${p.actor} ` : "";
  const tail = full ? `${p.deadline ? ` ${p.deadline}` : ""}${p.frequency ? ` ${p.frequency}` : ""}` : "";
  const record = p.record ? (full ? `, and fills in ${p.record}` : ` (fill in ${p.record})`) : "";
  return capitalise(tidy(`${head}${actor}${withRecipient(p.action, p.to)}${tail}${record}`));
}

/** A duty as it continues "responsible for …": lower-case first word unless it is a name or an abbreviation. */
function dutyPhrase(d: string): string {
  return /^[A-Z][a-z]/u.test(d) && !/^[A-Z][a-z]+\s+[A-Z]/u.test(d) ? d.charAt(0).toLowerCase() + d.slice(1) : d;
}

export const enGrammar: Grammar = {
  step: (p) => clause(p, true),
  stepShort: (p) => clause(p, false),
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
  notify: (who) => `notify ${who}`,
  activate: (groups, when) => `${when ? `${when}, ` : ""}${groups} ${/\band\b/u.test(groups) ? "are" : "is"} activated`,
  release(p) {
    const parts: string[] = [];
    if (p.by) parts.push(`statements are released by ${p.by}${p.approve ? ` once approved by ${p.approve}` : ""}`);
    else if (p.approve) parts.push(`statements are approved by ${p.approve} before release`);
    if (p.override) parts.push(`${p.override} may take over the release if necessary`);
    return parts.join("; ");
  },
  decide: (who) => `the response is decided by ${who}`,
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
