import type { ProseWords } from "../locale/types.js";
import { matches } from "./rule.js";

/** A stretch of a passage's text: [start, end) and what it holds. */
export type Span = { readonly start: number; readonly end: number; readonly text: string };

/** The sentences of a text, with their offsets: split after each sentence end the locale knows (。 / “. ” but not after e.g. or an initial). */
export function sentencesOf(text: string, words: ProseWords): readonly Span[] {
  let byText = cache.get(words);
  if (!byText) cache.set(words, (byText = new Map()));
  let out = byText.get(text);
  if (!out) {
    if (byText.size > 4096) byText.clear();
    byText.set(text, (out = split(text, words)));
  }
  return out;
}

const cache = new WeakMap<ProseWords, Map<string, readonly Span[]>>();

function split(text: string, words: ProseWords): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(words.sentenceEnd)) {
    const end = (m.index ?? 0) + m[0].length;
    if (words.notSentenceEnd && m[0].startsWith(".") && words.notSentenceEnd.test(text.slice(start, m.index))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

/** A numbered item's number as a sentence opens with it: “2. ”, “b) ”. */
const ITEM_NUMBER = /^(?:\d+|[A-Za-z])[.)]\s+/u;

/** A sentence or clause without the item number it opens with. */
export function withoutItemNumber(text: string): string {
  return text.replace(ITEM_NUMBER, "");
}

/** A text without the article its subject opens with (“the ”), in a locale whose names take one. */
export function withoutArticle(text: string, words: ProseWords): string {
  return words.subjectArticle ? text.replace(words.subjectArticle, "") : text;
}

/** The clauses of a sentence (split at ； / ;), offsets relative to the text the sentence came from. */
export function clausesOf(sentence: Span, words: ProseWords): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of matches(sentence.text, words.clauseSeparator)) {
    const end = m.index + m[0].length;
    push(out, sentence.text, start, end, sentence.start);
    start = end;
  }
  push(out, sentence.text, start, sentence.text.length, sentence.start);
  return out;
}

function push(out: Span[], text: string, start: number, end: number, base = 0): void {
  let s = start;
  while (s < end && /\s/u.test(text[s] as string)) s++;
  if (s < end) out.push({ start: base + s, end: base + end, text: text.slice(s, end) });
}

/** The sentence of `text` that holds offset `at`, shortened around [at, end) for a message. */
export function excerpt(text: string, at: number, end: number, words: ProseWords, max = 90): string {
  const s = sentencesOf(text, words).find((x) => x.start <= at && at < x.end) ?? { start: 0, end: text.length, text };
  if (s.end - s.start <= max) return s.text.trim();
  const half = Math.floor((max - (end - at)) / 2);
  const from = Math.max(s.start, at - Math.max(half, 10));
  const to = Math.min(s.end, Math.max(end, from + max));
  return `${from > s.start ? "…" : ""}${text.slice(from, to).trim()}${to < s.end ? "…" : ""}`;
}
