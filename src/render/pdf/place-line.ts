import type { Atom, Line } from "./line-breaker.js";
import type { TextStyle } from "../../theme/theme.js";
import type { PageItem } from "./page-model.js";

export type PlaceOptions = {
  readonly x: number;
  readonly baseline: number;
  /** Width the line may fill, pt. */
  readonly width: number;
  readonly align: TextStyle["align"];
  readonly tracking: number;
};

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * Turns one broken line into positioned text runs (one per face) and boxes.
 * Justified CJK lines spread the remaining space evenly between characters,
 * which pdfkit cannot do itself (it only stretches at spaces).
 */
export function placeLine(line: Line, o: PlaceOptions): PageItem[] {
  const atoms = trimTrailingSpaces(line.atoms);
  if (atoms.length === 0 && !line.hang) return [];
  const slack = o.width - line.width;
  let x = o.x;
  let extra = 0;
  if (o.align === "center") x += slack / 2;
  else if (o.align === "right") x += slack;
  else if (o.align === "justify" && !line.last && atoms.length > 1 && slack > 0 && isCjkDominant(atoms)) {
    extra = slack / (atoms.length - 1);
  }
  const items: PageItem[] = [];
  const all = line.hang ? [...atoms, line.hang] : atoms;
  let run: { font: string; size: number; text: string; x: number } | null = null;
  const flush = () => {
    if (run && run.text) items.push({ kind: "text", x: run.x, y: o.baseline, text: run.text, font: run.font, size: run.size, spacing: round(o.tracking + extra) });
    run = null;
  };
  for (const a of all) {
    if (a.box) {
      flush();
      const size = a.size * 0.72;
      items.push({ kind: "box", x: x + (a.size - size) / 2, y: o.baseline - size + a.size * 0.06, size, checked: a.box.checked });
    } else if (a.shift !== undefined) {
      // A glyph narrower than its cell is a run of its own, placed in the cell.
      flush();
      run = { font: a.font, size: a.size, text: a.ch, x: x + a.shift };
      flush();
    } else if (run && run.font === a.font && run.size === a.size) {
      run.text += a.ch;
    } else {
      flush();
      run = { font: a.font, size: a.size, text: a.ch, x };
    }
    x += a.advance + extra;
    // The space after it is not in the glyph's advance: the next glyph starts a run of its own.
    if (a.spaced) flush();
  }
  flush();
  return items;
}

function trimTrailingSpaces(atoms: readonly Atom[]): readonly Atom[] {
  let end = atoms.length;
  while (end > 0 && atoms[end - 1]?.space) end--;
  return end === atoms.length ? atoms : atoms.slice(0, end);
}

function isCjkDominant(atoms: readonly Atom[]): boolean {
  let cjk = 0;
  let spaces = 0;
  for (const a of atoms) {
    if (CJK.test(a.ch)) cjk++;
    else if (a.space) spaces++;
  }
  return cjk > 0 && (spaces === 0 || cjk >= atoms.length / 2);
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
