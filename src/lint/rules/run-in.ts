import { nameAt, type Facts } from "../facts.js";
import type { Passage } from "../passages.js";
import { sentencesOf, withoutArticle } from "../sentences.js";
import type { ProseRule } from "../rule.js";
import { leadingNumber } from "../../text/numbering-parse.js";
import type { ProseWords } from "../../locale/types.js";

/**
 * A run-in heading (（一）分级负责。…) runs into the first of several parallel
 * items and leaves the others standing apart: a numbered item right after the
 * lead, or one sentence per actor with the first one in the heading's paragraph.
 */
export const runInSwallow: ProseRule = {
  id: "prose/run-in-swallow",
  description: "A run-in heading never swallows the first of its items.",
  check({ docs, words, facts, report }) {
    for (const doc of docs) {
      const ps = doc.passages;
      ps.forEach((p, i) => {
        if (p.kind !== "paragraph" || p.lead === undefined) return;
        const body = p.text.slice(p.lead.length);
        const num = leadingNumber(body);
        if (num) {
          report({ passage: p, start: p.lead.length, end: p.lead.length + num.length, message: "the run-in heading runs into the first numbered item", hint: "Start the items on their own lines after the heading (or a lead-in sentence)." });
          return;
        }
        // One sentence per actor: the first in the heading's paragraph, the others apart.
        const rest: Passage[] = [];
        for (let k = i + 1; k < ps.length; k++) {
          const q = ps[k]!;
          if (q.kind !== "paragraph" || q.lead !== undefined || q.listDepth !== p.listDepth) break;
          rest.push(q);
        }
        const next = ps[i + 1 + rest.length];
        const ends = !next || next.kind === "heading" || next.lead !== undefined;
        if (rest.length > 0 && ends && parallel(body, rest.map((q) => q.text), words, facts))
          report({ passage: p, start: p.lead.length, end: p.text.length, message: "the run-in heading runs into the first of parallel items; the others stand apart", hint: "Put the items in one paragraph after the heading, or print the heading on a line of its own." });
      });
    }
  },
};

/**
 * The body after the lead and the paragraphs after it are parallel items: one
 * sentence each, no label among them (值班班次：…), and either each opens with a
 * known name or each was written from the same field of a different entity
 * (two roles' `appointment`).
 */
function parallel(first: string, rest: readonly string[], words: ProseWords, facts: Facts): boolean {
  const all = [first, ...rest];
  const one = all.every((x) => sentencesOf(x, words).length === 1 && !/^[^，,。.]{1,14}[：:]/u.test(x));
  if (!one) return false;
  if (all.every((x) => nameAt(facts, withoutArticle(x, words)) !== undefined)) return true;
  const paths = all.map((x) => facts.sourceOf?.(x));
  if (paths.some((p) => !p)) return false;
  const field = (p: readonly (string | number)[]) => p.map((k) => (typeof k === "number" ? "*" : k)).join(".");
  return new Set(paths.map((p) => field(p!))).size === 1 && new Set(paths.map((p) => p!.join("."))).size === all.length;
}
