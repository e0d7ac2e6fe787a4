/**
 * Where a document title breaks (GB/T 9704-2012 7.3.1: 回行时，要做到词意完整，排列对称):
 * only between words — as the platform's segmenter (ICU's dictionary) finds them,
 * not a hand-made list — with punctuation kept to its word, into as few lines as
 * fit, as even as they can be. Shared by the PDF layout and the DOCX, which
 * writes the same breaks explicitly.
 */

import { wordSegmenter } from "../text/segmenter.js";

/** Closing marks stay with the word before them, opening ones with the word after. */
const CLOSE = "\\s》）」』”’、，。：；！？,.;:!?)\\]";
const OPEN = "《（「『“‘(\\[";
const CLOSING = new RegExp(`^[${CLOSE}]+$`, "u");
const OPENING = new RegExp(`^[${OPEN}]+$`, "u");
/** Every mark either way. */
const MARKS = new RegExp(`[${OPEN}${CLOSE}]`, "gu");

/**
 * The title's words, each with the punctuation that belongs to it. A single character the
 * dictionary leaves on its own (预|案, 扎|兰|屯|市, 印|发) is most often a piece of a word it does not
 * know: it stays with the word before it (after an opening mark, with the word after).
 */
export function titleWords(text: string, lang: string): string[] {
  const words = segments(text, lang);
  const out: string[] = [];
  for (const w of words) {
    const core = w.replace(/[^\p{Script=Han}]/gu, "");
    if (out.length > 0 && [...core].length === 1 && [...w.replace(MARKS, "")].length === 1 && !OPENING.test(w[0] ?? "")) out[out.length - 1] += w;
    else out.push(w);
  }
  return out;
}

function segments(text: string, lang: string): string[] {
  const words: string[] = [];
  let open = "";
  for (const s of wordSegmenter(lang).segment(text)) {
    if (OPENING.test(s.segment)) open += s.segment;
    else if (CLOSING.test(s.segment) && words.length > 0 && !open) words[words.length - 1] += s.segment;
    else {
      words.push(open + s.segment);
      open = "";
    }
  }
  if (open) words.push(open);
  return words;
}

/**
 * The lines of a title: one if it fits (`fits` says whether a line fits the measure), else the
 * fewest lines that do, breaking only between words, choosing the breaks that make the longest
 * line shortest (so the lines are as even as the words allow). A word too long for a line is
 * left to the line breaker.
 */
export function titleLines(text: string, lang: string, fits: (line: string) => boolean, width: (line: string) => number): string[] {
  if (fits(text)) return [text];
  const words = titleWords(text, lang);
  const n = words.length;
  const span = (i: number, j: number) => words.slice(i, j).join("");
  for (let lines = 2; lines <= Math.min(n, 6); lines++) {
    // best[k][j]: the smallest possible longest line when the first j words make k lines.
    const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
    best[0]![0] = 0;
    for (let k = 1; k <= lines; k++)
      for (let j = k; j <= n; j++)
        for (let i = k - 1; i < j; i++) {
          if (best[k - 1]![i] === Infinity) continue;
          const line = span(i, j);
          if (!fits(line)) continue;
          const worst = Math.max(best[k - 1]![i]!, width(line));
          if (worst < best[k]![j]!) (best[k]![j] = worst), (from[k]![j] = i);
        }
    if (best[lines]![n] === Infinity) continue;
    const out: string[] = [];
    for (let k = lines, j = n; k > 0; k--) {
      const i = from[k]![j]!;
      out.unshift(span(i, j));
      j = i;
    }
    return out;
  }
  return [text];
}
