import { matches, type ProseRule } from "../rule.js";
import { wordStarts } from "../words.js";

/** A word of two to four characters written twice (适时适时, 办公室办公室); an article doubled (“a the”, “the the”). */
export const doubledWord: ProseRule = {
  id: "prose/doubled-word",
  description: "No word written twice in a row (适时适时, 办公室办公室, “a the”).",
  check({ docs, words, t, report }) {
    const dw = words.doubledWord;
    for (const doc of docs)
      for (const p of doc.passages) {
        if (dw)
          for (const m of matches(p.text, dw.pattern)) {
            const w = m[1] as string;
            if (dw.allowed.test(w)) continue;
            // On word boundaries only: 涉及我院及我院职工 doubles no word.
            const starts = wordStarts(p.text, t.lang);
            if (!starts.has(m.index) || !starts.has(m.index + w.length)) continue;
            report({ passage: p, start: m.index, end: m.index + m[0].length, message: `“${w}” is written twice`, hint: "Two parts of the sentence each supply the word: say it once." });
          }
        if (words.doubledArticle)
          for (const m of matches(p.text, words.doubledArticle))
            report({ passage: p, start: m.index, end: m.index + m[0].length, message: `“${m[0]}”: two articles`, hint: "A name that carries its own article takes no other." });
      }
  },
};
