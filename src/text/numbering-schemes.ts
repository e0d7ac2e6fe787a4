import { isNumberingStyle } from "./numerals.js";

/**
 * Numbering schemes: the style of each depth of a plan's section tree, named
 * after the kind of document that uses it. A style is written as the first
 * item's number (`一、`, `第一条`, `1.1`, `A.`); a scheme is a list of them.
 */
export const NUMBERING_SCHEMES = {
  /** GB/T 9704 hierarchy: 一、 （一） 1. （1）. */
  gbt: ["一、", "（一）", "1.", "（1）", "①"],
  /** 制度 / 办法: chapters, articles numbered on through the whole text, items. */
  articles: ["第一章", "第一条", "（一）", "1.", "（1）"],
  /** Chapters, sections (节) and continuous articles. */
  "articles-sections": ["第一章", "第一节", "第一条", "（一）", "1."],
  /** Articles without chapters (a short 规定). */
  "flat-articles": ["第一条", "（一）", "1.", "（1）"],
  /** 总则 … 附则 plans: 1 / 1.1 / 1.1.1, then (1). */
  decimal: ["1", "1.1", "1.1", "（1）", "①"],
  /** English outline: I. / A. / 1. / a. */
  outline: ["I.", "A.", "1.", "a.", "(1)"],
  /** Nothing numbered. */
  none: ["none", "none", "none", "none", "none", "none"],
} as const satisfies Record<string, readonly string[]>;

export type SchemeName = keyof typeof NUMBERING_SCHEMES;
export const SCHEME_NAMES = Object.keys(NUMBERING_SCHEMES) as SchemeName[];

export function isScheme(value: string): value is SchemeName {
  return Object.hasOwn(NUMBERING_SCHEMES, value);
}

/** A numbering value in the data: a scheme name or one style. */
export function isNumbering(value: string): boolean {
  return isScheme(value) || isNumberingStyle(value);
}

/** What a style numbers, which decides how its sections are laid out. */
export type StyleKind = "chapter" | "part" | "article" | "decimal" | "item" | "none";

export function styleKind(style: string): StyleKind {
  if (style === "none" || style === "") return "none";
  if (/^第一章$/.test(style)) return "chapter";
  if (/^第一[节編编]$/.test(style)) return "part";
  if (/^第一条$/.test(style)) return "article";
  if (style === "1" || style === "1.1") return "decimal";
  return "item";
}

/** Articles (第一条) count on through the whole document instead of restarting under each chapter. */
export function isContinuous(style: string): boolean {
  return styleKind(style) === "article";
}

/** The text between a number and its title: a full-width space after 第一条; after other numbers, what the locale puts (none after 一、, a space after 1.1 or I.). */
export function numberGap(style: string, gap: (kind: "item" | "decimal") => string): string {
  const kind = styleKind(style);
  if (kind === "none") return "";
  if (kind === "chapter" || kind === "part" || kind === "article") return "　";
  return gap(kind === "decimal" ? "decimal" : "item");
}
