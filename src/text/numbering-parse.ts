import { CIRCLED } from "./numerals.js";
import { NUMBERING_SCHEMES } from "./numbering-schemes.js";

/**
 * Reading numbers back: the style and value of the number a printed line
 * starts with (一、 （一） 1. 1、 （1） (1) ① 第一条 A. a. I. (a) 1.1 …), and
 * which styles may number a list directly under a line numbered in a style.
 * The prose lint uses it to check that lists take the next level of their
 * section's scheme and count on without gaps.
 */

export type LeadingNumber = {
  /** The style as its first item is written: 一、 （一） 1. （1） ① 第一条 A. a. I. (a) 1.1 1. */
  readonly style: string;
  readonly n: number;
  /** Characters the number (and the space after it) take. */
  readonly length: number;
};

const CN = "零一二三四五六七八九";
/** A Chinese numeral as a pattern: 一, 十二, 一百零三. */
export const CHINESE_NUMERAL = "[零一二三四五六七八九十百]+";
const WHOLE_NUMERAL = new RegExp(`^${CHINESE_NUMERAL}$`, "u");

/** 一 → 1, 十二 → 12, 二十一 → 21, 一百零三 → 103 (up to 999); undefined for anything else. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!WHOLE_NUMERAL.test(s)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    const d = CN.indexOf(ch);
    if (d >= 0) digit = d;
    else if (ch === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    }
  }
  total += digit;
  return total > 0 ? total : undefined;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** IV → 4, xii → 12 (I V X L C, either case); undefined for anything else. */
export function parseRoman(s: string): number | undefined {
  const up = s.toUpperCase();
  if (!/^[IVXLC]+$/u.test(up)) return undefined;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i] as string] as number;
    const next = ROMAN[up[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}


type Pattern = { readonly re: RegExp; readonly style: string; readonly value: (m: RegExpExecArray) => number | undefined };

const cn = (m: RegExpExecArray) => parseChineseNumeral(m[1] as string);
const int = (m: RegExpExecArray) => Number(m[1]);
const letter = (m: RegExpExecArray) => (m[1] as string).toLowerCase().charCodeAt(0) - 96;
const roman = (m: RegExpExecArray) => parseRoman(m[1] as string);

/** Candidates in order of preference; a line may match more than one (“I.” is a Roman one or the letter I). */
const PATTERNS: readonly Pattern[] = [
  { re: new RegExp(`^第(${CHINESE_NUMERAL})章[\\s　]*`, "u"), style: "第一章", value: cn },
  { re: new RegExp(`^第(${CHINESE_NUMERAL})节[\\s　]*`, "u"), style: "第一节", value: cn },
  { re: new RegExp(`^第(${CHINESE_NUMERAL})条[\\s　]*`, "u"), style: "第一条", value: cn },
  { re: new RegExp(`^(${CHINESE_NUMERAL})、`, "u"), style: "一、", value: cn },
  { re: new RegExp(`^[（(](${CHINESE_NUMERAL})[）)]`, "u"), style: "（一）", value: cn },
  { re: new RegExp(`^(${CHINESE_NUMERAL})是`, "u"), style: "一是", value: cn },
  { re: /^(\d{1,3})\.(?!\d)[ \t]?/u, style: "1.", value: int },
  { re: /^(\d{1,3})、/u, style: "1、", value: int },
  { re: /^[（(](\d{1,3})[）)][ \t]?/u, style: "（1）", value: int },
  { re: /^(\d{1,3})\)[ \t]/u, style: "1)", value: int },
  { re: /^(\d{1,2}(?:\.\d{1,2})+)(?![.\d])(?:[ \t　]+|$)/u, style: "1.1", value: (m) => Number((m[1] as string).split(".").pop()) },
  // A letter or Roman numeral is a number when a space (or nothing: “III.” alone) follows its mark.
  { re: /^([IVXLC]{1,6})\.(?:[ \t]|$)/u, style: "I.", value: roman },
  { re: /^([A-Z])\.(?:[ \t]|$)/u, style: "A.", value: letter },
  { re: /^([ivxlc]{1,6})\.(?:[ \t]|$)/u, style: "i.", value: roman },
  { re: /^([a-z])\.(?:[ \t]|$)/u, style: "a.", value: letter },
  { re: /^\(([a-z])\)(?:[ \t]|$)/u, style: "(a)", value: letter },
  { re: /^([a-z])\)(?:[ \t]|$)/u, style: "a)", value: letter },
];

/** What a number may start with. */
const MAY_START = /[第零一二三四五六七八九十百（(0-9A-Za-z①-⑳]/u;

/** Decimal top-level numbers (“3 Reporting”, “3　总则”); in running text only before a word that opens a sentence. */
const DECIMAL_TOP: Pattern = { re: /^(\d{1,2})(?![.\d])(?:[ \t　]+(?=\S)|$)/u, style: "1", value: int };
const DECIMAL_TOP_TEXT: Pattern = { re: /^(\d{1,2})(?![.\d])[ \t　]+(?=\p{L})/u, style: "1", value: int };

/** Every reading of the number `text` starts with, best first; `heading` reads bare decimals (3 总则) more freely. */
export function leadingNumbers(text: string, options: { heading?: boolean } = {}): LeadingNumber[] {
  const out: LeadingNumber[] = [];
  const first = text[0];
  if (!first || !MAY_START.test(first)) return out;
  if (CIRCLED.includes(first)) out.push({ style: "①", n: CIRCLED.indexOf(first) + 1, length: 1 });
  for (const p of [...PATTERNS, options.heading ? DECIMAL_TOP : DECIMAL_TOP_TEXT]) {
    const m = p.re.exec(text);
    if (!m) continue;
    const n = p.value(m);
    if (n !== undefined && n > 0) out.push({ style: p.style, n, length: m[0].length });
  }
  return out;
}

/** The first reading of the number `text` starts with, if any. */
export function leadingNumber(text: string, options: { heading?: boolean } = {}): LeadingNumber | undefined {
  return leadingNumbers(text, options)[0];
}

/** The style of a list directly under a line numbered `parent`: the first of `preferred` that is its next level. */
export function listStyleUnder(parent: string, preferred: readonly string[]): string | undefined {
  const next = new Set(nextLevels(parent, [], { list: true }));
  return preferred.find((s) => next.has(levelOf(s)));
}

/** Styles that stand for the same level: 1、 and 一是 are written forms of the 1. level, (1) of （1）. */
export function levelOf(style: string): string {
  if (style === "1、" || style === "一是" || style === "1)") return "1.";
  if (style === "(1)") return "（1）";
  if (style === "(一)") return "（一）";
  return style;
}

/**
 * The levels a list may take directly under a line numbered in `style`: the
 * level after it in every numbering scheme that has it (1. under （一）, （1）
 * under 1., （一） under 第一条, a. under 1. in an outline), or in `extra`
 * schemes (a locale's default numbering).
 */
export function nextLevels(style: string, extra: ReadonlyArray<readonly string[]> = [], options: { list?: boolean } = {}): string[] {
  const level = levelOf(style);
  const out = new Set<string>();
  for (const scheme of [...(Object.values(NUMBERING_SCHEMES) as ReadonlyArray<readonly string[]>), ...extra]) {
    scheme.forEach((s, i) => {
      const next = scheme[i + 1];
      if (levelOf(s) === level && next && next !== "none") out.add(levelOf(next));
    });
  }
  // A chapter holds articles, or sections (节) that hold them.
  if (level === "第一章") out.add("第一条");
  // A list (not a section) straight under a chapter or 节 takes the level an article's items take.
  if (options.list && (level === "第一章" || level === "第一节")) out.add("（一）");
  // Under a decimal section (3, 3.2) a list is numbered 1. or （1）; the decimals are for sections.
  if (level === "1" || level === "1.1") (out.add("1."), out.add("（1）"));
  return [...out];
}
