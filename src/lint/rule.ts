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

/** What a rule says about one match of its pattern: the message, the hint, and where the mark starts if not at the match. */
export type Say = { readonly message: string; readonly hint: string; readonly start?: number };

/** One of a pattern rule's patterns: `say` tells what to say about a match, or nothing when the match is not a finding. */
export type MatchPattern = {
  readonly pattern: RegExp | undefined;
  /** Only the first finding per passage (a series is one thing to mend). */
  readonly firstOnly?: boolean;
  readonly say: (m: RegExpExecArray, doc: DocText, ctx: LintContext) => Say | undefined;
};

/**
 * A rule that marks the matches of the locale's patterns in every passage, passage by passage and
 * in the order of the patterns: what to say is worked out from the match. A pattern the locale
 * lacks is skipped.
 */
export function patternRule(o: { readonly id: string; readonly description: string; readonly patterns: (words: ProseWords) => readonly MatchPattern[] }): ProseRule {
  return {
    id: o.id,
    description: o.description,
    check(ctx) {
      const patterns = o.patterns(ctx.words).filter((x) => x.pattern !== undefined);
      if (patterns.length === 0) return;
      for (const doc of ctx.docs)
        for (const p of doc.passages)
          for (const { pattern, firstOnly, say } of patterns)
            for (const m of matches(p.text, pattern!)) {
              const said = say(m, doc, ctx);
              if (!said) continue;
              ctx.report({ passage: p, start: said.start ?? m.index, end: m.index + m[0].length, message: said.message, hint: said.hint });
              if (firstOnly) break;
            }
    },
  };
}
