import type { Block, HeadingLevel, Inline, Section, Toc } from "../../../tree/types.js";
import type { PageItem } from "../page-model.js";
import { placeLine } from "../place-line.js";
import { baselineIn, type Flow } from "./flow.js";
import { layoutTextBlock, spansOf } from "./layout-text.js";
import { linesFor } from "./layout-blocks.js";

export type TocEntry = { readonly level: HeadingLevel; readonly children: readonly Inline[] };

/** Headings (and run-in leads) listed by a TOC, in document order after it. */
export function tocEntries(sections: readonly Section[], maxLevel: number): TocEntry[] {
  const out: TocEntry[] = [];
  for (const s of sections) for (const b of s.children) {
    const e = entryOf(b, maxLevel);
    if (e) out.push(e);
  }
  return out;
}

export function entryOf(b: Block, maxLevel: number): TocEntry | null {
  if (b.type === "heading" && b.level >= 2 && b.level <= maxLevel) return { level: b.level, children: b.children };
  if (b.type === "paragraph" && b.lead && b.lead.level >= 2 && b.lead.level <= maxLevel) {
    return { level: b.lead.level, children: stripFullStop(b.lead.children) };
  }
  return null;
}

function stripFullStop(inlines: readonly Inline[]): Inline[] {
  const out = [...inlines];
  const last = out[out.length - 1];
  if (last && last.type === "text") out[out.length - 1] = { ...last, value: last.value.replace(/[。.．]$/, "") };
  return out;
}

/** The named destination a TOC entry links to (at its heading). */
export const tocAnchor = (entry: number): string => `pw-toc-${entry}`;

/** Where a TOC entry's page number goes once pages are known, and the area its link covers. */
export type TocSlot = { page: number; baseline: number; textEnd: number; right: number; font: string; size: number; entry: number; node: number; left: number; top: number; height: number; itemIndex: number };

/** Lays out the TOC title and one line (or more) per entry; numbers are filled in later. */
export function layoutToc(flow: Flow, toc: Toc, entries: readonly TocEntry[]): TocSlot[] {
  const theme = flow.theme;
  flow.tagged("P", () => layoutTextBlock(flow, { style: theme.toc.title, spans: spansOf(flow, toc.title, theme.toc.title), context: "目录" }));
  const style = theme.toc.entry;
  const font = theme.fonts[style.font];
  const reserve = style.size * 3;
  const slots: TocSlot[] = [];
  flow.within("TOC", () =>
    entries.forEach((e, k) =>
      flow.within("TOCI", () =>
        flow.tagged("Link", (node) => {
          const indent = (e.level - 2) * theme.toc.indentPerLevel;
          const width = flow.width - indent - reserve;
          const lines = linesFor(flow, e.children, font, style.size, width);
          if (theme.grid) flow.snap();
          lines.forEach((line, n) => {
            if (flow.y + style.lineHeight > flow.bottom + 0.01) flow.newPage();
            const baseline = baselineIn(flow.y, style.lineHeight, style.size);
            const x = flow.left + indent;
            flow.add(...placeLine(line, { x, baseline, width, align: "left", tracking: 0 }));
            if (n === lines.length - 1) {
              const at = { page: flow.pageIndex, itemIndex: flow.page.items.length };
              slots.push({ ...at, baseline, textEnd: x + line.width, right: flow.left + flow.width, font, size: style.size, entry: k, node, left: x, top: flow.y, height: style.lineHeight });
            }
            flow.y += style.lineHeight;
          });
        }),
      ),
    ),
  );
  flow.y += style.spaceAfter;
  return slots;
}

/** Adds the dot leaders and page numbers once every heading has its page. */
export function fillToc(flow: Flow, slots: readonly TocSlot[], pageOf: ReadonlyMap<number, number>): void {
  // From the last slot back, so that each insertion leaves the earlier slots' positions as they were.
  for (const s of [...slots].reverse()) {
    const pageNo = pageOf.get(s.entry);
    if (pageNo === undefined) continue;
    const num = String(pageNo + 1);
    const numW = flow.metrics.width(s.font, num, s.size);
    const dot = "·";
    const dotW = flow.metrics.width(s.font, dot, s.size);
    const from = s.textEnd + s.size * 0.4;
    const to = s.right - numW - s.size * 0.3;
    const count = Math.max(0, Math.floor((to - from) / dotW));
    const page = flow.pages[s.page];
    if (!page) continue;
    // After the entry's text: the leader (an artifact), the number (part of the entry's link) and the link area.
    const items: PageItem[] = [];
    if (count > 0) items.push({ kind: "text", x: to - count * dotW, y: s.baseline, text: dot.repeat(count), font: s.font, size: s.size, spacing: 0 });
    items.push({ kind: "text", x: s.right - numW, y: s.baseline, text: num, font: s.font, size: s.size, spacing: 0, node: s.node });
    items.push({ kind: "link", x: s.left, y: s.top, w: s.right - s.left, h: s.height, dest: tocAnchor(s.entry), node: s.node });
    page.items.splice(s.itemIndex, 0, ...items);
  }
}
