import { parseChineseNumeral, parseRoman } from "../../text/numbering-parse.js";

/**
 * The number in front of a paragraph, read as a numbering style (written as
 * the first item's number, the way the data writes `numbering:`) and a value:
 * 第三章 → 第一章/3, （二） → （一）/2, 1.2 → 1.1/[1,2], IV. → I./4, c) → a)/3.
 * Some numbers read two ways (I. is a Roman one or the ninth letter); all
 * readings are returned, likeliest first, and the section tree picks the one
 * that continues a list it is in.
 */
export type Marker = {
  readonly style: string;
  readonly value: number;
  /** For 1.1 styles: every part (1.2.3 → [1, 2, 3]). */
  readonly parts?: readonly number[];
  /** The number as written, e.g. "（二）". */
  readonly raw: string;
  /** The text after the number. */
  readonly rest: string;
};

const CN = "零〇一二两三四五六七八九十百";
const CN_NUM = `[${CN}]+`;
const GAP = "[\\s\\u3000]*";

type Pattern = { readonly re: RegExp; readonly style: (m: RegExpExecArray) => string; readonly value: (m: RegExpExecArray) => number | undefined };

const PATTERNS: readonly Pattern[] = [
  { re: new RegExp(`^第(${CN_NUM}|\\d{1,3})章${GAP}`, "u"), style: () => "第一章", value: (m) => num(m[1]) },
  { re: new RegExp(`^第(${CN_NUM}|\\d{1,3})节${GAP}`, "u"), style: () => "第一节", value: (m) => num(m[1]) },
  { re: new RegExp(`^第(${CN_NUM}|\\d{1,3})条${GAP}`, "u"), style: () => "第一条", value: (m) => num(m[1]) },
  { re: new RegExp(`^(${CN_NUM})[、，,．.]${GAP}`, "u"), style: () => "一、", value: (m) => num(m[1]) },
  { re: new RegExp(`^（(${CN_NUM})）${GAP}`, "u"), style: () => "（一）", value: (m) => num(m[1]) },
  { re: new RegExp(`^\\((${CN_NUM})\\)${GAP}`, "u"), style: () => "(一)", value: (m) => num(m[1]) },
  { re: new RegExp(`^(${CN_NUM})是(?=[^，。；、]{2})`, "u"), style: () => "一是", value: (m) => num(m[1]) },
  { re: /^(\d{1,2}(?:[.．]\d{1,2})+)[.．]?(?![\d%])[\s\u3000]*(?=\S)/u, style: () => "1.1", value: (m) => last(parts(m[1])) },
  { re: /^(\d{1,3})[.．](?![\d%])[\s\u3000]*/u, style: () => "1.", value: (m) => Number(m[1]) },
  { re: /^(\d{1,3})、[\s\u3000]*/u, style: () => "1、", value: (m) => Number(m[1]) },
  { re: /^（(\d{1,3})）[\s\u3000]*/u, style: () => "（1）", value: (m) => Number(m[1]) },
  { re: /^\((\d{1,3})\)[\s\u3000]*/u, style: () => "(1)", value: (m) => Number(m[1]) },
  { re: /^(\d{1,2})\)\s+/u, style: () => "1)", value: (m) => Number(m[1]) },
  { re: /^([①-⑳])[\s\u3000]*/u, style: () => "①", value: (m) => (m[1] as string).charCodeAt(0) - 0x2460 + 1 },
  { re: /^([IVXLC]{1,6})\.\s+/u, style: () => "I.", value: (m) => parseRoman(m[1] as string) },
  { re: /^([A-Z])\.\s+/u, style: () => "A.", value: (m) => (m[1] as string).charCodeAt(0) - 64 },
  { re: /^([ivx]{1,5})[.)]\s+/u, style: (m) => `i${m[0].trim().slice(-1)}`, value: (m) => parseRoman(m[1] as string) },
  { re: /^([a-z])[.)]\s+/u, style: (m) => `a${m[0].trim().slice(-1)}`, value: (m) => (m[1] as string).charCodeAt(0) - 96 },
  { re: /^\(([ivx]{1,5})\)\s+/u, style: () => "(i)", value: (m) => parseRoman(m[1] as string) },
  { re: /^\(([a-z])\)\s+/u, style: () => "(a)", value: (m) => (m[1] as string).charCodeAt(0) - 96 },
  // A bare number before a heading's words (1 总则, 2 Purpose): only for headings, see `headingOnly`.
  { re: /^(\d{1,2})[\s\u3000]+(?=[^\d\s])/u, style: () => "1", value: (m) => Number(m[1]) },
];

/** Every reading of the number in front of `text`, likeliest first. */
export function readMarkers(text: string, heading = false): Marker[] {
  const out: Marker[] = [];
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const style = p.style(m);
    if (style === "1" && !heading && !isShortHeading(text.slice(m[0].length))) continue;
    const value = p.value(m);
    if (value === undefined || !Number.isFinite(value) || value < 1) continue;
    const rest = text.slice(m[0].length).trim();
    if (rest === "" && !heading) continue;
    out.push({ style, value, raw: m[0].trim(), rest, ...(style === "1.1" ? { parts: parts(m[1]) } : {}) });
  }
  return out;
}

function isShortHeading(rest: string): boolean {
  return rest.length > 0 && rest.length <= 20 && !/[。，；.,;:：]/u.test(rest);
}

function parts(s: string | undefined): number[] {
  return (s ?? "").split(/[.．]/u).map(Number);
}

function last(a: readonly number[]): number | undefined {
  return a[a.length - 1];
}

/** 一 → 1, 十二 → 12, 一百零五 → 105, 两 → 2, 〇 → 0 (the prose lint's reader, with the variants plans write); digits as they are. */
function num(s: string | undefined): number | undefined {
  if (!s) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseNumeral(s.replace(/两/gu, "二").replace(/〇/gu, "零"));
}
