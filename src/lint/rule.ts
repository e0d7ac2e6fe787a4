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

/**
 * A rule that marks every match of one of the locale's patterns in every passage (or the first per
 * passage): what to say is worked out from the match. A locale without the pattern skips the rule.
 */
export function patternRule(o: {
  readonly id: string;
  readonly description: string;
  readonly pattern: (words: ProseWords) => RegExp | undefined;
  readonly firstOnly?: boolean;
  readonly say: (m: RegExpExecArray) => { readonly message: string; readonly hint: string; readonly start?: number };
}): ProseRule {
  return {
    id: o.id,
    description: o.description,
    check({ docs, words, report }) {
      const re = o.pattern(words);
      if (!re) return;
      for (const doc of docs)
        for (const p of doc.passages) {
          const found = matches(p.text, re);
          for (const m of o.firstOnly ? found.slice(0, 1) : found) {
            const { message, hint, start } = o.say(m);
            report({ passage: p, start: start ?? m.index, end: m.index + m[0].length, message, hint });
          }
        }
    },
  };
}
