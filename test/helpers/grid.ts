import { pdfLines, type PdfPage, type PdfText } from "./pdf.js";

/** GB/T 9704-2012 numbers, in points. */
export const MM = 72 / 25.4;
export const GBT = {
  page: { w: 210 * MM, h: 297 * MM },
  left: 28 * MM,
  right: 210 * MM - 26 * MM,
  top: 37 * MM,
  bottom: 297 * MM - 35 * MM,
  pitch: (156 * MM) / 28,
  linePitch: 28.95,
  tolerance: 1 * MM,
} as const;

export const CLOSING = /^[，。、；：！？）》」』】〕〉”’,.;:!?)]/;
/** An opening mark never ends a line: the line before it may hold 27. */
export const OPENING = /^[（《「『【〔〈“‘(]/;
/** Full-width characters: ideographs, CJK punctuation, and the quotes and dashes a CJK font sets 1 em wide. */
export const FULL = /[\u2E80-\uFFEF\u2014\u2018-\u201D\u2026]/;

export const lineEnd = (l: readonly PdfText[]) => Math.max(...l.map((i) => i.x + i.width));
export const lineText = (l: readonly PdfText[]) => l.map((i) => i.str).join("");

/** Body lines: 16 pt text inside the text block (not headers, page numbers or tables). */
export function bodyLines(page: PdfPage): PdfText[][] {
  return pdfLines(page).filter((l) => l.every((i) => Math.abs(i.height - 16) < 0.2) && (l[0] as PdfText).y > GBT.top && (l[0] as PdfText).y < GBT.bottom);
}

export type LineMeasure = {
  readonly text: string;
  readonly full: boolean;
  readonly chars: number;
  readonly cjkOnly: boolean;
  /** The next line starts with a character glued to a closing mark (“表》”), or with an opening mark that may not end a line: this line gave it up (kinsoku). */
  readonly gaveUp: boolean;
};

/**
 * Characters on each body line, counted in grid cells: a full line is a
 * justified one whose last cell ends at the right margin (a closing mark may
 * hang past it); the first-line indent counts its cells.
 */
export function measureLines(pages: readonly PdfPage[]): LineMeasure[] {
  const lines = pages.flatMap(bodyLines);
  return lines.map((l, k) => {
    const next = [...lineText(lines[k + 1] ?? []).replace(/\s+/g, "")];
    const text = lineText(l).replace(/\s+$/, "");
    const end = lineEnd(l);
    const hanging = end > GBT.right + 2 && CLOSING.test(text.slice(-1));
    const boxEnd = hanging ? end - GBT.pitch : end;
    const indent = Math.round(((l[0] as PdfText).x - GBT.left) / GBT.pitch);
    return {
      text,
      full: Math.abs(boxEnd - GBT.right) < GBT.tolerance,
      // The space after an article's number (第三条　…) takes a cell like any character.
      chars: [...text.trim().replace(/\s+/g, " ")].length - (hanging ? 1 : 0) + indent,
      cjkOnly: [...text.replace(/\s+/g, "")].every((c) => FULL.test(c)),
      gaveUp: CLOSING.test(next[1] ?? "") || CLOSING.test(next[0] ?? "") || OPENING.test(next[0] ?? ""),
    };
  });
}

/**
 * Full, all-CJK body lines: the share that hold exactly 28 characters, how
 * many there were, how many held each count, and the lines off 28 that did
 * not give their last character up to a closing mark on the next line.
 */
export function charsPerLine(pages: readonly PdfPage[]): { exact: number; lines: number; counts: Record<number, number>; odd: string[] } {
  const cjk = measureLines(pages).filter((m) => m.full && m.cjkOnly);
  const counts: Record<number, number> = {};
  for (const m of cjk) counts[m.chars] = (counts[m.chars] ?? 0) + 1;
  const exact = cjk.filter((m) => m.chars === 28).length;
  return { exact: cjk.length ? exact / cjk.length : 0, lines: cjk.length, counts, odd: cjk.filter((m) => m.chars !== 28 && !(m.chars === 27 && m.gaveUp)).map((m) => m.text) };
}

/**
 * Pages whose body text reaches the last line of the grid and holds nothing
 * but body text: each with its lines' baselines.
 */
export function fullPages(pages: readonly PdfPage[]): number[][] {
  return pages
    .filter((p) => p.items.every((i) => Math.abs(i.height - 16) < 0.2 || i.y > GBT.bottom))
    .map((p) => bodyLines(p).map((l) => (l[0] as PdfText).y))
    .filter((ys) => ys.length > 0 && (ys[ys.length - 1] as number) > GBT.bottom - GBT.linePitch);
}

/** The texts of a page's body lines whose baseline is two grid lines below the one before (an empty grid line above them). */
export function afterEmptyLine(page: PdfPage): string[] {
  const lines = bodyLines(page);
  return lines.flatMap((l, k) => (k > 0 && Math.round(((l[0] as PdfText).y - (lines[k - 1]![0] as PdfText).y) / GBT.linePitch) === 2 ? [lineText(l).replace(/\s/g, "")] : []));
}
