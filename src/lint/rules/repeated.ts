import type { Passage } from "../passages.js";
import { leadingNumber } from "../../text/numbering-parse.js";
import { nameAt, type Facts } from "../facts.js";
import { sentencesOf } from "../sentences.js";
import type { ProseRule } from "../rule.js";

/** An item's number (1. （1） 1、 ①) taken off the text it opens. */
const withoutNumber = (text: string) => text.replace(/^(?:[（(]?\d+[）).、]|[①-⑳])\s*/u, "");

/** Numbers that open a section, not an item: 第六条 (and 第一章/节), 2.4, IV. — what such a paragraph says is its section's own. */
const SECTION_STYLES = new Set(["第一章", "第一节", "第一条", "1.1", "I."]);
const opensSection = (text: string) => SECTION_STYLES.has(leadingNumber(text)?.style ?? "");

/** The id of the name said first in `text` (the longest where two start at one place). */
function firstName(facts: Facts, text: string): string | undefined {
  for (let at = 0; at < text.length; at++) {
    const n = nameAt(facts, text, at);
    if (n) return n.id;
  }
  return undefined;
}

/**
 * A rule two levels share is stated once: the same sentence (level names aside)
 * in two items of one section (发生重大舆情时，应在1小时内…报告 / 发生一般舆情时，应在1小时内…报告;
 * 应对措施由领导小组决定 twice).
 */
export const repeatedSentence: ProseRule = {
  id: "prose/repeated-sentence",
  description: "A sentence that two levels or items share is stated once, not in each.",
  check({ docs, words, facts, report }) {
    // Within an item about a level (（2）一般舆情：…), that level's names stand aside: 发生重大舆情时… and 发生一般舆情时… are one sentence.
    const levelAt = (text: string) => facts.levels.find((l) => l.texts.some((n) => withoutNumber(text).startsWith(n)));
    const norm = (s: string, names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).reduce((x, n) => x.split(n).join("□"), s).replace(/\s+/gu, " ").trim();
    for (const doc of docs) {
      let seen = new Map<string, Passage>();
      for (const p of doc.passages) {
        if (p.kind === "heading" || p.lead !== undefined || p.kind !== "paragraph" || opensSection(p.text)) {
          if (p.kind !== "cell") seen = new Map();
          if (p.kind !== "paragraph") continue;
        }
        const body = p.lead?.length ?? 0;
        const own = levelAt(p.text.slice(body))?.texts ?? [];
        for (const s of sentencesOf(p.text, words)) {
          // Intros (符合下列情形之一：) are frames, said before each list.
          if (s.end <= body || /[：:]$/u.test(s.text.trim())) continue;
          // A listing (组长：胡军 / Leader: Jo Reid) names who holds what: two groups may well have the same leader.
          if (/^[^：:，,。.；;]{1,16}[：:]\s*\S/u.test(s.text.trim())) continue;
          // “It is made up of …” / 由…任副组长 of two groups says two things: its pronoun (or, in Chinese, the subject it leaves
          // out) stands for the name its paragraph said first.
          const about = words.anaphora?.test(s.text.trim()) ? `${firstName(facts, p.text.slice(0, s.start)) ?? ""}\u0000` : "";
          const key = about + norm(withoutNumber(s.text), own).replace(/^□[。.:：]?\s*/u, "");
          if ([...key.replace(/[□\s\p{P}]/gu, "")].length < 8) continue;
          if (seen.has(key) && seen.get(key) !== p) report({ passage: p, start: s.start, end: s.end, message: "the same sentence as in the item before (level names aside)", hint: "State what the levels share once (发生重大舆情或一般舆情时…), or only in the level table." });
          else seen.set(key, p);
        }
      }
    }
  },
};
