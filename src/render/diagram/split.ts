import { arrange } from "./arrange.js";
import type { DiagramFrame, DiagramLayout, DiagramPart } from "./geometry.js";
import { fits, layoutPart, scalePart, type Edge, type Metrics, type Node } from "./part.js";

/**
 * A chart too tall for one page even at the smallest scale: ranks are cut
 * into runs that fit, and each edge across a cut ends in a lettered connector
 * at the bottom of one part and starts from the same letter at the top of the next.
 */
export function splitDiagram(nodes: readonly Node[], edges: readonly Edge[], frame: DiagramFrame, m: Metrics, stroke: number, arrow: number): DiagramLayout {
  // Parts are read page by page: at full size when the chart's width allows, else as large as it does.
  const widthFits = (k: number) => layoutPart(nodes, edges, frame.width / k, m).width * k <= frame.width + 0.01;
  let k = 1;
  if (!widthFits(1)) {
    let lo = m.s.minScale;
    let hi = 1;
    k = lo;
    for (let it = 0; it < 10; it++) {
      const mid = (lo + hi) / 2;
      if (widthFits(mid)) {
        k = lo = mid;
      } else hi = mid;
    }
  }
  const width = frame.width / k;
  const whole = arrange(nodes.map((n) => ({ id: n.id, w: 1 })), edges, 1);
  const rankOf = whole.rankOf;
  const maxRank = Math.max(0, ...nodes.map((n) => rankOf.get(n.id) ?? 0));
  const parts: DiagramPart[] = [];
  let letter = 0;
  /** Edges cut at an earlier part, by index: the letter their connector carries. */
  const pending = new Map<number, string>();
  let start = 0;
  while (start <= maxRank) {
    // Grow the run of ranks while the part fits.
    let end = start;
    let part: DiagramPart | undefined;
    let partLetters = new Map<number, string>();
    const room: DiagramFrame = parts.length === 0 && frame.firstHeight !== undefined ? { width: frame.width, height: frame.firstHeight } : frame;
    for (let e = start; e <= maxRank; e++) {
      const trial = buildPart(nodes, edges, rankOf, start, e, pending, letter, m, width);
      if (!fits(trial.part, k, room) && part) break;
      part = trial.part;
      partLetters = trial.outgoing;
      end = e;
      if (!fits(trial.part, k, room)) break; // a single rank too tall: keep it, shrunk below (never overflow)
    }
    const p = part as DiagramPart;
    const shrink = Math.min(k, room.width / p.width, room.height / p.height);
    parts.push(scalePart(p, shrink));
    letter += partLetters.size;
    for (const i of [...pending.keys()]) {
      const r = rankOf.get((edges[i] as Edge).to) ?? 0;
      if (r >= start && r <= end) pending.delete(i);
    }
    for (const [i, l] of partLetters) pending.set(i, l);
    start = end + 1;
  }
  return { scale: k, parts, stroke: stroke * Math.max(k, 0.8), arrow: arrow * k };
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function buildPart(
  nodes: readonly Node[],
  edges: readonly Edge[],
  rankOf: ReadonlyMap<string, number>,
  first: number,
  last: number,
  incoming: ReadonlyMap<number, string>,
  letter: number,
  m: Metrics,
  width: number,
): { part: DiagramPart; outgoing: Map<number, string> } {
  const inPart = (id: string) => {
    const r = rankOf.get(id) ?? 0;
    return r >= first && r <= last;
  };
  const partNodes: Node[] = nodes.filter((n) => inPart(n.id));
  const fixed = new Map(partNodes.map((n) => [n.id, (rankOf.get(n.id) ?? 0) - first + 1]));
  const partEdges: Edge[] = [];
  const outgoing = new Map<number, string>();
  edges.forEach((e, i) => {
    const a = inPart(e.from);
    const b = inPart(e.to);
    if (a && b) partEdges.push(e);
    else if (a && !b && (rankOf.get(e.to) ?? 0) > last) {
      const l = LETTERS[(letter + outgoing.size) % 26] as string;
      outgoing.set(i, l);
      const id = `>${i}`;
      partNodes.push({ id, kind: "connector", text: l, detail: "" });
      fixed.set(id, last - first + 2);
      partEdges.push({ from: e.from, to: id, label: e.label });
    } else if (!a && b && incoming.has(i)) {
      const id = `<${i}`;
      partNodes.push({ id, kind: "connector", text: incoming.get(i) as string, detail: "" });
      fixed.set(id, 0);
      partEdges.push({ from: id, to: e.to, label: "" });
    }
  });
  // Ranks without an incoming connector start at 1; close the gap.
  const min = Math.min(...fixed.values());
  for (const [id, r] of fixed) fixed.set(id, r - min);
  return { part: layoutPart(partNodes, partEdges, width, m, fixed), outgoing };
}
