import { isRunningText } from "../passages.js";
import { matches, type ProseRule } from "../rule.js";
import type { Facts, NameKind } from "../facts.js";

/** 担任 takes a person: 由各区县发展和改革局担任 should be 承担 / 负责. */
export const bodyHolder: ProseRule = {
  id: "prose/body-holder",
  description: "担任 takes a person as holder; a body 承担 or 负责.",
  check({ docs, words, facts, report }) {
    const h = words.holder;
    if (!h) return;
    for (const doc of docs)
      for (const p of doc.passages) {
        if (!isRunningText(p) && p.kind !== "cell") continue;
        for (const m of matches(p.text, h.pattern)) {
          const holder = (m[1] as string).trim();
          if (kindOf(holder, facts, h) !== "body") continue;
          const at = m.index + m[0].indexOf(m[1] as string);
          report({ passage: p, start: at, end: m.index + m[0].length, message: `“${holder}” is a body: 担任 takes a person`, hint: "A body 承担 or 负责 the work (由…承担); 担任 is for a person holding a post." });
        }
      }
  },
};

/** A holder's kind: the known name it ends with, else the word it ends with. */
function kindOf(text: string, facts: Facts, h: { body: RegExp; person: RegExp }): NameKind | undefined {
  const known = facts.names.find((n) => text.endsWith(n.text));
  if (known) return known.kind;
  const b = h.body.exec(text)?.[0].length ?? 0;
  const p = h.person.exec(text)?.[0].length ?? 0;
  return b > p ? "body" : p > 0 ? "person" : undefined;
}
