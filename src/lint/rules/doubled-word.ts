import { patternRule } from "../rule.js";
import { wordStarts } from "../words.js";

/** A word of two to four characters written twice (适时适时, 办公室办公室); an article doubled (“a the”, “the the”). */
export const doubledWord = patternRule({
  id: "prose/doubled-word",
  description: "No word written twice in a row (适时适时, 办公室办公室, “a the”).",
  patterns: (w) => [
    {
      pattern: w.doubledWord?.pattern,
      say: (m, _doc, { t }) => {
        const word = m[1] as string;
        if (w.doubledWord!.allowed.test(word)) return undefined;
        // On word boundaries only: 涉及我院及我院职工 doubles no word.
        const starts = wordStarts(m.input, t.lang);
        if (!starts.has(m.index) || !starts.has(m.index + word.length)) return undefined;
        return { message: `“${word}” is written twice`, hint: "Two parts of the sentence each supply the word: say it once." };
      },
    },
    { pattern: w.doubledArticle, say: (m) => ({ message: `“${m[0]}”: two articles`, hint: "A name that carries its own article takes no other." }) },
  ],
});
