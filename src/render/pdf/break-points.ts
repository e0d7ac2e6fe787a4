import LineBreaker from "linebreak";
import { headerWordRanges, unbreakableRanges } from "../unbreakable.js";
import type { Atom } from "./line-breaker.js";

const IDEOGRAPH = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * Indices i such that a line may end after atom i: UAX #14 (via `linebreak`),
 * with Chinese quotation marks free to start or end a line, and, in table
 * cells (`tokens`), no break inside a kept span (a name), a phone number, an
 * e-mail address or a URL — or, in a header, a Chinese word.
 */
export function breakOpportunities(atoms: readonly Atom[], tokens?: "cell" | "header"): Set<number> {
  const text = atoms.map((a) => a.ch).join("");
  const atomAt = new Map<number, number>();
  let offset = 0;
  atoms.forEach((a, i) => {
    atomAt.set(offset, i);
    offset += a.ch.length;
  });
  atomAt.set(offset, atoms.length);
  const out = new Set<number>();
  const digit = (a: Atom | undefined) => a !== undefined && a.cp >= 48 && a.cp <= 57;
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const next = atomAt.get(bk.position);
    if (next === undefined || next === 0 || next === atoms.length) continue;
    // Keep digit groups together ("139 1611 0001"): phone numbers never wrap at their spaces.
    const space = atoms[next - 1];
    if (space?.space && digit(atoms[next - 2]) && digit(atoms[next]) && !bk.required) continue;
    out.add(next - 1);
  }
  // UAX #14 glues “ ” ‘ ’ to both neighbours (class QU); in Chinese text an opening
  // quote may start a line and a closing quote may end one.
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i] as Atom;
    const b = atoms[i + 1] as Atom;
    if ((b.ch === "“" || b.ch === "‘") && IDEOGRAPH.test(a.ch)) out.add(i);
    if ((a.ch === "”" || a.ch === "’") && IDEOGRAPH.test(b.ch)) out.add(i);
  }
  if (!tokens) return out;
  for (let i = 0; i + 1 < atoms.length; i++) {
    const k = (atoms[i] as Atom).keep;
    if (k !== undefined && (atoms[i + 1] as Atom).keep === k) out.delete(i);
  }
  const ranges = tokens === "header" ? [...unbreakableRanges(text), ...headerWordRanges(text)] : unbreakableRanges(text);
  for (const [from, to] of ranges) {
    const a = atomAt.get(from);
    const b = atomAt.get(to);
    if (a === undefined || b === undefined) continue;
    for (let i = a; i < b - 1; i++) out.delete(i);
  }
  return out;
}

/** Widths of the pieces between break opportunities (min-content: the widest) and of the whole lines (max-content), pt. */
export function contentWidths(atoms: readonly Atom[], tokens: "cell" | "header"): { min: number; max: number } {
  const can = breakOpportunities(atoms, tokens);
  let min = 0;
  let max = 0;
  let piece = 0;
  let pieceSpace = 0;
  let line = 0;
  let lineSpace = 0;
  const endPiece = () => {
    min = Math.max(min, piece);
    piece = 0;
    pieceSpace = 0;
  };
  atoms.forEach((a, i) => {
    if (a.forced) {
      endPiece();
      max = Math.max(max, line);
      line = 0;
      lineSpace = 0;
      return;
    }
    // Spaces at the end of a piece or a line hang outside it.
    if (a.space) {
      pieceSpace += a.advance;
      lineSpace += a.advance;
    } else {
      if (piece > 0) piece += pieceSpace;
      if (line > 0) line += lineSpace;
      piece += a.advance;
      line += a.advance;
      pieceSpace = 0;
      lineSpace = 0;
    }
    if (can.has(i)) endPiece();
  });
  endPiece();
  return { min, max: Math.max(max, line) };
}
