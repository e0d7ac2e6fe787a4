/**
 * The graph part of diagram layout (a small Sugiyama scheme): ranks by longest
 * path, long edges broken by dummy points, rank order by barycentres, and
 * horizontal positions that keep chains straight and put branches side by
 * side. Everything is deterministic: ties go to the order the data gave.
 */

export type ArrangeNode = { readonly id: string; readonly w: number };
export type ArrangeEdge = { readonly from: string; readonly to: string };

export type Arranged = {
  /** Node ids per rank, left to right; dummy points are `~<edge>~<k>`. */
  readonly ranks: ReadonlyArray<readonly string[]>;
  readonly rankOf: ReadonlyMap<string, number>;
  /** Centre x of every node and dummy (left edge of the drawing at 0). */
  readonly x: ReadonlyMap<string, number>;
  /** Every edge as the chain of points it passes: from, dummies…, to. Back edges (cycles) are only [from, to]. */
  readonly chains: ReadonlyArray<readonly string[]>;
  readonly back: ReadonlyArray<boolean>;
  readonly width: number;
};

export const isDummy = (id: string): boolean => id.startsWith("~");

/** Edges that close a cycle (found by depth-first search in the given order), so the rest is acyclic. */
function backEdges(nodes: readonly ArrangeNode[], edges: readonly ArrangeEdge[]): boolean[] {
  const out = edges.map(() => false);
  const state = new Map<string, 1 | 2>();
  const outgoing = new Map<string, number[]>();
  edges.forEach((e, i) => outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), i]));
  const visit = (id: string) => {
    state.set(id, 1);
    for (const i of outgoing.get(id) ?? []) {
      const to = (edges[i] as ArrangeEdge).to;
      const s = state.get(to);
      if (s === 1) out[i] = true;
      else if (s === undefined) visit(to);
    }
    state.set(id, 2);
  };
  for (const n of nodes) if (!state.has(n.id)) visit(n.id);
  return out;
}

/** Longest-path ranks over the forward edges; `fixed` ranks (split parts) win. */
function ranksOf(nodes: readonly ArrangeNode[], edges: readonly ArrangeEdge[], back: readonly boolean[], fixed?: ReadonlyMap<string, number>): Map<string, number> {
  const rank = new Map<string, number>();
  if (fixed) {
    for (const n of nodes) rank.set(n.id, fixed.get(n.id) ?? 0);
    return rank;
  }
  for (const n of nodes) rank.set(n.id, 0);
  // Relax |V| times at most: the forward graph is acyclic.
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    edges.forEach((e, i) => {
      if (back[i] || e.from === e.to) return;
      const r = (rank.get(e.from) ?? 0) + 1;
      if (r > (rank.get(e.to) ?? 0)) {
        rank.set(e.to, r);
        changed = true;
      }
    });
    if (!changed) break;
  }
  return rank;
}

/**
 * Weighted isotonic regression (pool adjacent violators): positions as close
 * to `want` as they can be while keeping order and the minimum separations.
 */
function placeRank(want: readonly number[], weight: readonly number[], sep: readonly number[]): number[] {
  const n = want.length;
  const offset: number[] = [0];
  for (let i = 1; i < n; i++) offset.push((offset[i - 1] as number) + (sep[i - 1] as number));
  const blocks: Array<{ value: number; weight: number; count: number }> = [];
  for (let i = 0; i < n; i++) {
    blocks.push({ value: (want[i] as number) - (offset[i] as number), weight: weight[i] as number, count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1] as (typeof blocks)[number];
      const a = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (a.value <= b.value) break;
      const w = a.weight + b.weight;
      // Weightless points (dummies) only count among themselves.
      const value = w > 0 ? (a.value * a.weight + b.value * b.weight) / w : (a.value * a.count + b.value * b.count) / (a.count + b.count);
      blocks.splice(blocks.length - 2, 2, { value, weight: w, count: a.count + b.count });
    }
  }
  const out: number[] = [];
  for (const b of blocks) for (let k = 0; k < b.count; k++) out.push(b.value + (offset[out.length] as number));
  return out;
}

export function arrange(nodes: readonly ArrangeNode[], edges: readonly ArrangeEdge[], gap: number, fixed?: ReadonlyMap<string, number>): Arranged {
  const back = backEdges(nodes, edges);
  const rank = ranksOf(nodes, edges, back, fixed);
  const width = new Map(nodes.map((n) => [n.id, n.w]));
  const chains: string[][] = edges.map((e, i) => {
    if (back[i] || e.from === e.to) return [e.from, e.to];
    const chain = [e.from];
    const r0 = rank.get(e.from) ?? 0;
    const r1 = rank.get(e.to) ?? 0;
    for (let r = r0 + 1; r < r1; r++) {
      const id = `~${i}~${r}`;
      rank.set(id, r);
      width.set(id, 0);
      chain.push(id);
    }
    chain.push(e.to);
    return chain;
  });
  // Neighbours along the (dummy-split) forward edges, in edge order.
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const [i, c] of chains.entries()) {
    if (back[i]) continue;
    for (let k = 0; k + 1 < c.length; k++) {
      const a = c[k] as string;
      const b = c[k + 1] as string;
      down.set(a, [...(down.get(a) ?? []), b]);
      up.set(b, [...(up.get(b) ?? []), a]);
    }
  }
  // Initial order: breadth-first from the sources, following edges in the given order.
  const maxRank = Math.max(0, ...rank.values());
  const ranks: string[][] = Array.from({ length: maxRank + 1 }, () => []);
  const seen = new Set<string>();
  const queue = [...nodes.filter((n) => (up.get(n.id) ?? []).length === 0).map((n) => n.id), ...nodes.map((n) => n.id)];
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    ranks[rank.get(id) ?? 0]?.push(id);
    queue.push(...(down.get(id) ?? []));
  }
  // Barycentre sweeps (down, then up) to reduce crossings; stable for ties.
  const index = new Map<string, number>();
  const reindex = () => ranks.forEach((r) => r.forEach((id, k) => index.set(id, k)));
  reindex();
  for (let sweep = 0; sweep < 4; sweep++) {
    const downward = sweep % 2 === 0;
    const order = downward ? ranks.map((_, r) => r).slice(1) : ranks.map((_, r) => r).slice(0, -1).reverse();
    for (const r of order) {
      const row = ranks[r] as string[];
      const bary = new Map(
        row.map((id) => {
          const ns = (downward ? up : down).get(id) ?? [];
          return [id, ns.length ? ns.reduce((a, n) => a + (index.get(n) ?? 0), 0) / ns.length : (index.get(id) ?? 0)];
        }),
      );
      const sorted = row.map((id, k) => ({ id, k, b: bary.get(id) ?? k })).sort((a, b) => a.b - b.b || a.k - b.k);
      ranks[r] = sorted.map((s) => s.id);
      reindex();
    }
  }
  // Horizontal positions: start packed, then pull each node towards its neighbours
  // (real ones first: dummies never bend a chain of real boxes).
  const x = new Map<string, number>();
  const seps = (row: readonly string[]) => row.slice(1).map((id, k) => ((width.get(row[k] as string) ?? 0) + (width.get(id) ?? 0)) / 2 + (isDummy(id) || isDummy(row[k] as string) ? gap / 2 : gap));
  for (const row of ranks) {
    const s = seps(row);
    let cx = 0;
    row.forEach((id, k) => {
      if (k > 0) cx += s[k - 1] as number;
      x.set(id, cx);
    });
  }
  const target = (id: string, ns: readonly string[]): number | undefined => {
    const real = ns.filter((n) => !isDummy(n));
    const use = isDummy(id) || real.length === 0 ? ns : real;
    return use.length ? use.reduce((a, n) => a + (x.get(n) ?? 0), 0) / use.length : undefined;
  };
  for (let pass = 0; pass < 8; pass++) {
    const downward = pass % 2 === 0;
    const order = downward ? ranks.map((_, r) => r) : ranks.map((_, r) => r).reverse();
    for (const r of order) {
      const row = ranks[r] as string[];
      const want = row.map((id) => {
        const t1 = target(id, (downward ? up : down).get(id) ?? []);
        const t2 = target(id, (downward ? down : up).get(id) ?? []);
        return t1 ?? t2 ?? (x.get(id) as number);
      });
      const weight = row.map((id) => (isDummy(id) ? 0 : 1));
      placeRank(want, weight, seps(row)).forEach((v, k) => x.set(row[k] as string, v));
    }
  }
  // Shift so the leftmost edge is at 0.
  let left = Infinity;
  let right = -Infinity;
  for (const [id, cx] of x) {
    const w = width.get(id) ?? 0;
    left = Math.min(left, cx - w / 2);
    right = Math.max(right, cx + w / 2);
  }
  if (!Number.isFinite(left)) left = right = 0;
  for (const [id, cx] of x) x.set(id, cx - left);
  return { ranks, rankOf: rank, x, chains, back, width: right - left };
}
