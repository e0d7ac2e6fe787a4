import type { Model } from "../model/model.js";

/**
 * Abbreviations on first use. Running text names an entity that has a short
 * form (a group's `short_name`, an `abbr`) by a marker; once the document is
 * written, the first marker in a paragraph reads “Public Information Officer
 * (PIO)” / “省新闻发布工作专责小组（以下简称省专责小组）” and every later one the
 * short form. Headings always print the full name; table cells the short form
 * once it has been introduced.
 */

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = /\uE000(\d+)\uE001/gu;

export type Abbreviation = { readonly id: string; readonly full: string; readonly short: string };

/** The entities with a short form different from their name, in a fixed order. */
export function abbreviationsOf(model: Model): Abbreviation[] {
  const out: Abbreviation[] = [];
  const add = (id: string, full: string, short: string | undefined) => {
    if (short && short !== full) out.push({ id, full, short });
  };
  for (const g of model.data.groups) add(g.id, g.name, g.short_name);
  for (const r of model.data.roles) add(r.id, r.name, r.abbr);
  for (const u of model.data.units) add(u.id, u.name, u.abbr);
  for (const x of model.data.external) add(x.id, x.name, x.abbr);
  return out;
}

export function abbreviationMarker(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

/** Replaces the markers of a document's Markdown, in reading order. `intro` words the first use. */
export function resolveAbbreviations(markdown: string, list: readonly { full: string; short: string }[], intro: (full: string, short: string) => string): string {
  if (!markdown.includes(OPEN)) return markdown;
  return joinAsides(resolve(markdown, list, intro));
}

/** A name introduced with its short form and followed by its holders reads as one aside: “Spokesperson (SP; Jordan Lee)”. */
function joinAsides(text: string): string {
  // The holders come from the view, escaped for Markdown: \( … \).
  return text.replace(/ \(([^()\n]{1,24})\) \\\(([^()\n]+?)\\\)/gu, " ($1; $2)");
}

function resolve(markdown: string, list: readonly { full: string; short: string }[], intro: (full: string, short: string) => string): string {
  const introduced = new Set<number>();
  return markdown
    .split("\n")
    .map((line) => {
      if (!line.includes(OPEN)) return line;
      const heading = /^#{1,6}\s/.test(line);
      const cell = line.trimStart().startsWith("|");
      return line.replace(MARKER, (_, n: string) => {
        const k = Number(n);
        const a = list[k];
        if (!a) return "";
        if (heading) return a.full;
        if (introduced.has(k)) return a.short;
        if (cell) return a.full;
        introduced.add(k);
        return intro(a.full, a.short);
      });
    })
    .join("\n");
}

/** Outside a document (a flowchart's boxes, a plain value): the short form when there is one. */
export function plainAbbreviations(text: string, list: readonly { full: string; short: string }[]): string {
  return text.includes(OPEN) ? text.replace(MARKER, (_, n: string) => list[Number(n)]?.short ?? "") : text;
}
