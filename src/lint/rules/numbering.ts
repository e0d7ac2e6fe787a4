import { outlineOf } from "../outline.js";
import type { ProseRule } from "../rule.js";

/** A list takes the next level of its section's scheme: 1. under （一）, （1） under 1., （一） inside 第X条. */
export const numberingLevel: ProseRule = {
  id: "prose/numbering-level",
  description: "A list takes the next level of its section's numbering (1. under （一）, （1） under 1., （一） in 第X条).",
  check({ docs, t, facts, report }) {
    for (const doc of docs)
      for (const issue of outlineOf(doc, t, facts).issues) {
        if (issue.kind !== "level") continue;
        const { item, parent, expected } = issue;
        report({
          passage: item.passage,
          start: 0,
          end: Math.max(item.length, 1),
          message: `“${item.passage.text.slice(0, item.length).trim()}” directly under “${parent.passage.text.slice(0, parent.length).trim()}”: the next level is ${expected.join(" or ")}`,
          hint: "Number the list at the level after its section's (GB/T 9704: 一、 （一） 1. （1）), or give the section the items as sub-sections.",
        });
      }
  },
};

/** Numbers in a list count on without gaps or repeats, from 1 (a checklist's rows included). */
export const numberingSequence: ProseRule = {
  id: "prose/numbering-sequence",
  description: "Numbers in a list are sequential (1, 2, 3 …), in paragraphs and in a table's rows.",
  check({ docs, t, facts, report }) {
    for (const doc of docs)
      for (const issue of outlineOf(doc, t, facts).issues) {
        if (issue.kind !== "sequence") continue;
        const { item, expected } = issue;
        const shown = item.passage.text.slice(0, item.length).trim();
        report({ passage: item.passage, start: 0, end: Math.max(item.length, 1), message: `item numbered “${shown}” where ${expected} is next`, hint: "Number the items of one list 1, 2, 3 … in the order they are printed." });
      }
  },
};
