import { en } from "./en.js";
import type { LocaleText } from "./locale.js";
import { zhCN } from "./zh-CN.js";

export function localeText(locale: "zh-CN" | "en"): LocaleText {
  return locale === "en" ? en : zhCN;
}

export type { LocaleText } from "./locale.js";
export { formatNumber, chineseNumeral } from "../../text/numerals.js";
