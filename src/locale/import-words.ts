import { VAGUE_TERMS, type VagueTerm } from "../model/schema/timing.js";
import { enImport } from "./en/import-words.js";
import { localeText } from "./index.js";
import { zhImport } from "./zh-CN/import-words.js";

/**
 * The words `planwright import` reads plans by, per language: what a table's
 * column headings mean, how levels, forms, groups and attachments are named,
 * and the words of deadlines and frequencies. The vague deadline words are
 * the locale's own (立即, 第一时间 / immediately, without delay), read back,
 * so import reads what build writes; the tables here add the synonyms real
 * plans use.
 */
export type ImportWords = {
  /** Column headings, by what the column holds. */
  readonly columns: {
    readonly name: RegExp;
    readonly post: RegExp;
    readonly title: RegExp;
    readonly unit: RegExp;
    readonly when: RegExp;
    readonly level: RegExp;
    readonly criteria: RegExp;
    readonly reportTo: RegExp;
    readonly reportWithin: RegExp;
    /** Phone columns, tried in order: the first that matches names the kind. */
    readonly phones: ReadonlyArray<readonly [RegExp, "mobile" | "office" | "duty" | "home" | "fax"]>;
  };
  /** A person's name (张三 / Jane Smith), as a whole string. */
  readonly personName: RegExp;
  /** Names of bodies: internal units, and outside ones. */
  readonly orgName: RegExp;
  readonly outsideBody: RegExp;
  /** A level's name (特别重大, 一级, Ⅰ级, 红色 / Level 1, Phase II, Major incident) and its rank if the words say it. */
  readonly levelName: RegExp;
  severity(name: string): number | undefined;
  /** Form titles in running text: group 1 is the title. */
  readonly formTitle: RegExp;
  /** An attachment's mark on a line of its own (附件1 / Appendix A) and the list of attachments (附件：1. … / Appendices:). */
  readonly attachmentMark: RegExp;
  readonly attachmentList: RegExp;
  /** 成立X领导小组（以下简称Y） / the Crisis Team (CT): group 1 the name, group 2 the short name. */
  readonly groupFormed: RegExp;
  /** Posts of a group, leader first: 组长 副组长 成员 / Chair Members. */
  readonly groupPosts: ReadonlyArray<{ readonly word: RegExp; readonly name: string }>;
  /** Where a group sits: 设在X / 日常工作由X承担 — group 1 the unit. */
  readonly hostUnit: RegExp;
  /** Vague deadline words beyond the locale's own, by term. */
  readonly deadlineSynonyms: Readonly<Record<string, VagueTerm>>;
  /** A concrete deadline in running text: group 1 the number, group 2 the unit word. */
  readonly within: RegExp;
  unitMinutes(word: string): number | undefined;
  /** Frequencies: each pattern with the data value it stands for (a function of the match). */
  readonly frequencies: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string | undefined]>;
  /** Words of a number (三 → 3, three → 3). */
  count(word: string): number | undefined;
  /** Report verbs after a recipient: 报告 汇报 通报 / reports to, notifies. */
  readonly report: RegExp;
  /** Document facts: 发文字号, status, version, dates, effective date. */
  readonly docNumber: RegExp;
  readonly status: RegExp;
  readonly version: RegExp;
  readonly effective: RegExp;
  readonly dateLine: RegExp;
  /** A date in words → YYYY-MM-DD. */
  date(text: string): string | undefined;
  /** Words for the draft: a default title, the kind of plan from its title. */
  readonly kindOf: ReadonlyArray<readonly [RegExp, string]>;
  readonly untitled: string;
};

export function importWords(locale: string): ImportWords {
  return localeText(locale).id === "zh-CN" ? zhImport : enImport;
}

/** Every vague deadline word of the locale and its synonyms → the term, longest first. */
export function vagueDeadlineWords(locale: string): Array<readonly [string, VagueTerm]> {
  const l = localeText(locale);
  const words: Array<readonly [string, VagueTerm]> = VAGUE_TERMS.map((term) => [l.deadlineShort({ kind: "vague", term }), term] as const);
  for (const [word, term] of Object.entries(importWords(locale).deadlineSynonyms)) words.push([word, term]);
  return words.sort((a, b) => b[0].length - a[0].length);
}
