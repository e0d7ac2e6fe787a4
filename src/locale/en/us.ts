import type { LocaleText } from "../types.js";
import { enGB } from "./text.js";
import { makeEnGrammar } from "./grammar.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** American English: month-first dates and US Letter paper; otherwise the same words as British English. */
export const enUS: LocaleText = {
  ...enGB,
  id: "en-US",
  lang: "en-US",
  paper: "letter",
  grammar: makeEnGrammar({ fillIn: "fill out", fillsIn: "fills out" }),
  words: { organisation: "organization", organisations: "organizations", Organisation: "Organization", Organisations: "Organizations", email: "email", centre: "center", authorised: "authorized" },
  // British wording a US reader marks.
  prose: {
    ...enGB.prose,
    idioms: [
      { pattern: /\bagree(?:s|d)? (?!on\b|to\b|with\b|that\b|upon\b)(?:the|a|an|its|their)\b/gu, say: "agree on" },
      { pattern: /\bfill(?:s|ed|ing)? in (?:the|a|an|this|each)\b/gu, say: "fill out" },
      { pattern: /\bat the weekend\b/gu, say: "on the weekend" },
    ],
  },
  changes: { ...enGB.changes, fields: { ...enGB.changes.fields, email: "email" } },
  date(iso: string) {
    const [y, m, d] = iso.split("-").map(Number);
    return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
  },
};
