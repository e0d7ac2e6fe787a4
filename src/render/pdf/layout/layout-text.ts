import type { HeadingLevel, Inline, Paragraph } from "../../../tree/types.js";
import type { FontRole, TextStyle, Theme } from "../../../theme/theme.js";
import { breakLines, toAtoms, type Line, type Span } from "../line-breaker.js";
import { placeLine } from "../place-line.js";
import { baselineIn, type Flow } from "./flow.js";

/** Inline nodes → spans in a style's fonts (bold text uses the bold face). */
export function spansOf(flow: Flow, inlines: readonly Inline[], style: TextStyle, fontOverride?: string): Span[] {
  return spansIn(flow.theme, inlines, style.font, style.size, fontOverride);
}

/** Inline nodes → spans in a theme's role font at a size; a kept text node (a name) stays one span that does not break in a table. */
export function spansIn(theme: Theme, inlines: readonly Inline[], role: FontRole, size: number, fontOverride?: string): Span[] {
  const fonts = theme.fonts;
  return inlines.map((i): Span => {
    if (i.type === "break") return { kind: "break" };
    if (i.type === "checkbox") return { kind: "box", checked: i.checked, size };
    const font = fontOverride ?? (i.bold ? fonts.bold : fonts[role]);
    return { kind: "text", text: i.value, font, size, ...(i.keep ? { keep: true as const } : {}) };
  });
}

export function trackingFor(flow: Flow, style: TextStyle): number {
  const g = flow.theme.grid;
  // On the official grid every full-width character advances one character pitch.
  return g && style.size === 16 ? g.charPitch - style.size : 0;
}

export type TextBlockOptions = {
  readonly style: TextStyle;
  readonly spans: readonly Span[];
  readonly context: string;
  /** Called with the page index where the first line lands. */
  readonly onFirstLine?: (pageIndex: number) => void;
  /** Keep at least this many lines together at a page bottom. */
  readonly minLinesAtBottom?: number;
  /** Height of what must follow on the same page as the last lines (the signature after the last paragraph). */
  readonly keepWithNext?: number;
};

/** Breaks spans into lines and places them, page by page. */
export function layoutTextBlock(flow: Flow, o: TextBlockOptions): Line[] {
  const { style } = o;
  const tracking = trackingFor(flow, style);
  const atoms = toAtoms(o.spans, flow.metrics, tracking, o.context);
  const left = style.left ?? 0;
  const lines = breakLines(atoms, {
    width: flow.width - left,
    firstIndent: style.indent,
    tracking,
    hangingPunctuation: flow.theme.hangingPunctuation,
    context: o.context,
  });
  const grid = flow.theme.grid;
  if (grid) flow.snap();
  else if (!flow.atPageTop) flow.y += style.spaceBefore;
  const keep = Math.min(lines.length, o.minLinesAtBottom ?? (grid ? 1 : 2));
  flow.ensure(keep * style.lineHeight);
  // Off the grid, no last line alone at the top of the next page either (as Word's widow control):
  // one more line goes over, or the whole paragraph when that would leave one line here.
  let breakBefore = -1;
  if (!grid && keep >= 2) {
    const fit = Math.floor((flow.bottom - flow.y + 0.01) / style.lineHeight);
    if (lines.length === fit + 1) {
      if (fit - 1 >= 2) breakBefore = fit - 1;
      else if (!flow.atPageTop) flow.newPage();
    }
  }
  // The last lines go with what must follow them (GB/T 9704 7.3.5: no signature alone on a page).
  const tail = Math.min(2, lines.length);
  lines.forEach((line, k) => {
    if (flow.y + style.lineHeight > flow.bottom + 0.01 || k === breakBefore) flow.newPage();
    else if (o.keepWithNext !== undefined && k === lines.length - tail && !flow.atPageTop && flow.y + tail * style.lineHeight + o.keepWithNext > flow.bottom + 0.01) flow.newPage();
    if (k === 0) o.onFirstLine?.(flow.pageIndex);
    const indent = left + (k === 0 ? style.indent : 0);
    flow.add(
      ...placeLine(line, {
        x: flow.left + indent,
        baseline: baselineIn(flow.y, style.lineHeight, style.size),
        width: flow.width - indent,
        align: style.align,
        tracking,
      }),
    );
    flow.y += style.lineHeight;
  });
  flow.y += style.spaceAfter;
  return lines;
}

export type TocHook = (pageIndex: number) => void;

/** A paragraph's spans: its run-in lead in the lead font, then its text. */
function paragraphSpans(flow: Flow, p: Paragraph, style: TextStyle): Span[] {
  const theme = flow.theme;
  return [...(p.lead ? spansOf(flow, p.lead.children, style, theme.fonts[theme.leadFont[p.lead.level]]) : []), ...spansOf(flow, p.children, style)];
}

export function layoutParagraph(flow: Flow, p: Paragraph, onLead?: TocHook, keepWithNext?: number): void {
  const style = flow.theme.paragraph[p.style ?? "body"];
  const spans = paragraphSpans(flow, p, style);
  layoutTextBlock(flow, {
    style,
    spans,
    context: contextOf(p.lead ? [...p.lead.children, ...p.children] : p.children),
    ...(onLead ? { onFirstLine: onLead } : {}),
    ...(keepWithNext !== undefined ? { keepWithNext } : {}),
  });
}

/** Number of lines a paragraph will take, without placing it. */
export function measureParagraphLines(flow: Flow, p: Paragraph): number {
  const style = flow.theme.paragraph[p.style ?? "body"];
  const spans = paragraphSpans(flow, p, style);
  const tracking = trackingFor(flow, style);
  const context = contextOf(p.children);
  const atoms = toAtoms(spans, flow.metrics, tracking, context);
  return breakLines(atoms, { width: flow.width - (style.left ?? 0), firstIndent: style.indent, tracking, hangingPunctuation: flow.theme.hangingPunctuation, context }).length;
}

export function layoutHeading(flow: Flow, level: HeadingLevel, children: readonly Inline[], onPlaced?: TocHook, nextHeight?: number, align?: "center"): void {
  const base = flow.theme.headings[level];
  const style = align === "center" ? { ...base, align: "center" as const, indent: 0 } : base;
  // Keep a heading with the first line (off the grid, with widow control: the first two) of what follows, or its
  // first table row — as Word's "keep with next" does.
  const follow = nextHeight ?? (flow.theme.grid ? flow.theme.grid.linePitch : 2 * flow.theme.paragraph.body.lineHeight);
  if (!flow.theme.grid && !flow.atPageTop) flow.y += style.spaceBefore;
  if (flow.theme.grid) flow.snap();
  flow.ensure(style.lineHeight + follow);
  layoutTextBlock(flow, {
    style: { ...style, spaceBefore: 0 },
    spans: spansOf(flow, children, style),
    context: contextOf(children),
    ...(onPlaced ? { onFirstLine: onPlaced } : {}),
    minLinesAtBottom: 1,
  });
}

export function contextOf(inlines: readonly Inline[]): string {
  const text = inlines.map((i) => (i.type === "text" ? i.value : "")).join("");
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
