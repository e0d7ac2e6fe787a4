import type { Theme } from "../theme/theme.js";

/** Room a sign-off blank keeps for handwriting, and the gap between items, in the fields' type size. */
export function fieldSpacing(theme: Theme): { minBlank: number; gap: number } {
  const size = theme.fields.style.size;
  return { minBlank: size * 6, gap: size * 1.2 };
}

/**
 * Packs sign-off items ("label：______") into rows: a new row when the next
 * label and its minimum blank no longer fit, or the row holds `perRow` items.
 * Both renderers pack alike, so the PDF and the DOCX break rows in the same places.
 */
export function packFieldRows<T extends { readonly width: number }>(items: readonly T[], width: number, theme: Theme): T[][] {
  const { minBlank, gap } = fieldSpacing(theme);
  const rows: T[][] = [];
  let row: T[] = [];
  let used = 0;
  for (const it of items) {
    const need = it.width + minBlank + (row.length > 0 ? gap : 0);
    if (row.length > 0 && (used + need > width || row.length >= theme.fields.perRow)) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(it);
    used += it.width + minBlank + (row.length > 1 ? gap : 0);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
