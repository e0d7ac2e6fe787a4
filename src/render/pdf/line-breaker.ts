import { breakOpportunities } from "./break-points.js";
import { isInvisible } from "../../text/invisible.js";
import type { FontMetrics } from "./font-metrics.js";

/** A styled stretch of text (or a tick box) to be set in lines. */
export type Span =
  | { readonly kind: "text"; readonly text: string; readonly font: string; readonly size: number; readonly keep?: true }
  | { readonly kind: "box"; readonly checked: boolean; readonly size: number }
  | { readonly kind: "break" };

/** One character as laid out: the face that draws it and its advance. */
export type Atom = {
  readonly ch: string;
  readonly cp: number;
  /** Face that draws it (after fallback); "" for boxes and breaks. */
  readonly font: string;
  readonly size: number;
  /** Advance in pt including the theme's base tracking. */
  readonly advance: number;
  readonly box?: { readonly checked: boolean };
  readonly forced?: true;
  readonly space?: true;
  /** The glyph is narrower than its cell (a full-width quotation mark): where it sits in it, pt. */
  readonly shift?: number;
  /** Atoms with the same number come from one span that must not break (a personal name). */
  readonly keep?: number;
  /** Its advance includes this space (pt) before a Latin letter or Chinese character that follows (autospace); at the end of a line the space is dropped. */
  readonly spaced?: number;
};

export type Line = {
  readonly atoms: readonly Atom[];
  /** A closing punctuation mark set in the margin (hanging punctuation). */
  readonly hang: Atom | null;
  /** Sum of advances of `atoms` without trailing spaces, pt. */
  readonly width: number;
  /** Last line of the paragraph, or ended by a forced break: not justified. */
  readonly last: boolean;
};

export type BreakOptions = {
  /** Available width, pt. */
  readonly width: number;
  /** Width taken by a first-line indent, pt. */
  readonly firstIndent: number;
  /** Extra advance added to every glyph (grid tracking), pt. */
  readonly tracking: number;
  readonly hangingPunctuation: boolean;
  /** Where the text came from, for missing-glyph warnings. */
  readonly context: string;
  /** Table cells: never break inside a phone number, an address or a kept span; `header`: nor inside a Chinese word. */
  readonly tokens?: "cell" | "header";
  /** The atoms' break opportunities, when the caller breaks the same atoms at several widths (breakOpportunities). */
  readonly breaks?: ReadonlySet<number>;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const OBJECT = "\uFFFC";
/** Closing marks that may hang in the right margin. */
const HANGABLE = new Set([..."，。、；：！？）》」』】〕〉”’,.;:!?)"]);
const OPENING_QUOTES = new Set(["“", "‘"]);
const CLOSING_QUOTES = new Set(["”", "’"]);

export function toAtoms(spans: readonly Span[], metrics: FontMetrics, tracking: number, context: string): Atom[] {
  const atoms: Atom[] = [];
  let group = 0;
  for (const s of spans) {
    if (s.kind === "break") {
      atoms.push({ ch: "\n", cp: 10, font: "", size: 0, advance: 0, forced: true });
      continue;
    }
    if (s.kind === "box") {
      atoms.push({ ch: OBJECT, cp: 0xfffc, font: "", size: s.size, advance: s.size + tracking, box: { checked: s.checked } });
      continue;
    }
    const keep = s.keep ? ++group : undefined;
    for (const ch of s.text) {
      const cp = ch.codePointAt(0) as number;
      if (cp === 10 || cp === 13 || isInvisible(cp)) continue;
      const found = metrics.faceFor(s.font, cp);
      if (found === undefined && cp > 32) metrics.noteMissing(cp, context);
      const face = found ?? s.font;
      const space = cp === 32 || cp === 0x3000 ? true : undefined;
      let advance = metrics.advance(face, cp) * s.size;
      let shift: number | undefined;
      if (metrics.fullWidthQuotes && advance < s.size * 0.6 && (OPENING_QUOTES.has(ch) || CLOSING_QUOTES.has(ch))) {
        // A full cell, the mark against the text it encloses: an opening quote at the cell's right.
        shift = OPENING_QUOTES.has(ch) ? s.size - advance : 0;
        advance = s.size;
      }
      // Optional fields set after the literal, not spread into it: no throwaway object per character.
      const atom: Mutable<Atom> = { ch, cp, font: face, size: s.size, advance: advance + tracking };
      if (space) atom.space = space;
      if (shift !== undefined) atom.shift = shift;
      if (keep) atom.keep = keep;
      atoms.push(atom);
    }
  }
  return metrics.autospace > 0 ? autospaced(atoms, metrics.autospace) : atoms;
}

const HAN = /[\u3400-\u9FFF\uF900-\uFAFF\u3040-\u30FF]/;
const LATIN = /[A-Za-z0-9\u00C0-\u024F]/;

/** A little space between a Chinese character and a Latin letter or digit beside it: the first one's advance grows. */
function autospaced(atoms: Atom[], em: number): Atom[] {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i] as Atom;
    const b = atoms[i + 1] as Atom;
    if ((HAN.test(a.ch) && LATIN.test(b.ch)) || (LATIN.test(a.ch) && HAN.test(b.ch))) {
      const gap = em * Math.max(a.size, b.size);
      atoms[i] = { ...a, advance: a.advance + gap, spaced: gap };
    }
  }
  return atoms;
}

/**
 * A line of atoms[from, to): its width leaves out trailing spaces, and the autospace of the
 * atom that ends it is dropped (nothing follows it on the line).
 */
function lineOf(atoms: readonly Atom[], from: number, to: number, hang: Atom | null, last: boolean): Line {
  const out = atoms.slice(from, to);
  let end = to;
  while (end > from && atoms[end - 1]?.space) end--;
  let width = 0;
  for (let k = from; k < end; k++) width += (atoms[k] as Atom).advance;
  const final = atoms[end - 1];
  if (end > from && final?.spaced) {
    const { spaced, ...plain } = final;
    out[end - 1 - from] = { ...plain, advance: final.advance - spaced };
    width -= spaced;
  }
  return { atoms: out, hang, width, last };
}

/**
 * Greedy line breaking with CJK rules: never starts a line with closing
 * punctuation (UAX #14), hangs one closing mark in the margin when that keeps
 * the line full, and breaks inside over-long words rather than overflow.
 */
export function breakLines(atoms: readonly Atom[], o: BreakOptions): Line[] {
  const lines: Line[] = [];
  const canBreakAfter = o.breaks ?? breakOpportunities(atoms, o.tokens);
  const eps = 0.01;
  let start = 0;
  while (start < atoms.length) {
    if (lines.length > 0) while (start < atoms.length && atoms[start]?.space) start++;
    if (start >= atoms.length) break;
    const avail = o.width - (lines.length === 0 ? o.firstIndent : 0);
    let width = 0;
    let lastBreak = -1;
    let i = start;
    let ended = false;
    for (; i < atoms.length; i++) {
      const a = atoms[i] as Atom;
      if (a.forced) {
        lines.push(lineOf(atoms, start, i, null, true));
        start = i + 1;
        ended = true;
        break;
      }
      // A glyph whose autospace would not fit ends the line without it, where the line may break after it.
      if (a.spaced && canBreakAfter.has(i) && width + a.advance > avail + eps && width + a.advance - a.spaced <= avail + eps) {
        lines.push(lineOf(atoms, start, i + 1, null, i === atoms.length - 1));
        start = i + 1;
        ended = true;
        break;
      }
      if (width + a.advance > avail + eps && !a.space) {
        const hangable = o.hangingPunctuation && HANGABLE.has(a.ch) && i > start && (canBreakAfter.has(i) || i === atoms.length - 1);
        if (hangable && !atoms[i + 1]?.forced && !(i + 1 < atoms.length && HANGABLE.has((atoms[i + 1] as Atom).ch) && !canBreakAfter.has(i))) {
          lines.push(lineOf(atoms, start, i, a, i === atoms.length - 1));
          start = i + 1;
        } else if (lastBreak >= start) {
          lines.push(lineOf(atoms, start, lastBreak + 1, null, false));
          start = lastBreak + 1;
        } else {
          const end = Math.max(i, start + 1);
          lines.push(lineOf(atoms, start, end, null, false));
          start = end;
        }
        ended = true;
        break;
      }
      width += a.advance;
      if (canBreakAfter.has(i)) lastBreak = i;
    }
    if (!ended) {
      lines.push(lineOf(atoms, start, atoms.length, null, true));
      start = atoms.length;
    }
  }
  if (lines.length > 0) {
    const lastLine = lines[lines.length - 1] as Line;
    if (!lastLine.last) lines[lines.length - 1] = { ...lastLine, last: true };
  }
  return lines;
}
