import { CHINESE_NUMERAL, leadingNumbers, levelOf, nextLevels, type LeadingNumber } from "../text/numbering-parse.js";
import type { LocaleText } from "../locale/types.js";
import type { Facts } from "./facts.js";
import type { DocText, Passage } from "./passages.js";

/**
 * The numbered structure of a document as a reader sees it: headings, run-in
 * leads and articles (第X条) are sections; paragraphs that start with a number
 * are items of lists. Read back from the text, in reading order, with a stack:
 * an item of a style already open is a sibling, any other starts a list under
 * the nearest line whose next level it can be (or, failing that, the section).
 */

export type NumberedItem = { readonly passage: Passage; readonly style: string; readonly n: number; readonly length: number };

export type ListRecord = {
  readonly style: string;
  /** The section or item the list sits under, when it is numbered. */
  readonly parent?: NumberedItem;
  readonly items: NumberedItem[];
};

export type OutlineIssue =
  | { readonly kind: "level"; readonly item: NumberedItem; readonly parent: NumberedItem; readonly expected: readonly string[] }
  | { readonly kind: "sequence"; readonly item: NumberedItem; readonly expected: number };

export type Outline = { readonly lists: readonly ListRecord[]; readonly issues: readonly OutlineIssue[] };

type Entry = { readonly item?: NumberedItem; n: number; readonly level?: number; readonly depth: number; readonly list?: ListRecord };

/** Articles and chapters written as paragraphs (第三条　…) are sections at the level the view gives articles (section-numbers.ts). */
const ARTICLE_LEVEL = 4;
const ARTICLE = new RegExp(`^第${CHINESE_NUMERAL}[条章节]`, "u");

/** Paragraph styles whose numbers belong to the outline (not marks such as “V. Appendix A”, titles, the attachment note). */
const BODY_STYLES = new Set(["body", "note"]);

const cache = new WeakMap<DocText, Outline>();

export function outlineOf(doc: DocText, t: LocaleText, facts: Facts): Outline {
  let o = cache.get(doc);
  if (!o) cache.set(doc, (o = read(doc, [[1, 2, 3, 4, 5].map((d) => t.defaultNumbering(d))], facts.chosenLevels)));
  return o;
}

function read(doc: DocText, defaults: ReadonlyArray<readonly string[]>, chosen: ReadonlySet<string>): Outline {
  const next = (style: string) => nextLevels(style, defaults);
  const lists: ListRecord[] = [];
  const issues: OutlineIssue[] = [];
  const stack: Entry[] = [];
  let previousNumbered = false;
  const section = (p: Passage, text: string, level: number) => {
    let before: Entry | undefined;
    while (stack.length > 0 && (stack.at(-1)!.level === undefined || stack.at(-1)!.level! >= level)) {
      const e = stack.pop()!;
      if (e.level === level) before = e;
    }
    const parent = stack.at(-1)?.item;
    // “C.” after “B.” is a letter, not a hundred: the reading that counts on from the section before wins,
    // then one the parent allows (by the scheme or by the data's own choice).
    const readings = leadingNumbers(text, { heading: true });
    const fits = (r: LeadingNumber) => parent !== undefined && (next(parent.style).includes(levelOf(r.style)) || chosen.has(`${levelOf(parent.style)}→${levelOf(r.style)}`));
    const num = readings.find((r) => before?.item && levelOf(before.item.style) === levelOf(r.style) && before.n === r.n - 1) ?? readings.find(fits) ?? readings[0];
    const item = num ? { passage: p, style: num.style, n: num.n, length: num.length } : undefined;
    if (item && parent) checkLevel(item, parent, false);
    stack.push({ ...(item ? { item } : {}), n: num?.n ?? 0, level, depth: p.listDepth });
  };
  const checkLevel = (item: NumberedItem, parent: NumberedItem, list: boolean) => {
    const expected = nextLevels(parent.style, defaults, { list });
    // A numbering the data chose for this place is the writer's (shiep's 1. under 一、), not the tool's.
    if (chosen.has(`${levelOf(parent.style)}→${levelOf(item.style)}`)) return;
    if (expected.length > 0 && !expected.includes(levelOf(item.style))) issues.push({ kind: "level", item, parent, expected });
  };
  for (const p of doc.passages) {
    if (p.kind === "heading") {
      section(p, p.text, p.level ?? 2);
      previousNumbered = false;
      continue;
    }
    if (p.kind !== "paragraph") continue;
    if (p.lead !== undefined) {
      section(p, p.lead, p.level ?? 2);
      previousNumbered = false;
      continue;
    }
    if (ARTICLE.test(p.text)) {
      section(p, p.text, ARTICLE_LEVEL);
      previousNumbered = false;
      continue;
    }
    if (p.style !== undefined && !BODY_STYLES.has(p.style)) continue;
    const readings: LeadingNumber[] = p.listNumber !== undefined ? [{ style: "1.", n: p.listNumber, length: 0 }] : leadingNumbers(p.text);
    if (readings.length === 0) {
      previousNumbered = false;
      continue;
    }
    // “I.” may be a Roman one or the letter after H.: the reading that continues an open list wins.
    const siblingOf = (r: LeadingNumber) => findSibling(stack, r.style, p.listDepth);
    const continues = (r: LeadingNumber) => {
      const s = siblingOf(r);
      const open = findSection(stack, r.style);
      return (s >= 0 && stack[s]!.n === r.n - 1) || (open >= 0 && stack[open]!.n === r.n - 1);
    };
    const num = readings.find(continues) ?? readings[0]!;
    const item: NumberedItem = { passage: p, style: num.style, n: num.n, length: num.length };
    const s = siblingOf(num);
    // A paragraph numbered next after an open section (六、 after the heading 五、) is that section's next
    // sibling, written as a paragraph — unless it counts on an open list; “1.” after the section “5.” is a list.
    const open = findSection(stack, num.style);
    if (open >= 0 && stack[open]!.n === num.n - 1 && !(s >= 0 && stack[s]!.n === num.n - 1)) {
      const e = stack[open]!;
      stack.length = open;
      stack.push({ item, n: num.n, level: e.level!, depth: p.listDepth });
      previousNumbered = false;
      continue;
    }
    // A list that starts again at 1 after a lead-in paragraph is a new list (each group's duties).
    if (s >= 0 && !(num.n === 1 && !previousNumbered)) {
      const entry = stack[s]!;
      if (num.n !== entry.n + 1) issues.push({ kind: "sequence", item, expected: entry.n + 1 });
      stack.length = s + 1;
      entry.n = num.n;
      entry.list!.items.push(item);
    } else {
      if (s >= 0) stack.length = s;
      // Under the nearest item it can be the next level of; failing that, under the section.
      const under = (e: Entry) => next(e.item!.style).includes(levelOf(num.style)) || chosen.has(`${levelOf(e.item!.style)}→${levelOf(num.style)}`);
      while (stack.length > 0 && stack.at(-1)!.level === undefined && stack.at(-1)!.depth >= p.listDepth && !under(stack.at(-1)!)) stack.pop();
      const parent = stack.at(-1)?.item;
      const list: ListRecord = { style: num.style, ...(parent ? { parent } : {}), items: [item] };
      lists.push(list);
      if (parent) checkLevel(item, parent, true);
      if (num.n !== 1) issues.push({ kind: "sequence", item, expected: 1 });
      const entry: Entry = { item, n: num.n, depth: p.listDepth, list };
      stack.push(entry);
    }
    previousNumbered = true;
  }
  issues.push(...tableSequences(doc), ...noteSequences(doc));
  return { lists, issues };
}

function findSibling(stack: readonly Entry[], style: string, depth: number): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i]!;
    if (e.level !== undefined) return -1;
    if (e.depth === depth && e.item && levelOf(e.item.style) === levelOf(style)) return i;
  }
  return -1;
}

function findSection(stack: readonly Entry[], style: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i]!;
    if (e.level !== undefined && e.item && levelOf(e.item.style) === levelOf(style)) return i;
  }
  return -1;
}

/** Numbered rows of a table column count 1, 2, 3 … (a checklist's steps); rows numbered in another style are a list of their own (the items a step carries). */
function tableSequences(doc: DocText): OutlineIssue[] {
  const issues: OutlineIssue[] = [];
  const last = new Map<string, number>();
  for (const p of doc.passages) {
    if (p.kind !== "cell" || !p.cell || p.cell.header) continue;
    const num = leadingNumbers(p.text).find((r) => r.style === "1." || r.style === "（1）" || r.style === "1、");
    if (!num) continue;
    const key = `${p.cell.table}/${p.cell.col}/${num.style}`;
    const expected = (last.get(key) ?? 0) + 1;
    if (num.n !== expected) issues.push({ kind: "sequence", item: { passage: p, style: num.style, n: num.n, length: num.length }, expected });
    last.set(key, num.n);
  }
  return issues;
}

/** The attachment note (附件：1. … / Appendices: V. …) counts on without gaps. */
function noteSequences(doc: DocText): OutlineIssue[] {
  const issues: OutlineIssue[] = [];
  let prev: number | undefined;
  for (const p of doc.passages) {
    const note = p.kind === "paragraph" && (p.style === "hang" || p.style === "hang-more" || p.style === "flush");
    if (!note) {
      prev = undefined;
      continue;
    }
    const text = p.text.replace(/^[^\s\d:：]{1,12}[：:]\s*/u, "");
    const num = leadingNumbers(text).find((r, _, all) => prev === undefined || r.n === prev + 1 || r === all.at(-1));
    if (!num) continue;
    if (prev !== undefined && num.n !== prev + 1) issues.push({ kind: "sequence", item: { passage: p, style: num.style, n: num.n, length: num.length }, expected: prev + 1 });
    prev = num.n;
  }
  return issues;
}
