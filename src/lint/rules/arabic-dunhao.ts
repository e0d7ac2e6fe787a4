import { patternRule } from "../rule.js";

/** GB/T 15834: an Arabic numeral that numbers an item takes a full stop (1.), not a 顿号 (1、). */
export const arabicDunhao = patternRule({
  id: "prose/arabic-dunhao",
  description: "Arabic item numbers take “1.”, not “1、” (GB/T 15834).",
  patterns: (w) => [
    {
      pattern: w.arabicDunhao,
      say: (m) => ({
        message: `item number “${m[1]}、”`,
        hint: "After an Arabic numeral an item number takes a full stop: 1. (the 顿号 follows Chinese numerals: 一、).",
        start: m.index + m[0].length - (m[1] as string).length - 1,
      }),
    },
  ],
});
