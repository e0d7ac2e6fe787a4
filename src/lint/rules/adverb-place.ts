import { matches, type ProseRule } from "../rule.js";

/** An adverb out of its place: “responds to the journalist normally within 2 hours” (normally responds), 适时根据… (根据…适时). */
export const adverbPlace: ProseRule = {
  id: "prose/adverb-place",
  description: "Adverbs stand where they belong (“normally responds within 2 hours”; 根据…适时采取).",
  check({ docs, words, report }) {
    if (!words.adverbPlace) return;
    for (const doc of docs)
      for (const p of doc.passages)
        for (const m of matches(p.text, words.adverbPlace))
          report({ passage: p, start: m.index, end: m.index + m[0].length, message: `“${m[0]}”: the adverb is out of place`, hint: "Put the adverb before the verb it qualifies (normally responds …), after the phrase that sets its basis (根据…适时采取)." });
  },
};
