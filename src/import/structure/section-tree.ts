import type { Block, Paragraph, Table } from "../outline.js";
import { readMarkers, type Marker } from "./markers.js";
import { splitRunIn } from "./run-in.js";

/**
 * The plan's section tree, read from numbers and headings. A number continues
 * the list it belongs to (the next value of a style already open: a sibling),
 * or opens a list inside the current item (a new style, or value 1 after a
 * line that ends with a colon); a heading (Word style or Markdown `#`) closes
 * everything below its level. The same style starting again at 1 after a
 * finished list is a new list beside it (the sample plans run several lists
 * one after another without headings).
 */
export type Content =
  | { readonly kind: "text"; text: string; readonly at: number; claimed?: boolean }
  | { readonly kind: "table"; readonly table: Table; claimed?: boolean }
  | { readonly kind: "ref"; readonly ref: Readonly<Record<string, unknown>>; readonly at: number };

export type SectionNode = {
  /** Numbering style of this node's own number (undefined: a heading without a number, or a list restart group). */
  readonly style?: string;
  readonly value?: number;
  title?: string;
  /** The title ran into the text (1.准确把握、快速反应。网络舆情…). */
  readonly runIn: boolean;
  /** A heading by its style, not by its number. */
  readonly heading?: number;
  readonly content: Content[];
  readonly children: SectionNode[];
  readonly at: number;
};

type Open = { readonly key: string; readonly node: SectionNode; value: number };

export function sectionTree(blocks: readonly Block[]): SectionNode {
  const root: SectionNode = { runIn: false, content: [], children: [], at: 0 };
  const stack: Open[] = [];
  const top = (): SectionNode => stack[stack.length - 1]?.node ?? root;
  const queue = [...blocks];
  for (let b = queue.shift(); b !== undefined; b = queue.shift()) {
    if (b.kind === "table") {
      top().content.push({ kind: "table", table: b });
      continue;
    }
    const heading = b.heading !== undefined && b.heading >= 2 ? b.heading : undefined;
    const markers = readMarkers(b.text, heading !== undefined);
    if (heading !== undefined) {
      while (stack.length > 0 && !(stack[stack.length - 1] as Open).key.startsWith("h") ) stack.pop();
      while (stack.length > 0 && Number((stack[stack.length - 1] as Open).key.slice(1)) >= heading) stack.pop();
      const m = markers[0];
      const node = makeNode(b, m, { heading, title: (m ? m.rest : b.text.trim()).replace(/[。：:.]$/u, "") });
      top().children.push(node);
      stack.push({ key: `h${heading}`, node, value: m?.value ?? 0 });
      continue;
    }
    const placed = place(markers, stack, lastText(top()));
    if (!placed) {
      const boldTitle = b.bold === true && b.text.length <= 40 && !/[。.;；]$/u.test(b.text);
      if (boldTitle) {
        const node = makeNode(b, undefined, { title: b.text.replace(/[：:]$/u, "") });
        while (stack.length > 0 && (stack[stack.length - 1] as Open).key === "bold") stack.pop();
        top().children.push(node);
        stack.push({ key: "bold", node, value: 0 });
      } else top().content.push({ kind: "text", text: b.text, at: b.at });
      continue;
    }
    const { marker, popTo, restart } = placed;
    stack.length = popTo;
    if (restart) {
      // The same style from 1 again after a finished list: a new, untitled group beside the last.
      const group: SectionNode = { runIn: false, content: [], children: [], at: b.at };
      top().children.push(group);
      stack.push({ key: "group", node: group, value: 0 });
    }
    const split = splitRunIn(marker.rest, b.bold === true);
    // A list that starts in the item's own paragraph (（一）分级响应。（1）红色预警：…): its first item is a paragraph of its own.
    const inner = split.text ? readMarkers(split.text).find((m) => m.value === 1 && m.style !== marker.style) : undefined;
    const node = makeNode(b, marker, inner ? { ...(split.title ? { title: split.title } : {}) } : split);
    top().children.push(node);
    stack.push({ key: keyOf(marker), node, value: marker.value });
    if (inner && split.text) queue.unshift({ ...b, text: split.text });
  }
  return root;
}

function makeNode(b: Paragraph, m: Marker | undefined, split: { title?: string; text?: string; heading?: number }): SectionNode {
  return {
    ...(m ? { style: m.style, value: m.value } : {}),
    ...(split.title ? { title: split.title } : {}),
    runIn: split.title !== undefined && split.text !== undefined,
    ...(split.heading !== undefined ? { heading: split.heading } : {}),
    content: split.text ? [{ kind: "text", text: split.text, at: b.at }] : [],
    children: [],
    at: b.at,
  };
}

function keyOf(m: Marker): string {
  return m.style === "1.1" ? `1.1#${m.parts?.length ?? 2}` : m.style;
}

function lastText(n: SectionNode): string {
  const c = n.content[n.content.length - 1];
  return c?.kind === "text" ? c.text : "";
}

/** Where a numbered paragraph goes: how much of the stack stays open, and whether it restarts a list. */
function place(markers: readonly Marker[], stack: readonly Open[], previous: string): { marker: Marker; popTo: number; restart: boolean } | undefined {
  if (markers.length === 0) return undefined;
  // 1. The next number of a list that is open: its sibling.
  for (const m of markers) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const o = stack[i] as Open;
      if (o.key === keyOf(m) && (m.value === o.value + 1 || (m.style === "第一条" && m.value > o.value))) return { marker: m, popTo: i, restart: false };
      if (o.key.startsWith("h") && i < stack.length - 1) break;
    }
  }
  const open = stack.findIndex((o) => markers.some((m) => o.key === keyOf(m)));
  const first = markers.find((m) => m.value === 1 || m.style === "第一条" || m.style === "1.1") ?? markers[0];
  if (!first) return undefined;
  // 2. A style that is open, from 1 again: a list inside the item when the item ends with a colon, else a new list beside it.
  if (open >= 0 && first.value === 1 && keyOf(first) === (stack[open] as Open).key && first.style !== "第一条") {
    if (/[：:]$/u.test(previous.trim()) && open === stack.length - 1) return { marker: first, popTo: stack.length, restart: false };
    return { marker: first, popTo: open, restart: true };
  }
  // 3. A new style: a list inside the current item. Numbers far from 1 that fit nowhere are text.
  if (open < 0 && (first.value <= 3 || first.style === "第一条" || first.style === "第一章")) return { marker: first, popTo: stack.length, restart: false };
  if (open >= 0) return { marker: first, popTo: open, restart: false };
  return undefined;
}
