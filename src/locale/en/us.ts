import type { LocaleText } from "../types.js";
import { enGB } from "./text.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** American English: month-first dates and US Letter paper; otherwise the same words as British English. */
export const enUS: LocaleText = {
  ...enGB,
  id: "en-US",
  lang: "en-US",
  paper: "letter",
  phonePlan: { country: "1", trunk: "" },
  words: { organisation: "organization", organisations: "organizations", Organisation: "Organization", Organisations: "Organizations", email: "email", centre: "center", authorised: "authorized" },
  changes: { ...enGB.changes, fields: { ...enGB.changes.fields, email: "email" } },
  date(iso: string) {
    const [y, m, d] = iso.split("-").map(Number);
    return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
  },
};
