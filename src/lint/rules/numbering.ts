import { outlineOf, type OutlineIssue } from "../outline.js";
import type { LintContext, ProseRule } from "../rule.js";

/** Every outline issue of one kind in the documents. */
function eachIssue<K extends OutlineIssue["kind"]>(ctx: LintContext, kind: K, fn: (issue: Extract<OutlineIssue, { kind: K }>) => void): void {
  for (const doc of ctx.docs) for (const issue of outlineOf(doc, ctx.t, ctx.facts).issues) if (issue.kind === kind) fn(issue as Extract<OutlineIssue, { kind: K }>);
}

/** A list takes the next level of its section's scheme: 1. under （一）, （1） under 1., （一） inside 第X条. */
export const numberingLevel: ProseRule = {
  id: "prose/numbering-level",
  description: "A list takes the next level of its section's numbering (1. under （一）, （1） under 1., （一） in 第X条).",
  check(ctx) {
    eachIssue(ctx, "level", ({ item, parent, expected }) =>
      ctx.report({
        passage: item.passage,
        start: 0,
        end: Math.max(item.length, 1),
        message: `“${item.passage.text.slice(0, item.length).trim()}” directly under “${parent.passage.text.slice(0, parent.length).trim()}”: the next level is ${expected.join(" or ")}`,
        hint: "Number the list at the level after its section's (GB/T 9704: 一、 （一） 1. （1）), or give the section the items as sub-sections.",
      }),
    );
  },
};

/** Numbers in a list count on without gaps or repeats, from 1 (a checklist's rows included). */
export const numberingSequence: ProseRule = {
  id: "prose/numbering-sequence",
  description: "Numbers in a list are sequential (1, 2, 3 …), in paragraphs and in a table's rows.",
  check(ctx) {
    eachIssue(ctx, "sequence", ({ item, expected }) =>
      ctx.report({
        passage: item.passage,
        start: 0,
        end: Math.max(item.length, 1),
        message: `item numbered “${item.passage.text.slice(0, item.length).trim()}” where ${expected} is next`,
        hint: "Number the items of one list 1, 2, 3 … in the order they are printed.",
      }),
    );
  },
};
