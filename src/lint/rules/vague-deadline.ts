import { sentencesOf } from "../sentences.js";
import type { ProseRule } from "../rule.js";

/** A vague deadline word added to an action that already holds one: 适时适时, 适时…选择合适的时机. */
export const vagueDeadline: ProseRule = {
  id: "prose/vague-deadline",
  description: "A vague deadline is said once (not 适时…适时, 适时…选择合适的时机).",
  check({ docs, words, report }) {
    const v = words.vagueDeadline;
    if (!v) return;
    for (const doc of docs)
      for (const p of doc.passages) {
        if (p.kind !== "paragraph" && p.kind !== "cell") continue;
        for (const s of sentencesOf(p.text, words)) {
          for (const group of v.groups) {
            const found = occurrencesOf(s.text, group);
            for (let k = 1; k < found.length; k++) {
              const a = found[k - 1]!;
              const b = found[k]!;
              const between = s.text.slice(a.end, b.start);
              // Side by side (适时适时) is a doubled word, reported as one.
              if (v.parallel.test(between) || (a.word === b.word && between === "")) continue;
              // The same word in two comma clauses is parallel wording (及时回应，及时处置); twice in one clause, or two synonyms, is not.
              if (a.word === b.word && /[，,]/u.test(between)) continue;
              report({ passage: p, start: s.start + a.start, end: s.start + b.end, message: `“${a.word}” and “${b.word}” say the same deadline twice`, hint: "Keep one: the deadline of the step, or the word in its action." });
            }
          }
        }
      }
  },
};

function occurrencesOf(text: string, group: readonly string[]): Array<{ word: string; start: number; end: number }> {
  const all: Array<{ word: string; start: number; end: number }> = [];
  for (const word of group) for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) all.push({ word, start: i, end: i + word.length });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter((o, i) => !all.some((x, j) => j !== i && x.start <= o.start && o.end <= x.end && x.end - x.start > o.end - o.start));
}
