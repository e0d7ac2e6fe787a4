import { arrange, isDummy } from "./arrange.js";
import type { DiagramFrame, DiagramPart, DiagramStyle, LaidEdge, LaidLabel, LaidShape, LaidText } from "./geometry.js";
import { widest, wrapBalanced, type Measure } from "./wrap.js";

/** Laying out one part of a diagram at scale 1: box sizes, positions, edge routes and labels. */

export type Node = { readonly id: string; readonly kind: LaidShape["kind"]; readonly text: string; readonly detail: string };
export type Edge = { readonly from: string; readonly to: string; readonly label: string };

export type Metrics = { readonly s: DiagramStyle; readonly measure: Measure; readonly lead: number };

export const LEAD = 1.3;

/** A node's box at scale 1: size and text lines relative to its top-left corner. */
function sizeNode(n: Node, maxW: number, m: Metrics): { w: number; h: number; lines: LaidText[] } {
  const { s, measure } = m;
  const padX = s.textSize * 0.8;
  const padY = s.textSize * 0.5;
  if (n.kind === "connector") {
    const d = s.textSize * 1.6;
    const tw = measure(n.text, s.textSize);
    return { w: d, h: d, lines: [{ text: n.text, x: (d - tw) / 2, y: d / 2 + s.textSize * 0.35, size: s.textSize, width: tw, kind: "text" }] };
  }
  const decision = n.kind === "decision";
  const terminal = n.kind === "terminal";
  const textMax = Math.max(s.textSize * 4, decision ? maxW / 2 - 2 * padX : maxW - 2 * padX - (terminal ? s.textSize : 0));
  const main = n.text.split("\n").flatMap((t) => wrapBalanced(t, textMax, s.textSize, measure));
  const detail = n.detail ? n.detail.split("\n").flatMap((t) => wrapBalanced(t, textMax, s.detailSize, measure)) : [];
  const tw = Math.max(widest(main, s.textSize, measure), widest(detail, s.detailSize, measure));
  const th = main.length * s.textSize * m.lead + detail.length * s.detailSize * m.lead;
  let w: number;
  let h: number;
  if (decision) {
    // The text block sits inside the rhombus: half-diagonals twice its half-size.
    w = 2 * (tw + 2 * padX);
    h = 2 * (th + padY);
  } else {
    w = Math.max(tw + 2 * padX + (terminal ? s.textSize : 0), s.textSize * 6);
    h = th + 2 * padY;
  }
  const lines: LaidText[] = [];
  let y = (h - th) / 2;
  for (const [text, size, kind] of [...main.map((t) => [t, s.textSize, "text"] as const), ...detail.map((t) => [t, s.detailSize, "detail"] as const)]) {
    const width = measure(text, size);
    lines.push({ text, x: (w - width) / 2, y: y + size * (m.lead - 1) / 2 + size * 0.88, size, width, kind });
    y += size * m.lead;
  }
  return { w, h, lines };
}

function labelBlock(text: string, maxW: number, m: Metrics): { w: number; h: number; lines: string[] } {
  const size = m.s.labelSize;
  const lines = wrapBalanced(text, Math.max(size * 3, maxW), size, m.measure);
  return { w: widest(lines, size, m.measure) + size * 0.5, h: lines.length * size * m.lead + size * 0.2, lines };
}

const offset = (t: LaidText, dx: number, dy: number, k: number): LaidText => ({ ...t, x: (t.x + dx) * k, y: (t.y + dy) * k, size: t.size * k, width: t.width * k });

/**
 * One part at scale 1 in a frame `width` wide (the caller scales it):
 * positions of every shape, edges routed through the gaps between ranks.
 */
export function layoutPart(nodes: readonly Node[], edges: readonly Edge[], width: number, m: Metrics, fixed?: ReadonlyMap<string, number>): DiagramPart {
  const { s } = m;
  const gap = s.textSize * 2;
  // Box widths: a chain may use 55 % of the width; side-by-side boxes share it.
  const firstRanks = arrange(nodes.map((n) => ({ id: n.id, w: 1 })), edges, 1, fixed);
  const cols = Math.max(1, ...firstRanks.ranks.map((r) => r.filter((id) => !isDummy(id)).length));
  const dummies = Math.max(0, ...firstRanks.ranks.map((r) => r.filter(isDummy).length));
  const maxW = Math.max(s.textSize * 6, Math.min(width * 0.55, (width - (cols - 1) * gap - dummies * gap) / cols));
  const sized = new Map(nodes.map((n) => [n.id, sizeNode(n, maxW, m)]));
  // Boxes that stand alone in their rank (the trunk of the chart) share one width.
  const trunk = nodes.filter((n) => n.kind === "process" && firstRanks.ranks[firstRanks.rankOf.get(n.id) ?? 0]?.filter((id) => !isDummy(id)).length === 1);
  const trunkW = Math.max(0, ...trunk.map((n) => sized.get(n.id)?.w ?? 0));
  for (const n of trunk) {
    const sz = sized.get(n.id) as ReturnType<typeof sizeNode>;
    const dx = (trunkW - sz.w) / 2;
    sized.set(n.id, { ...sz, w: trunkW, lines: sz.lines.map((t) => ({ ...t, x: t.x + dx })) });
  }
  const a = arrange(nodes.map((n) => ({ id: n.id, w: (sized.get(n.id) as { w: number }).w })), edges, gap, fixed);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Labels sit on the last vertical run into their target; decisions' own labels near the diamond.
  const labels = edges.map((e) => (e.label ? labelBlock(e.label, Math.min(maxW, (sized.get(e.to)?.w ?? maxW) * 0.9), m) : undefined));
  const arrowLen = s.textSize * 0.5;
  const bus = s.textSize * 0.7;
  const rankTop: number[] = [];
  const rankH: number[] = [];
  let y = 0;
  a.ranks.forEach((row, r) => {
    const h = Math.max(0, ...row.map((id) => sized.get(id)?.h ?? 0));
    let g = r === 0 ? 0 : bus + arrowLen + s.textSize * 0.6;
    if (r > 0) {
      const into = edges.map((e, i) => (byId.get(e.from)?.kind !== "decision" && (a.rankOf.get(e.to) ?? -1) === r && !a.back[i] ? (labels[i]?.h ?? 0) : 0));
      const fromDecision = edges.map((e, i) => (byId.get(e.from)?.kind === "decision" && (a.rankOf.get(e.from) ?? -1) === r - 1 ? (labels[i]?.h ?? 0) : 0));
      g += Math.max(0, ...into) + Math.max(0, ...fromDecision) * 0.6;
    }
    y += g;
    rankTop.push(y);
    rankH.push(h);
    y += h;
  });
  const height = y;
  const box = (id: string) => {
    const r = a.rankOf.get(id) ?? 0;
    const sz = sized.get(id) ?? { w: 0, h: 0 };
    const cx = a.x.get(id) ?? 0;
    const top = (rankTop[r] ?? 0) + ((rankH[r] ?? 0) - sz.h) / 2;
    return { cx, top, bottom: top + sz.h, w: sz.w, h: sz.h, r };
  };
  const shapes: LaidShape[] = [];
  for (const row of a.ranks) {
    for (const id of row) {
      if (isDummy(id)) continue;
      const n = byId.get(id) as Node;
      const b = box(id);
      const sz = sized.get(id) as ReturnType<typeof sizeNode>;
      shapes.push({ id, kind: n.kind, x: b.cx - b.w / 2, y: b.top, w: b.w, h: b.h, lines: sz.lines.map((t) => offset(t, b.cx - b.w / 2, b.top, 1)) });
    }
  }
  let loopX = a.width;
  const laidEdges: LaidEdge[] = edges.map((e, i) => {
    const chain = a.chains[i] as readonly string[];
    const from = box(e.from);
    const to = box(e.to);
    const lb = labels[i];
    const pts: Array<[number, number]> = [];
    let label: LaidLabel | undefined;
    const place = (cx: number, top: number, lx?: number): LaidLabel | undefined => {
      if (!lb) return undefined;
      const x0 = lx ?? cx - lb.w / 2;
      const size = s.labelSize;
      return { x: x0, y: top, w: lb.w, h: lb.h, lines: lb.lines.map((t, k) => ({ text: t, x: x0 + size * 0.25, y: top + size * 0.1 + k * size * m.lead + size * (m.lead - 1) / 2 + size * 0.88, size, width: m.measure(t, size), kind: "label" as const })) };
    };
    if (a.back[i] || e.from === e.to) {
      // A loop back up: out of the right side, up beside the chart, into the target's right side.
      loopX += gap / 2;
      const fy = (from.top + from.bottom) / 2;
      const ty = (to.top + to.bottom) / 2;
      pts.push([from.cx + from.w / 2, fy], [loopX, fy], [loopX, ty], [to.cx + to.w / 2, ty]);
      if (lb) label = place(loopX, (fy + ty) / 2 - lb.h / 2, loopX + 2);
      return { points: pts, ...(label ? { label } : {}) };
    }
    const decision = byId.get(e.from)?.kind === "decision";
    const next = chain[1] as string;
    const nx = a.x.get(next) ?? to.cx;
    let cx = from.cx;
    let cy: number;
    if (decision && Math.abs(nx - from.cx) > from.w / 4) {
      // Out of the diamond's side, across to the branch, then down.
      const side = nx > from.cx ? 1 : -1;
      cy = (from.top + from.bottom) / 2;
      pts.push([from.cx + (side * from.w) / 2, cy], [nx, cy]);
      cx = nx;
      if (lb) label = place(0, cy - lb.h - 1, side > 0 ? from.cx + from.w / 2 + 2 : from.cx - from.w / 2 - 2 - lb.w);
    } else {
      cy = from.bottom;
      pts.push([cx, cy]);
      if (decision && lb) label = place(0, cy + 1, cx + 3);
    }
    for (let k = 1; k < chain.length; k++) {
      const id = chain[k] as string;
      const px = a.x.get(id) ?? 0;
      const r = a.rankOf.get(id) ?? 0;
      const top = isDummy(id) ? (rankTop[r] ?? 0) : box(id).top;
      if (Math.abs(px - cx) > 0.01) {
        const busY = Math.max(cy, top - arrowLen - s.textSize * 0.6 - (k === chain.length - 1 && !decision ? (lb?.h ?? 0) : 0) - bus / 2);
        pts.push([cx, busY], [px, busY]);
        cx = px;
      }
      pts.push([cx, top]);
      cy = top;
      if (isDummy(id)) {
        cy = (rankTop[r] ?? 0) + (rankH[r] ?? 0);
        pts.push([cx, cy]);
      }
    }
    if (!decision && lb) label = place(cx, to.top - arrowLen - s.textSize * 0.3 - lb.h);
    return { points: dedupe(pts), ...(label ? { label } : {}) };
  });
  return normalise({ width: loopX, height, shapes, edges: laidEdges });
}

/** Moves a part so its bounding box (shapes, lines, labels) starts at 0, 0. */
function normalise(p: DiagramPart): DiagramPart {
  let x0 = 0;
  let y0 = 0;
  let x1 = p.width;
  let y1 = p.height;
  const add = (x: number, y: number, w = 0, h = 0) => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w);
    y1 = Math.max(y1, y + h);
  };
  for (const sh of p.shapes) add(sh.x, sh.y, sh.w, sh.h);
  for (const e of p.edges) {
    for (const [x, y] of e.points) add(x, y);
    if (e.label) add(e.label.x, e.label.y, e.label.w, e.label.h);
  }
  if (x0 === 0 && y0 === 0) return { ...p, width: x1, height: y1 };
  const t = (v: LaidText): LaidText => ({ ...v, x: v.x - x0, y: v.y - y0 });
  return {
    width: x1 - x0,
    height: y1 - y0,
    shapes: p.shapes.map((sh) => ({ ...sh, x: sh.x - x0, y: sh.y - y0, lines: sh.lines.map(t) })),
    edges: p.edges.map((e) => ({
      points: e.points.map(([x, y]) => [x - x0, y - y0] as const),
      ...(e.label ? { label: { ...e.label, x: e.label.x - x0, y: e.label.y - y0, lines: e.label.lines.map(t) } } : {}),
    })),
  };
}

function dedupe(pts: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const p of pts) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) continue;
    // Merge collinear runs.
    const prev = out[out.length - 2];
    if (prev && last && ((Math.abs(prev[0] - last[0]) < 0.01 && Math.abs(last[0] - p[0]) < 0.01) || (Math.abs(prev[1] - last[1]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

export function scalePart(p: DiagramPart, k: number): DiagramPart {
  return {
    width: p.width * k,
    height: p.height * k,
    shapes: p.shapes.map((sh) => ({ ...sh, x: sh.x * k, y: sh.y * k, w: sh.w * k, h: sh.h * k, lines: sh.lines.map((t) => offset(t, 0, 0, k)) })),
    edges: p.edges.map((e) => ({
      points: e.points.map(([x, y]) => [x * k, y * k] as const),
      ...(e.label ? { label: { x: e.label.x * k, y: e.label.y * k, w: e.label.w * k, h: e.label.h * k, lines: e.label.lines.map((t) => offset(t, 0, 0, k)) } } : {}),
    })),
  };
}

export const fits = (p: DiagramPart, k: number, f: DiagramFrame) => p.width * k <= f.width + 0.01 && p.height * k <= f.height + 0.01;
