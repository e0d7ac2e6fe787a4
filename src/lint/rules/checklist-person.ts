import { nameAt } from "../facts.js";
import type { ProseRule } from "../rule.js";
import { withoutArticle } from "../sentences.js";

/** A checklist row is an instruction: “Check …”, not “Checks …” (nor “At Level 1: watches …”). */
export const checklistPerson: ProseRule = {
  id: "prose/checklist-person",
  description: "Checklist rows are written in the imperative (“Check…”), not the third person (“Checks…”).",
  check({ docs, words, facts, report }) {
    const r = words.thirdPersonRow;
    if (!r) return;
    for (const doc of docs) {
      if (doc.name !== "checklists") continue;
      for (const p of doc.passages) {
        if (p.kind !== "cell" || p.cell?.header) continue;
        const numbered = /^(?:\d+[.)]\s+)?/u.exec(p.text)![0].length;
        const cond = r.condition.exec(p.text.slice(numbered));
        const at = numbered + (cond ? cond[0].length : 0);
        const rest = p.text.slice(at);
        if (nameAt(facts, rest) || nameAt(facts, withoutArticle(rest, words))) continue;
        const m = r.verb.exec(rest);
        if (!m || r.notVerb.test(rest)) continue;
        report({ passage: p, start: at, end: at + m[0].length, message: `a checklist row in the third person (“${m[0]}”)`, hint: "A checklist row tells the reader what to do: write it in the imperative." });
      }
    }
  },
};
