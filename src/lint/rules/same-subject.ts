import { nameAt } from "../facts.js";
import { isRunningText } from "../passages.js";
import { clausesOf, sentencesOf } from "../sentences.js";
import type { ProseRule } from "../rule.js";

/**
 * The same subject opening two consecutive clauses or sentences of one
 * paragraph (市发改局价格监测科每天……；市发改局价格监测科每周…… / The Incident
 * Commander convenes … The Incident Commander briefs …): one subject, two predicates.
 */
export const sameSubject: ProseRule = {
  id: "prose/same-subject",
  description: "Consecutive clauses with the same actor share one subject.",
  check({ docs, words, facts, t, report }) {
    for (const doc of docs)
      for (const p of doc.passages) {
        if (!isRunningText(p)) continue;
        let prev: string | undefined;
        const body = p.lead !== undefined ? p.lead.length : 0;
        for (const s of sentencesOf(p.text, words))
          for (const c of clausesOf(s, words)) {
            if (c.end <= body) continue;
            let text = c.text.replace(/^(?:\d+|[A-Za-z])[.)]\s+/u, "");
            // After an opening condition (发现…后，/ If …,) comes the subject.
            const comma = /[，,]\s*/u.exec(text);
            if (comma && t.lint.condition.test(text) && !nameAt(facts, text.replace(words.subjectArticle ?? /^/u, ""))) text = text.slice(comma.index + comma[0].length);
            text = text.replace(words.subjectArticle ?? /^/u, "");
            const name = nameAt(facts, text);
            // Followed by a word, not a bracket or colon: 组长：张三 and “Spokesperson (Jo Reid)” list, they do not say.
            const subject = name && !/^[（(：:]/u.test(text.slice(name.text.length).trimStart()) ? name.id : undefined;
            if (subject && subject === prev) {
              const at = c.start + (c.text.length - text.length);
              report({ passage: p, start: at, end: at + name!.text.length, message: `“${name!.text}” opens two clauses in a row`, hint: "Name the actor once and join what it does: X每天……，每周…… / The officer convenes … and briefs …." });
            }
            prev = subject;
          }
      }
  },
};
