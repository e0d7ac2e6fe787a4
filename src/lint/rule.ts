import type { LocaleText, ProseWords } from "../locale/types.js";
import type { Facts } from "./facts.js";
import type { DocText, Passage } from "./passages.js";

/** One thing a reader would mark: where in which passage, what, and what to do. */
export type Finding = {
  readonly passage: Passage;
  /** Offsets in the passage's text of what is marked. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly hint?: string;
};

export type LintContext = {
  readonly docs: readonly DocText[];
  readonly facts: Facts;
  readonly words: ProseWords;
  readonly t: LocaleText;
  report(f: Finding): void;
};

/** A class of defect a practised reader marks, found in the documents' text. */
export type ProseRule = {
  /** `prose/…` */
  readonly id: string;
  readonly description: string;
  check(ctx: LintContext): void;
};

const globals = new WeakMap<RegExp, RegExp>();

/** Every match of a global pattern in a text: [start, end, the match]. */
export function matches(text: string, re: RegExp): RegExpExecArray[] {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = re.global ? new RegExp(re.source, re.flags) : new RegExp(re.source, `${re.flags}g`)));
  g.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}
