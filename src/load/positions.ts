import { isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { Position } from "../diagnostics/diagnostic.js";

export type PathKey = string | number;
export type DataPath = readonly PathKey[];

/** A place in the file: [line, column], both from 1. */
type At = readonly [number, number];

/**
 * Where each value of a data file was written, in the shape of the YAML document: a map's entries
 * (the first of a key written twice, scalar keys only) with the key's place, a sequence's items,
 * and nothing under an alias. Plain JSON, so a parsed file can be kept in the disk cache
 * (parse-cache.ts) and located exactly as when it was parsed.
 */
export type PositionTree = {
  readonly at?: At;
  readonly map?: ReadonlyArray<readonly [key: string, keyAt: At | 0, value: PositionTree | null]>;
  readonly seq?: ReadonlyArray<PositionTree | null>;
};

/** The tree of a parsed document; `pos` turns an offset into a place. */
export function positionTree(doc: Document, pos: (offset: number) => Position): PositionTree | null {
  const at = (node: Node): At | undefined => {
    if (!node.range) return undefined;
    const p = pos(node.range[0]);
    return [p.line, p.column];
  };
  const walk = (node: Node | null | undefined): PositionTree | null => {
    if (node == null) return null;
    const here = at(node);
    const base = here ? { at: here } : {};
    if (isMap(node)) {
      const seen = new Set<string>();
      const map: Array<[string, At | 0, PositionTree | null]> = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        if (!isScalar(k)) continue;
        const key = String(k.value);
        if (seen.has(key)) continue;
        seen.add(key);
        map.push([key, at(k) ?? 0, walk(pair.value as Node | null)]);
      }
      return { ...base, map };
    }
    if (isSeq(node)) return { ...base, seq: node.items.map((item) => walk(item as Node | null)) };
    return base;
  };
  return walk(doc.contents as Node | null);
}

/** Locating values and keys by their path in a position tree. */
export function locator(tree: PositionTree | null): { locate(path: DataPath): Position; locateKey(path: DataPath, key: string): Position } {
  // Each map's keys are indexed once, when first asked: locating n problems stays linear in n
  // (a map with 50,000 unknown keys was scanned once per key).
  const index = new WeakMap<PositionTree, Map<string, readonly [At | 0, PositionTree | null]>>();
  /** A map's entries by key; undefined for anything but a map. */
  const entriesOf = (node: PositionTree | null | undefined) => {
    if (!node?.map) return undefined;
    let entries = index.get(node);
    if (!entries) {
      entries = new Map(node.map.map(([key, keyAt, value]) => [key, [keyAt, value] as const]));
      index.set(node, entries);
    }
    return entries;
  };
  const child = (node: PositionTree | null | undefined, k: PathKey): PositionTree | null | undefined =>
    node?.map ? entriesOf(node)?.get(String(k))?.[1] : node?.seq && typeof k === "number" ? node.seq[k] : undefined;
  const place = (at: At): Position => ({ line: at[0], column: at[1] });
  const locate = (path: DataPath): Position => {
    // The node at `path`, or the nearest ancestor that exists and has a place.
    let node: PositionTree | null | undefined = tree;
    let found = node?.at;
    for (const k of path) {
      node = child(node, k);
      if (!node) break;
      if (node.at) found = node.at;
    }
    return found ? place(found) : { line: 1, column: 1 };
  };
  return {
    locate,
    locateKey(path, key) {
      let map: PositionTree | null | undefined = tree;
      for (const k of path) map = child(map, k);
      const at = entriesOf(map)?.get(key)?.[0];
      return at ? place(at) : locate(path);
    },
  };
}
