import { enGB } from "./en/text.js";
import { enUS } from "./en/us.js";
import type { LocaleId, LocaleText } from "./types.js";
import { zhCN } from "./zh-CN/text.js";

const LOCALES: Readonly<Record<LocaleId, LocaleText>> = { "zh-CN": zhCN, "en-GB": enGB, "en-US": enUS };

/** The locales a data file may name; `en` is British English. */
export const LOCALE_IDS = ["zh-CN", "en", "en-GB", "en-US"] as const;

/**
 * The one seam between data and words: everything that differs between
 * languages (wording of rules, punctuation, dates, numbering defaults, paper,
 * the wording of changes) comes from the locale's table.
 */
export function localeText(locale: string): LocaleText {
  return LOCALES[locale === "en" ? "en-GB" : (locale as LocaleId)] ?? zhCN;
}

export type { ChangeWording, LocaleId, LocaleText, NoticeWording } from "./types.js";
export { formatNumber, chineseNumeral } from "../text/numerals.js";
