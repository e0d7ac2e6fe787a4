import { patternRule } from "../rule.js";

/** 登记《…登记表》 says 登记 twice (填写 is meant); 登记入《…》 is not idiomatic (登记在 / 填入). */
export const registerForm = patternRule({
  id: "prose/register-form",
  description: "A form is filled in (填写《…登记表》), not 登记《…登记表》 or 登记入《…》.",
  patterns: (w) => [{ pattern: w.registerForm, say: (m) => ({ message: `“${m[0]}”`, hint: "Write 填写《…》 (or 登记在《…》上 / 记入《…》)." }) }],
});
