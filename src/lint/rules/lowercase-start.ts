import { isRunningText } from "../passages.js";
import { sentencesOf, withoutItemNumber } from "../sentences.js";
import type { ProseRule } from "../rule.js";

/**
 * A sentence of running text that starts in lower case. Items that continue a
 * lead-in ending with a colon (“… is responsible for:” then “deciding …;”) are
 * not sentences; they continue until an item ends with a full stop.
 */
export const lowercaseStart: ProseRule = {
  id: "prose/lowercase-start",
  description: "English sentences start with a capital letter.",
  check({ docs, words, report }) {
    const re = words.lowercaseStart;
    if (!re) return;
    for (const doc of docs) {
      let continuing = false;
      for (const p of doc.passages) {
        if (!isRunningText(p)) {
          continuing = false;
          continue;
        }
        sentencesOf(p.text, words).forEach((s, k) => {
          if (k === 0 && continuing) return;
          const body = withoutItemNumber(s.text);
          if (re.test(body)) {
            const at = s.start + (s.text.length - body.length);
            report({ passage: p, start: at, end: at + 1, message: "a sentence starts in lower case", hint: "Capitalise the first word (the grammar does; text written in the data may not)." });
          }
        });
        const end = p.text.trimEnd();
        continuing = /:$/u.test(end) || (continuing && /[;,]$|[;,]\s+(?:and|or)$/u.test(end));
      }
    }
  },
};
