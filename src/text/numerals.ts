const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, up to 999. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return DIGITS[n] as string;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
    return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

/** The circled numbers ① … ⑳: item n is CIRCLED[n - 1]. */
export const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
/** Roman numerals as single CJK-width characters (Ⅰ级 … Ⅻ级). */
const UPPER_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";

/** 1 → a, 26 → z, 27 → aa (A… when `upper`). */
export function letter(n: number, upper: boolean): string {
  let s = "";
  let k = n;
  while (k > 0) {
    k--;
    s = String.fromCharCode((upper ? 65 : 97) + (k % 26)) + s;
    k = Math.floor(k / 26);
  }
  return s;
}

/** 4 → iv (IV when `upper`). */
export function roman(n: number, upper = false): string {
  const r = romanLower(n);
  return upper ? r.toUpperCase() : r;
}

function romanLower(n: number): string {
  const table: Array<[number, string]> = [
    [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
    [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
  ];
  let s = "";
  let k = n;
  for (const [v, r] of table) while (k >= v) { s += r; k -= v; }
  return s;
}

/**
 * Formats item number `n` (1-based) in a numbering style written as an example
 * of the first item: `一、` `（一）` `1.` `1、` `（1）` `(1)` `①` `一是` `a)` `(i)`, `I.`,
 * `第一章` `第一节` `第一条`, `Ⅰ级`, `1.1` (hierarchical, uses `parent`), or `none`. `1、` is printed
 * `1.`: after an Arabic numeral GB/T 15834 puts a full stop (the 顿号 follows Chinese numerals).
 */
export function formatNumber(written: string, n: number, parent = ""): string {
  // An Arabic numeral takes a full stop, not a 顿号 (GB/T 15834-2011 4.5.3.4): 1、 is printed 1.
  const style = written === "1、" ? "1." : written;
  if (style === "none" || style === "") return "";
  if (style === "1.1") {
    const p = parent.replace(/[^0-9A-Za-z]+$/, "");
    return p ? `${p}.${n}` : String(n);
  }
  const m = /[一1①aAiIⅠ]/.exec(style);
  if (!m) return style;
  const ch = m[0];
  const value =
    ch === "一" ? chineseNumeral(n)
    : ch === "1" ? String(n)
    : ch === "①" ? (CIRCLED[n - 1] ?? `(${n})`)
    : ch === "a" ? letter(n, false)
    : ch === "A" ? letter(n, true)
    : ch === "I" ? roman(n, true)
    : ch === "Ⅰ" ? (UPPER_ROMAN[n - 1] ?? roman(n, true))
    : roman(n);
  return style.slice(0, m.index) + value + style.slice(m.index + 1);
}

/** Whether a numbering style is a known pattern (used by validation). */
export function isNumberingStyle(style: string): boolean {
  return style === "none" || style === "1.1" || /[一1①aAiIⅠ]/.test(style);
}
