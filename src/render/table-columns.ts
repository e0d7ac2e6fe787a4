import type { Inline, Table } from "../tree/types.js";

/**
 * Column widths of a table, shared by both renderers: the tree's relative
 * widths, except that a column is never narrower than the longest word of its
 * header (a header is never broken inside a word, e.g. "Platfor/m"). Width
 * is taken from columns with room to spare; when all the header words
 * together do not fit, the header text is set smaller instead.
 */
export type ColumnPlan = { readonly widths: readonly number[]; readonly headerSize: number };

/** Width of `text` in the header face at `size`, pt. */
export type MeasureWord = (text: string, size: number) => number;

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Unbreakable pieces of header text: Latin words (split at spaces and after hyphens); each CJK character alone. */
export function headerWords(inlines: readonly Inline[]): string[] {
  const text = inlines.map((i) => (i.type === "text" ? i.value : " ")).join("");
  const out: string[] = [];
  for (const chunk of text.split(/[\s\u00a0]+/)) {
    let word = "";
    for (const ch of chunk) {
      if (CJK.test(ch)) {
        if (word) out.push(word);
        out.push(ch);
        word = "";
      } else {
        word += ch;
        if (ch === "-" || ch === "/") {
          out.push(word);
          word = "";
        }
      }
    }
    if (word) out.push(word);
  }
  return out.filter((w) => w.length > 0);
}

export function planColumns(table: Table, width: number, size: number, padding: number, measure: MeasureWord): ColumnPlan {
  const total = table.columns.reduce((a, c) => a + c.width, 0) || 1;
  const base = table.columns.map((c) => (c.width / total) * width);
  const longest = table.columns.map((_, k) => {
    const words = table.header.flatMap((r) => headerWords(r.cells[k]?.children ?? []));
    return words.reduce((best, w) => (w.length > best.length || (w.length === best.length && w > best) ? w : best), "");
  });
  const needAt = (s: number) => longest.map((w) => (w ? measure(w, s) * 1.04 + 2 * padding + 0.5 : 0));
  let headerSize = size;
  let need = needAt(size);
  const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);
  // Shrink the header (in half points, down to 60 %) until its longest words fit side by side.
  while (sum(need) > width && headerSize > size * 0.6) {
    headerSize = Math.round((headerSize - 0.5) * 2) / 2;
    need = needAt(headerSize);
  }
  const short = base.map((b, k) => Math.max(0, (need[k] as number) - b));
  const deficit = sum(short);
  if (deficit <= 0.01) return { widths: base, headerSize };
  const spare = base.map((b, k) => Math.max(0, b - (need[k] as number)));
  const room = sum(spare);
  if (room <= 0) return { widths: base, headerSize };
  const take = Math.min(1, deficit / room);
  const widths = base.map((b, k) => ((short[k] as number) > 0 ? b + (short[k] as number) * Math.min(1, room / deficit) : b - (spare[k] as number) * take));
  return { widths, headerSize };
}
