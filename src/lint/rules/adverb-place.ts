import { patternRule } from "../rule.js";

/** An adverb out of its place: “responds to the journalist normally within 2 hours” (normally responds), 适时根据… (根据…适时). */
export const adverbPlace = patternRule({
  id: "prose/adverb-place",
  description: "Adverbs stand where they belong (“normally responds within 2 hours”; 根据…适时采取).",
  patterns: (w) => [
    {
      pattern: w.adverbPlace,
      say: (m) => ({ message: `“${m[0]}”: the adverb is out of place`, hint: "Put the adverb before the verb it qualifies (normally responds …), after the phrase that sets its basis (根据…适时采取)." }),
    },
  ],
});
