import { patternRule } from "../rule.js";

/** Wording of another variant of the language: “agrees the time” in a US plan (agrees on). */
export const idiom = patternRule({
  id: "prose/idiom",
  description: "Wording follows the document's variant of the language (US: “agree on”, “fill out”).",
  patterns: (w) => (w.idioms ?? []).map(({ pattern, say }) => ({ pattern, say: (m, doc) => ({ message: `“${m[0]}” is not ${doc.locale} usage`, hint: `Say “${say}”.` }) })),
});
