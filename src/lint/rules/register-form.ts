import { matches, type ProseRule } from "../rule.js";

/** 登记《…登记表》 says 登记 twice (填写 is meant); 登记入《…》 is not idiomatic (登记在 / 填入). */
export const registerForm: ProseRule = {
  id: "prose/register-form",
  description: "A form is filled in (填写《…登记表》), not 登记《…登记表》 or 登记入《…》.",
  check({ docs, words, report }) {
    if (!words.registerForm) return;
    for (const doc of docs)
      for (const p of doc.passages)
        for (const m of matches(p.text, words.registerForm))
          report({ passage: p, start: m.index, end: m.index + m[0].length, message: `“${m[0]}”`, hint: "Write 填写《…》 (or 登记在《…》上 / 记入《…》)." });
  },
};
