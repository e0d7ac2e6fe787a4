import { nameAt } from "../facts.js";
import { sentencesOf, withoutArticle, withoutItemNumber } from "../sentences.js";
import type { ProseRule } from "../rule.js";

/**
 * “Once approved by the IC, the PIO publishes …”: the approval dangles — it is
 * the statement that is approved, not the officer. It dangles when a name or a
 * verb follows the comma; “Once approved by the IC, the statement is published” does not.
 */
export const danglingApproval: ProseRule = {
  id: "prose/dangling-approval",
  description: "No dangling approvals (“Once approved by X, Y publishes”): “After X approves it, Y publishes”.",
  check({ docs, words, facts, report }) {
    const d = words.danglingApproval;
    if (!d) return;
    for (const doc of docs)
      for (const p of doc.passages) {
        if (p.kind !== "paragraph" && p.kind !== "cell") continue;
        for (const s of sentencesOf(p.text, words)) {
          const body = withoutItemNumber(s.text);
          const m = d.opening.exec(body);
          if (!m) continue;
          const rest = body.slice(m[0].length);
          const dangling = nameAt(facts, withoutArticle(rest, words)) !== undefined || (/^\p{Ll}/u.test(rest) && !d.determiner.test(rest));
          if (!dangling) continue;
          const at = s.start + (s.text.length - body.length);
          report({ passage: p, start: at, end: at + m[0].length, message: `the approval dangles: “${m[0].trim()}” does not modify what follows`, hint: `Say who approves what: “After ${m[1]} approves it, …”.` });
        }
      }
  },
};
