import { matches, type ProseRule } from "../rule.js";

/** Two asides in brackets side by side: 孙立新（党政办主任）（以下简称…）; a bracket with nothing in it: （）. */
export const adjacentBrackets: ProseRule = {
  id: "prose/adjacent-brackets",
  description: "Everything said in brackets about one name goes into one bracket (no ）（), and no bracket is empty.",
  check({ docs, words, report }) {
    for (const doc of docs)
      for (const p of doc.passages) {
        for (const m of matches(p.text, words.adjacentBrackets))
          report({ passage: p, start: m.index, end: m.index + m[0].length, message: "two bracketed asides side by side", hint: "Join them in one bracket, separated by a comma or semicolon (（党政办主任，以下简称…）)." });
        for (const m of matches(p.text, words.emptyBrackets))
          report({ passage: p, start: m.index, end: m.index + m[0].length, message: "an empty bracket", hint: "An optional part was empty: leave its brackets out too." });
      }
  },
};
