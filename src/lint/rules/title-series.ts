import { patternRule } from "../rule.js";

/** GB/T 15834-2011 4.5.3.5: no 顿号 between titles in 书名号 or between quotations: 《A》《B》, “A”“B”. Once per passage: a series is one thing to mend. */
export const titleSeries = patternRule({
  id: "prose/title-series",
  description: "No 顿号 between consecutive titles in 书名号 or quotations (GB/T 15834).",
  patterns: (w) => [
    {
      pattern: w.titleSeries,
      firstOnly: true,
      say: (m) => ({ message: `a 顿号 between titles: “${m[0]}”`, hint: "Titles in 书名号 (or quotations) in a series take no 顿号 between them (GB/T 15834-2011 4.5.3.5)." }),
    },
  ],
});
