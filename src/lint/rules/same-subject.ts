import { nameAt } from "../facts.js";
import { isRunningText } from "../passages.js";
import { clausesOf, sentencesOf, withoutArticle, withoutItemNumber } from "../sentences.js";
import type { ProseRule } from "../rule.js";

/**
 * The same subject opening two consecutive clauses or sentences of one
 * paragraph (市发改局价格监测科每天……；市发改局价格监测科每周…… / The Incident
 * Commander convenes … The Incident Commander briefs …): one subject, two predicates.
 */
export const sameSubject: ProseRule = {
  id: "prose/same-subject",
  description: "Consecutive clauses with the same actor share one subject.",
  check({ docs, words, facts, report }) {
    for (const doc of docs)
      for (const p of doc.passages) {
        if (!isRunningText(p)) continue;
        let prev: string | undefined;
        const body = p.lead !== undefined ? p.lead.length : 0;
        for (const s of sentencesOf(p.text, words)) {
          // Chinese joins a subject's clauses with ；, so the repetition is within a sentence; English repeats it across sentences.
          if (words.subjectSpan === "clause") prev = undefined;
          for (const c of clausesOf(s, words)) {
            if (c.end <= body) continue;
            const numbered = withoutItemNumber(c.text);
            // A clause's subject opens it, or follows its opening conditions (发现…后，/ If …,).
            let text = numbered;
            let inCase = false;
            for (let m = words.openingCondition?.exec(text); m; m = words.openingCondition?.exec(text)) {
              inCase ||= words.caseCondition?.test(m[0]) ?? false;
              text = text.slice(m[0].length);
            }
            const opens = text === numbered;
            text = withoutArticle(text, words);
            const name = nameAt(facts, text);
            const says = (n: { text: string } | undefined, after: string) => n !== undefined && !/^[（(：:]/u.test(after.slice(n.text.length).trimStart());
            // Followed by a word, not a bracket or colon: 组长：张三 and “Spokesperson (Jo Reid)” list, they do not say.
            // A subject acting with others (X, with Y, … / X会同Y… / X或Y) is not X alone, nor X with someone else: not tracked.
            const key = (n: { id: string; text: string }, after: string) => (words.jointSubject?.test(after.slice(n.text.length)) ? undefined : n.id);
            const subject = says(name, text) ? key(name!, text) : undefined;
            const bare = withoutArticle(numbered, words);
            const first = nameAt(facts, bare);
            const lead = says(first, bare) ? key(first!, bare) : undefined;
            // The name opening the clause repeats the last subject (X…；X审核通过后，…), or the clause's subject does
            // with no condition of its own (parallel branches — 拟发布一级预警的，X…；拟发布三级预警的，X… — each have theirs).
            if (prev !== undefined && (lead === prev || (opens && subject === prev))) {
              const shown = lead === prev ? first! : name!;
              const at = lead === prev ? c.start + (c.text.length - bare.length) : c.start + (c.text.length - text.length);
              report({ passage: p, start: at, end: at + shown.text.length, message: `“${shown.text}” opens two clauses in a row`, hint: "Name the actor once and join what it does: X每天……，每周…… / The officer convenes … and briefs …." });
            }
            // A clause under a case (拟发布三级预警的，X… — with or without further conditions after it) ends with it: naming X again leaves the case.
            prev = inCase ? undefined : (subject ?? lead);
          }
        }
      }
  },
};
