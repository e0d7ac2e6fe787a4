import type { ImportWords } from "../../locale/import-words.js";
import type { LevelDraft } from "../draft/draft-types.js";
import type { Registry } from "../draft/registry.js";
import { columnKinds } from "./tables.js";
import { readStep } from "./steps.js";
import { findDeadline } from "./timing.js";

/**
 * Levels with their criteria, from a level table (级别 | 分级标准 | 报告对象 |
 * 报告时限 / Level | Criteria | Report to | Report within) or from items whose
 * title is a level's name (（1）重大舆情：… / 紧急类：… / Level 2: …), with the
 * report stated after the criteria (发生重大舆情时，应在1小时内向领导小组报告).
 * One table or one run of items is one scale. Ranks come from the words
 * (特别重大 1, 重大 2 … / Red 1) when every level has one, else from the order.
 */
export type ScaleFound = { readonly name?: string; readonly levels: LevelDraft[] };

export function levelsFromTable(rows: readonly (readonly string[])[], words: ImportWords, reg: Registry, locale: string): ScaleFound | undefined {
  const kinds = columnKinds(rows[0] ?? [], words);
  const nameCol = kinds.indexOf("level");
  if (nameCol < 0) return undefined;
  const levels: LevelDraft[] = [];
  for (const row of rows.slice(1)) {
    const name = (row[nameCol] ?? "").trim();
    if (!name) continue;
    const level: LevelDraft = { id: "", name, rank: 0 };
    kinds.forEach((k, i) => {
      const v = (row[i] ?? "").trim();
      if (!v) return;
      if (k === "criteria" && !level.criteria) level.criteria = v;
      if (k === "reportTo") level.report_to = v.split(/[、，,;；]|\s+and\s+/u).map((x) => x.replace(/^the\s+/iu, "").trim()).filter(Boolean).map((x) => reg.party(x));
      if (k === "reportWithin") {
        const d = findDeadline(/内$|within/iu.test(v) ? v : `${v}内`, locale) ?? findDeadline(`within ${v.replace(/\bh\b/u, "hours").replace(/\bmin\b/u, "minutes")}`, locale);
        if (d) level.respond_within = d.value;
      }
    });
    levels.push(level);
  }
  return levels.length > 0 ? { name: (rows[0]?.[nameCol] ?? "").trim(), levels } : undefined;
}

/** One item: 重大舆情：引起…的舆情。发生重大舆情时，应在1小时内向领导小组报告。 */
export function levelFromItem(title: string, text: string, words: ImportWords, reg: Registry, locale: string): LevelDraft | undefined {
  const name = title.trim();
  if (!words.levelName.test(name)) return undefined;
  const level: LevelDraft = { id: "", name, rank: 0 };
  const sentences = text.split(/(?<=[。.])\s*/u).filter((s) => s.trim() !== "");
  const criteria: string[] = [];
  for (const s of sentences) {
    const report = level.report_to ? null : /^(?:发生|出现)[^，。]{0,24}时，?(?:应|须|要)?(?:在|于)?([^，。]*?)向([^，。]{2,30}?)报告/u.exec(s) ?? (level.report_to ? null : /^Report to (?:the\s+)?([^,.;]+?)\s+within\s+([^.;]+)/iu.exec(s) ?? /\b(?:is|are) reported to (?:the\s+)?([^,.;]+?)\s+within\s+([^.;]+)/iu.exec(s));
    if (report && /\p{Script=Han}/u.test(s)) {
      const d = findDeadline(s, locale);
      if (d) level.respond_within = d.value;
      level.report_to = (report[2] as string).split(/[、和及与]/u).filter((x) => x.length >= 2).map((x) => reg.party(x));
      continue;
    }
    if (report) {
      level.report_to = [reg.party(report[1] as string)];
      const d = findDeadline(`within ${report[2]}`, locale);
      if (d) level.respond_within = d.value;
      continue;
    }
    // What is done at this level, as steps where its clauses read as rules; the sentences before the first are the criteria.
    const steps = s.split(/(?<=[；;])/u).flatMap((clause) => {
      const step = readStep(clause, { locale, words, reg }, level.steps?.[level.steps.length - 1]?.actor);
      if (step) level.steps = [...(level.steps ?? []), step];
      return step ? [step] : [];
    });
    if (steps.length === 0 && level.report_to === undefined && !level.steps) criteria.push(s.trim());
  }
  if (criteria.length > 0) level.criteria = criteria.join("");
  return level;
}

/** Ids and ranks for one scale's levels, in the order found. */
export function rankLevels(levels: LevelDraft[], words: ImportWords, reg: Registry): void {
  const severities = levels.map((l) => words.severity(l.name));
  const distinct = new Set(severities).size === levels.length && severities.every((s) => s !== undefined);
  levels.forEach((l, i) => {
    l.rank = distinct ? (severities[i] as number) : i + 1;
    l.id = reg.ids.make(l.name, "level");
  });
  if (distinct) {
    const ranks = levels.map((l) => l.rank);
    const sorted = [...ranks].sort((a, b) => a - b);
    const monotone = ranks.every((r, i) => r === sorted[i]) || ranks.every((r, i) => r === sorted[sorted.length - 1 - i]);
    if (!monotone) levels.forEach((l, i) => (l.rank = i + 1));
    // Ranks count from 1 within the scale (重大 and 一般 alone are 1 and 2).
    else levels.forEach((l) => (l.rank = sorted.indexOf(l.rank) + 1));
  }
}
