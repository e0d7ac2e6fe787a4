import { importWords, vagueDeadlineWords } from "../../locale/import-words.js";
import { DEADLINE_RANGE } from "../../model/schema/timing.js";

/**
 * Deadlines and frequencies written in sentences, as data values: 1小时内 →
 * 1h, 半天内 → half-day, 立即 → immediately, 第一时间 → first-moment,
 * within 30 minutes → 30min; 每天三次 → 3/day, 24小时值班 → continuous,
 * twice a day → 2/day. The vague words are the locale's own, read back.
 */
export type Found = { readonly value: string; readonly text: string; readonly index: number };

export function findDeadline(text: string, locale: string): Found | undefined {
  const words = importWords(locale);
  const within = words.within.exec(text);
  if (within) {
    const n = /^half|^半$/iu.test((within[1] as string).trim()) ? 0.5 : words.count((within[1] as string).replace(/\s.*$/u, "")) ?? words.count(within[1] as string);
    const unit = words.unitMinutes(within[2] as string);
    if (n !== undefined && unit !== undefined) {
      const value = durationValue(n * unit, n === 0.5 && unit === 1440);
      if (value) return { value, text: within[0], index: within.index ?? 0 };
    }
  }
  const lower = text.toLowerCase();
  let best: Found | undefined;
  for (const [word, term] of vagueDeadlineWords(locale)) {
    const i = lower.indexOf(word.toLowerCase());
    if (i < 0) continue;
    if (/^[a-z]/i.test(word) && /[a-z]/i.test(lower[i - 1] ?? "")) continue;
    if (!best || i < best.index) best = { value: term, text: text.slice(i, i + word.length), index: i };
  }
  return best;
}

export function findFrequency(text: string, locale: string): Found | undefined {
  for (const [re, value] of importWords(locale).frequencies) {
    const m = re.exec(text);
    const v = m ? value(m) : undefined;
    if (m && v) return { value: v, text: m[0], index: m.index ?? 0 };
  }
  return undefined;
}

/** Minutes as a deadline value: 30min, 1h, 2d, half-day; nothing outside the range a deadline may have (a minute to a year). */
function durationValue(minutes: number, halfDay = false): string | undefined {
  if (halfDay) return "half-day";
  if (!Number.isFinite(minutes) || minutes < DEADLINE_RANGE.minMinutes || minutes > DEADLINE_RANGE.maxMinutes) return undefined;
  if (minutes % 1440 === 0 && minutes >= 2880) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return Number.isInteger(minutes) ? `${minutes}min` : undefined;
}
