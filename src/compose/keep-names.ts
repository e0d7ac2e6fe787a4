import type { Model } from "../model/model.js";
import type { Block, Inline, Section, Table, TableRow } from "../tree/types.js";
import { escapeRegExp } from "../text/regexp.js";

/**
 * Personal names in table cells become text nodes marked `keep`: the table
 * layout never breaks inside them (「刘振/华」) and sizes the column for them.
 * The names are the data's own — every person's `name` — so nothing is
 * guessed from the shape of the text. (An outside body's `contact` is often
 * a desk, 「市政府总值班室」 or "Duty press officer", and is not kept whole.)
 */
export function personalNames(model: Model): string[] {
  const names = model.data.people.map((p) => p.name);
  return [...new Set(names.map((n) => n.trim()).filter((n) => [...n].length >= 2))];
}


export function keepNames(sections: readonly Section[], names: readonly string[]): Section[] {
  if (names.length === 0) return [...sections];
  // Longest first, so 王建国 is found before a shorter name inside it.
  const re = new RegExp([...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join("|"), "gu");
  const inlines = (xs: readonly Inline[]): Inline[] =>
    xs.flatMap((i): Inline[] => {
      if (i.type !== "text" || i.keep) return [i];
      const out: Inline[] = [];
      let last = 0;
      for (const m of i.value.matchAll(re)) {
        if (m.index > last) out.push({ ...i, value: i.value.slice(last, m.index) });
        out.push({ ...i, value: m[0], keep: true });
        last = m.index + m[0].length;
      }
      if (last === 0) return [i];
      if (last < i.value.length) out.push({ ...i, value: i.value.slice(last) });
      return out;
    });
  const row = (r: TableRow): TableRow => ({ ...r, cells: r.cells.map((c) => ({ ...c, children: inlines(c.children) })) });
  const table = (t: Table): Table => ({ ...t, header: t.header.map(row), rows: t.rows.map(row) });
  const block = (b: Block): Block => (b.type === "table" ? table(b) : b.type === "list" ? { ...b, items: b.items.map((it) => it.map(block)) } : b);
  return sections.map((s) => ({ ...s, children: s.children.map(block) }));
}
