import { outlineOf, type NumberedItem } from "../outline.js";
import type { ProseRule } from "../rule.js";

type Ending = "；" | "。" | "：" | "，" | "none";

const END: Record<string, Ending> = { "；": "；", ";": "；", "。": "。", ".": "。", "!": "。", "?": "。", "！": "。", "？": "。", "：": "：", ":": "：", "，": "，", ",": "，" };

/**
 * The items of a list end alike: all but the last with ；and the last with 。,
 * or all with 。 (or, for fragments, all with nothing); items that are clauses
 * (…的) close with punctuation; items that open with a term set it off alike (重大舆情。/ 一般舆情：).
 */
export const listEndings: ProseRule = {
  id: "prose/list-endings",
  description: "The items of one list end alike (；…；…。), and set off their opening terms alike.",
  check({ docs, words, t, facts, report }) {
    for (const doc of docs)
      for (const list of outlineOf(doc, t, facts).lists) {
        const items = list.items.filter((i) => i.passage.kind === "paragraph");
        if (items.length < 2) continue;
        // An item that ends with a colon introduces what follows it; it ends where that does.
        const ends = items.map((item) => ({ item, end: endingOf(item.passage.text, words.itemConjunction) })).filter((e) => e.end !== "：");
        const mark = (i: NumberedItem, message: string, hint: string) => report({ passage: i.passage, start: Math.max(0, i.passage.text.length - 1), end: i.passage.text.length, message, hint });
        if (ends.length >= 2) {
          const body = ends.slice(0, -1);
          const last = ends.at(-1)!;
          const first = body[0]!.end;
          const odd = body.find((e) => e.end !== first);
          const want = first === "；" || first === "，" ? "。" : first;
          if (odd) mark(odd.item, `list items end differently (${show(first)} and ${show(odd.end)})`, "End every item but the last with ；and the last with 。 (or every item with 。).");
          else if (last.end !== want) mark(last.item, `the last item ends with ${show(last.end)} after items ending with ${show(first)}`, first === "；" ? "The last item of a list ends with 。." : "End the items of one list alike.");
          else if (first === "none" && words.clauseItem && ends.some((e) => words.clauseItem!.test(e.item.passage.text.trim())))
            mark(ends[0]!.item, "list items that are clauses end without punctuation", "Close each item with ；and the last with 。.");
        }
        if (!words.itemLabel) continue;
        const labels = items.map((item) => ({ item, m: words.itemLabel!.exec(item.passage.text.slice(item.length)) }));
        if (labels.some((x) => !x.m)) continue;
        const sep = (m: RegExpExecArray) => (m[2] === ":" ? "：" : (m[2] as string));
        const firstSep = sep(labels[0]!.m!);
        const odd = labels.find((x) => sep(x.m!) !== firstSep);
        if (!odd) continue;
        const at = odd.item.length + (odd.m![1] as string).length;
        report({ passage: odd.item.passage, start: at, end: at + 1, message: `parallel items set off their terms differently (“${firstSep}” and “${sep(odd.m!)}”)`, hint: "Follow each item's term with the same mark." });
      }
  },
};

function endingOf(text: string, conjunction: RegExp | undefined): Ending {
  let t = text.trim();
  if (conjunction) t = t.replace(conjunction, "");
  t = t.replace(/[）)”’》」』]+$/u, "");
  return END[t.at(-1) ?? ""] ?? "none";
}

const show = (e: Ending) => (e === "none" ? "no punctuation" : `“${e}”`);
