import { matches, type ProseRule } from "../rule.js";

/** Wording of another variant of the language: “agrees the time” in a US plan (agrees on). */
export const idiom: ProseRule = {
  id: "prose/idiom",
  description: "Wording follows the document's variant of the language (US: “agree on”, “fill out”).",
  check({ docs, words, report }) {
    for (const { pattern, say } of words.idioms ?? [])
      for (const doc of docs)
        for (const p of doc.passages)
          for (const m of matches(p.text, pattern))
            report({ passage: p, start: m.index, end: m.index + m[0].length, message: `“${m[0]}” is not ${doc.locale} usage`, hint: `Say “${say}”.` });
  },
};
