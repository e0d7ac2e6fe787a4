import { matches, type ProseRule } from "../rule.js";
import type { Passage } from "../passages.js";
import { leadingNumber } from "../../text/numbering-parse.js";

/** The same form named twice in one article or section body (并填写《舆情值班记录表》…记入《舆情值班记录表》). */
export const formTwice: ProseRule = {
  id: "prose/form-twice",
  description: "A form is named once in one article or paragraph of running text (each numbered step may name its own).",
  check({ docs, words, facts, report }) {
    const re = words.formMention;
    if (!re || facts.forms.size === 0) return;
    for (const doc of docs) {
      let seen = new Set<string>();
      for (const p of doc.passages) {
        if (startsSegment(p)) seen = new Set();
        if (p.kind !== "paragraph") continue;
        for (const m of matches(p.text, re)) {
          const title = m[1] as string;
          if (!facts.forms.has(title)) continue;
          // A sentence about the form (《…》应包括…) names it as its subject; that is not recording into it again.
          if (m.index === 0 || /[。！？；]$/u.test(p.text.slice(0, m.index))) continue;
          if (seen.has(title)) report({ passage: p, start: m.index, end: m.index + m[0].length, message: `《${title}》 is named twice in one article`, hint: "Name the form once, at the step that fills it in." });
          seen.add(title);
        }
      }
    }
  },
};

/** A heading, a run-in heading, an article or a numbered item starts afresh: each step of a list may name the form it fills in. */
function startsSegment(p: Passage): boolean {
  return p.kind === "heading" || p.lead !== undefined || (p.kind === "paragraph" && (p.listNumber !== undefined || leadingNumber(p.text) !== undefined));
}
