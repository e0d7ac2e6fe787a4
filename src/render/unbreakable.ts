import { wordSegmenter } from "../text/segmenter.js";

/**
 * What a table cell must never break inside (issue: phone numbers split as
 * 「158 2831 120 / 2」): phone numbers and other digit groups, e-mail
 * addresses and URLs, dates and times, found by their form; Latin words are kept whole by the
 * line-break rules themselves (UAX #14), personal names by the tree (a text
 * node marked `keep`, compose/keep-names.ts). Header text also keeps its
 * Chinese words whole (是否/登记/呈报, not 是/否/登/记…), by the word
 * segmentation of the runtime's ICU.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const URL = /(?:https?:\/\/|www\.)[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+/g;
/** Digit groups joined by spaces, hyphens, dots or slashes, with a leading + or a bracketed area code: 0856-520 0110, +86 139 1611 3060, (020) 7946 0321. */
const DIGITS = /(?:\+|\(\d{1,5}\)\s?)?\d+(?:[ \u00A0\-.\/–]\d+)*(?:\s?(?:转|ext\.?|x)\s?\d+)?/g;

/** Dates, times and durations a reader takes in at a glance: 2026年2月20日, 3月1日, 08:00–18:00, 24小时, 30分钟. */
const DATE_TIME = /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}(?:\s?[–—-]\s?\d{1,2}:\d{2})?|\d+(?:\.\d+)?\s?(?:个工作日|个小时|小时|分钟|个月|工作日|天|日|周)/g;

/** [start, end) offsets of `text` (UTF-16) that must stay on one line. */
export function unbreakableRanges(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const re of [EMAIL, URL]) for (const m of text.matchAll(re)) out.push([m.index, m.index + trimPunct(m[0]).length]);
  for (const m of text.matchAll(DATE_TIME)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(DIGITS)) {
    const digits = m[0].replace(/\D/g, "").length;
    // A phone-like group (at least five digits across separators); shorter numbers are whole already.
    if (digits >= 5 && /\D/.test(m[0])) out.push([m.index, m.index + m[0].replace(/[\s.\-\/–]+$/, "").length]);
  }
  return out;
}

/** A URL or address ends before the punctuation that follows it in a sentence. */
function trimPunct(s: string): string {
  return s.replace(/[.,;:!?)\]}'"]+$/, "");
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * [start, end) offsets of the Chinese words of a table header: a header of
 * up to four characters (人数, 24 h) is kept whole; a longer one breaks between its words,
 * and a one-character word (the 人 of 联络|人, as the segmenter reads it) stays with the
 * word before it — 备用/联络人, never 备用联络/人 — or, opening the header, the word after.
 */
export function headerWordRanges(text: string): Array<readonly [number, number]> {
  if ([...text.replace(/\s+/g, "")].length <= 4) return [[0, text.length]];
  const words: Array<[number, number]> = [];
  for (const s of wordSegmenter("zh").segment(text)) {
    if (!CJK.test(s.segment)) continue;
    const range: [number, number] = [s.index, s.index + s.segment.length];
    const prev = words[words.length - 1];
    const single = [...s.segment].length === 1;
    if (prev && prev[1] === range[0] && (single || [...text.slice(prev[0], prev[1])].length === 1 && prev[0] === 0)) prev[1] = range[1];
    else words.push(range);
  }
  return words.filter(([a, b]) => [...text.slice(a, b)].length > 1);
}
