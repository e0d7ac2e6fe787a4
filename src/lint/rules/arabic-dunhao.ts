import { matches, type ProseRule } from "../rule.js";

/** GB/T 15834: an Arabic numeral that numbers an item takes a full stop (1.), not a 顿号 (1、). */
export const arabicDunhao: ProseRule = {
  id: "prose/arabic-dunhao",
  description: "Arabic item numbers take “1.”, not “1、” (GB/T 15834).",
  check({ docs, words, report }) {
    if (!words.arabicDunhao) return;
    for (const doc of docs)
      for (const p of doc.passages)
        for (const m of matches(p.text, words.arabicDunhao)) {
          const at = m.index + m[0].length - (m[1] as string).length - 1;
          report({ passage: p, start: at, end: m.index + m[0].length, message: `item number “${m[1]}、”`, hint: "After an Arabic numeral an item number takes a full stop: 1. (the 顿号 follows Chinese numerals: 一、)." });
        }
  },
};
