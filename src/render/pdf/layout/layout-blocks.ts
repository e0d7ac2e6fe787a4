import { packFieldRows, fieldSpacing } from "../../field-rows.js";
import type { Fields, Imprint, Inline, List, Signature } from "../../../tree/types.js";
import { breakLines, toAtoms } from "../line-breaker.js";
import { placeLine } from "../place-line.js";
import { baselineIn, type Flow } from "./flow.js";
import { contextOf, spansOf, trackingFor } from "./layout-text.js";

function widthOf(flow: Flow, inlines: readonly Inline[], font: string, size: number, tracking = 0): number {
  return toAtoms(spansOf(flow, inlines, { ...flow.theme.paragraph.body, size }, font), flow.metrics, tracking, "").reduce((a, x) => a + x.advance, 0);
}

function singleLine(flow: Flow, inlines: readonly Inline[], font: string, size: number, x: number, baseline: number, tracking = 0) {
  const atoms = toAtoms(spansOf(flow, inlines, { ...flow.theme.paragraph.body, size }, font), flow.metrics, tracking, contextOf(inlines));
  const width = atoms.reduce((a, b) => a + b.advance, 0);
  return placeLine({ atoms, hang: null, width, last: true }, { x, baseline, width, align: "left", tracking });
}

/**
 * Sign-off blanks: "label：______". Items are packed into rows so that every
 * blank keeps room for handwriting; a row's spare width is shared out.
 */
function fieldRows(flow: Flow, f: Fields) {
  const style = flow.theme.fields.style;
  const font = flow.theme.fonts[style.font];
  const items = f.items.map((item) => {
    const label: Inline[] = [...item, { type: "text", value: flow.theme.colon }];
    return { label, width: widthOf(flow, label, font, style.size) };
  });
  return packFieldRows(items, flow.width, flow.theme);
}

/** The room sign-off lines take under what comes before them (a form's last row keeps with it). */
export function fieldsHeight(flow: Flow, f: Fields): number {
  const style = flow.theme.fields.style;
  return fieldRows(flow, f).length * style.lineHeight + (flow.theme.grid ? flow.theme.grid.linePitch : 6);
}

export function layoutFields(flow: Flow, f: Fields): void {
  const style = flow.theme.fields.style;
  const font = flow.theme.fonts[style.font];
  const { minBlank, gap } = fieldSpacing(flow.theme);
  const rows = fieldRows(flow, f);
  if (flow.theme.grid) flow.snap();
  else flow.y += 6;
  // The rows of one block stay together (no page with only 「日期：」).
  flow.ensure(rows.length * style.lineHeight);
  for (const r of rows) {
    flow.ensure(style.lineHeight);
    const baseline = baselineIn(flow.y, style.lineHeight, style.size);
    const spare = Math.max(0, flow.width - r.reduce((a, it) => a + it.width + minBlank, 0) - gap * (r.length - 1)) / r.length;
    let x = flow.left;
    for (const it of r) {
      flow.add(...singleLine(flow, it.label, font, style.size, x, baseline));
      const end = x + it.width + minBlank + spare;
      flow.add({ kind: "line", x1: x + it.width + 2, y1: baseline + 2.5, x2: end, y2: baseline + 2.5, width: 0.6 });
      x = end + gap;
    }
    flow.y += style.lineHeight;
  }
  flow.y += style.spaceAfter;
}

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 7.3.5.2): one blank line after the text,
 * issuer right-aligned two characters in from the right edge, the date on the
 * next line starting two characters right of the issuer's first character.
 */
export function layoutSignature(flow: Flow, s: Signature): void {
  const cfg = flow.theme.signature;
  const style = cfg.style;
  const tracking = trackingFor(flow, style);
  const font = flow.theme.fonts[style.font];
  const ch = flow.theme.grid ? flow.theme.grid.charPitch : style.size;
  const lines = s.lines;
  const lh = style.lineHeight;
  if (flow.theme.grid) flow.snap();
  flow.y += cfg.linesBefore * lh;
  flow.ensure(lines.length * lh);
  const right = flow.left + flow.width - cfg.insetChars * ch;
  const widths = lines.map((l) => widthOf(flow, l, font, style.size, tracking));
  const [wIssuer = 0, wDate = 0] = widths;
  let issuerX = right - wIssuer;
  let dateX = issuerX + cfg.shiftChars * ch;
  if (lines.length > 1 && dateX + wDate > right + 0.01) {
    dateX = right - wDate;
    issuerX = dateX - cfg.shiftChars * ch;
  }
  lines.forEach((line, k) => {
    const x = lines.length === 1 ? right - (widths[0] ?? 0) : k === 0 ? issuerX : k === 1 ? dateX : right - (widths[k] ?? 0);
    flow.add(...singleLine(flow, line, font, style.size, x, baselineIn(flow.y, lh, style.size), tracking));
    flow.y += lh;
  });
}

/**
 * Where the 版记 went: at the foot of the page the text ended on (`same`), alone
 * on the next page (`next`), or after a blank page (`blank`: both unnumbered).
 */
export type ImprintPlacement = "same" | "next" | "blank";

/**
 * 版记 (GB/T 9704 7.4): rows between rules at the foot of the last page —
 * thick rules first and last, thin rules between; left part one character in,
 * right part one character from the right edge. The last page is the back of
 * a sheet, an even page: when the text ends on an odd page the 版记 goes to the
 * next page, and when that would be odd too, a blank page comes first (7.5:
 * the blank page and the 版记 page carry no page number).
 */
export function layoutImprint(flow: Flow, imp: Imprint): ImprintPlacement {
  const cfg = flow.theme.imprint;
  const font = flow.theme.fonts[cfg.font];
  const left = flow.left;
  const right = flow.left + flow.width;
  // Long rows (a long 抄送 list) wrap; continuation lines align after the colon (GB/T 9704 7.4.2).
  const rows = imp.rows.map((row) => {
    const rightW = row.right ? widthOf(flow, row.right, font, cfg.size) + cfg.size * 2 : 0;
    const text = row.left.map((i) => (i.type === "text" ? i.value : "")).join("");
    const colon = Math.max(text.indexOf("："), text.indexOf(":"));
    const hang = colon >= 0 ? widthOf(flow, [{ type: "text", value: text.slice(0, colon + 1) }], font, cfg.size) : 0;
    const width = right - left - cfg.size * 2 - rightW;
    const first = linesFor(flow, row.left, font, cfg.size, width);
    const lines = first.length <= 1 ? first : [first[0] as (typeof first)[number], ...linesFor(flow, [{ type: "text", value: text.slice(first[0]!.atoms.map((a) => a.ch).join("").length) }], font, cfg.size, width - hang)];
    return { row, lines, hang, rightW };
  });
  const h = rows.reduce((a, r) => a + Math.max(1, r.lines.length) * cfg.lineHeight, 0);
  const even = () => (flow.pageIndex + 1) % 2 === 0;
  let placement: ImprintPlacement = "same";
  if (flow.y + h > flow.bottom + 0.01 || !even()) {
    // A page with nothing on it yet (the text ended at the foot of the one before) is that next page.
    if (!flow.atPageTop) flow.newPage();
    placement = "next";
    if (!even()) {
      flow.page.unnumbered = true;
      flow.newPage();
      flow.page.unnumbered = true;
      placement = "blank";
    }
  }
  let y = flow.bottom - h;
  flow.add({ kind: "line", x1: left, y1: y, x2: right, y2: y, width: cfg.thick });
  rows.forEach(({ row, lines, hang }, k) => {
    lines.forEach((line, n) => {
      const baseline = baselineIn(y + n * cfg.lineHeight, cfg.lineHeight, cfg.size);
      const x = left + cfg.size + (n > 0 ? hang : 0);
      flow.add(...placeLine(line, { x, baseline, width: line.width, align: "left", tracking: 0 }));
      if (n === 0 && row.right) {
        const w = widthOf(flow, row.right, font, cfg.size);
        flow.add(...singleLine(flow, row.right, font, cfg.size, right - cfg.size - w, baseline));
      }
    });
    y += Math.max(1, lines.length) * cfg.lineHeight;
    flow.add({ kind: "line", x1: left, y1: y, x2: right, y2: y, width: k === rows.length - 1 ? cfg.thick : cfg.thin });
  });
  flow.y = flow.bottom;
  return placement;
}

/**
 * Bulleted or numbered lists (used by English templates): L › LI › Lbl + LBody.
 * The marker is placed before the item's text in the content stream, so
 * readers that follow the stream read it first too.
 */
export function layoutList(flow: Flow, list: List, layoutBlocks: (blocks: List["items"][number]) => void): void {
  const style = flow.theme.paragraph.body;
  const indent = flow.theme.list.indent;
  flow.within("L", () =>
    list.items.forEach((item, k) =>
      flow.within("LI", () => {
        const marker = list.ordered ? `${(list.start ?? 1) + k}.` : "•";
        const label = flow.tagged("Lbl", (node) => node);
        const before = flow.page.items.length;
        const pageBefore = flow.pageIndex;
        flow.indent += indent;
        flow.within("LBody", () => layoutBlocks(item));
        flow.indent -= indent;
        // The marker goes on the first line of the item.
        const page = flow.pages[pageBefore];
        const first = page?.items.slice(before).find((i) => i.kind === "text" || i.kind === "box");
        if (page && first) {
          const y = first.kind === "text" ? first.y : first.kind === "box" ? first.y + first.size : 0;
          const w = flow.metrics.width(flow.theme.fonts.body, marker, style.size);
          const at = page.items.indexOf(first);
          page.items.splice(at, 0, { kind: "text", x: flow.left + indent - w - 6, y, text: marker, font: flow.theme.fonts.body, size: style.size, spacing: 0, node: label });
        }
      }),
    ),
  );
}

/** Break text into lines of one style at a width, for blocks that place lines themselves. */
export function linesFor(flow: Flow, inlines: readonly Inline[], font: string, size: number, width: number) {
  const atoms = toAtoms(spansOf(flow, inlines, { ...flow.theme.paragraph.body, size }, font), flow.metrics, 0, contextOf(inlines));
  return breakLines(atoms, { width, firstIndent: 0, tracking: 0, hangingPunctuation: false, context: contextOf(inlines) });
}
