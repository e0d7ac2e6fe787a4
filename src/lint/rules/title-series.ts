import { matches, type ProseRule } from "../rule.js";

/** GB/T 15834-2011 4.5.3.5: no 顿号 between titles in 书名号 or between quotations: 《A》《B》, “A”“B”. */
export const titleSeries: ProseRule = {
  id: "prose/title-series",
  description: "No 顿号 between consecutive titles in 书名号 or quotations (GB/T 15834).",
  check({ docs, words, report }) {
    if (!words.titleSeries) return;
    for (const doc of docs)
      for (const p of doc.passages)
        // Once per passage: a series of titles is one thing to mend.
        for (const m of [...matches(p.text, words.titleSeries)].slice(0, 1))
          report({ passage: p, start: m.index, end: m.index + m[0].length, message: `a 顿号 between titles: “${m[0]}”`, hint: "Titles in 书名号 (or quotations) in a series take no 顿号 between them (GB/T 15834-2011 4.5.3.5)." });
  },
};
