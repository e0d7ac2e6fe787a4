import LineBreaker from "linebreak";

/** Width of a string set in one line at `size` (pt); the renderers pass the PDF font metrics. */
export type Measure = (text: string, size: number) => number;

const IDEOGRAPH = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * Pieces of text between which a line may break (UAX #14 via `linebreak`:
 * between any two Chinese characters, after spaces in Latin text, never before
 * closing punctuation), with Chinese quotes allowed to open and close a line as
 * the body text allows.
 */
function pieces(text: string): string[] {
  const out: string[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const piece = text.slice(last, bk.position);
    last = bk.position;
    // "习“生" → "习" | "“生"; "活”开" → "活”" | "开".
    let start = 0;
    for (let i = 1; i < piece.length; i++) {
      const a = piece.charAt(i - 1);
      const b = piece.charAt(i);
      if (((b === "“" || b === "‘") && IDEOGRAPH.test(a)) || ((a === "”" || a === "’") && IDEOGRAPH.test(b))) {
        out.push(piece.slice(start, i));
        start = i;
      }
    }
    out.push(piece.slice(start));
  }
  return out.filter((p) => p.length > 0);
}

/** Splits a piece wider than the line into characters that fit (long words, URLs). */
function splitLong(piece: string, width: number, size: number, measure: Measure): string[] {
  const out: string[] = [];
  let cur = "";
  for (const ch of piece) {
    if (cur && measure(cur + ch, size) > width) {
      out.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Greedy line breaking of plain text at a width: "\n" always breaks; trailing
 * spaces do not count. Deterministic for a given `measure`.
 */
export function wrapText(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const raw of pieces(para)) {
      const parts = measure(raw.trimEnd(), size) > width ? splitLong(raw, width, size, measure) : [raw];
      for (const p of parts) {
        if (line && measure((line + p).trimEnd(), size) > width + 0.01) {
          lines.push(line.trimEnd());
          line = p.trimStart();
        } else line += p;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.filter((l, i) => l.length > 0 || i === 0);
}

/**
 * Like `wrapText`, but as even as the greedy breaks allow: the narrowest width
 * that still gives the same number of lines (so a box never ends with one
 * orphaned character).
 */
export function wrapBalanced(text: string, width: number, size: number, measure: Measure): string[] {
  const lines = wrapText(text, width, size, measure);
  if (lines.length < 2) return lines;
  let lo = widest(lines, size, measure) / 2;
  let hi = width;
  let best = lines;
  for (let i = 0; i < 12 && hi - lo > size / 4; i++) {
    const mid = (lo + hi) / 2;
    const trial = wrapText(text, mid, size, measure);
    if (trial.length <= lines.length) {
      best = trial;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** The widest of some lines. */
export function widest(lines: readonly string[], size: number, measure: Measure): number {
  return lines.reduce((w, l) => Math.max(w, measure(l, size)), 0);
}
