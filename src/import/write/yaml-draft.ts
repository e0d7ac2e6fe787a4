import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair, type YAMLMap } from "yaml";
import type { Check, Path } from "../draft/draft-types.js";

export type WrittenDraft = { readonly text: string; readonly checks: ReadonlyArray<Check & { readonly line: number }> };

/**
 * The draft as YAML: the keys in the schema's order, short records on one line
 * (`{ id: zhang-san, name: 张三, … }`) as in the examples, text never folded,
 * and a comment above every value the admin should check. The line of each
 * check is read back from the written text, so the report points at it.
 */
export function writeDraftYaml(data: Record<string, unknown>, checks: readonly Check[], header: readonly string[]): WrittenDraft {
  const doc = new Document(data);
  visit(doc, {
    Map(_, map) {
      if (isCompact(map)) map.flow = true;
    },
  });
  const byPath = new Map<string, string[]>();
  for (const c of checks) byPath.set(key(c.path), [...(byPath.get(key(c.path)) ?? []), c.note]);
  for (const [k, notes] of byPath) {
    const target = pairAt(doc, JSON.parse(k) as Path);
    if (!target) continue;
    const comment = notes.map((n) => ` CHECK: ${n}`).join("\n");
    const node = target.key as Node;
    node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${comment}` : comment;
    const parent = parentMap(doc, JSON.parse(k) as Path);
    if (parent) parent.flow = false;
  }
  doc.commentBefore = header.map((h) => ` ${h}`).join("\n");
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  return { text, checks: locate(text, checks) };
}

function key(p: Path): string {
  return JSON.stringify(p);
}

/** A record is written on one line when it is short and holds no list of records. */
function isCompact(map: YAMLMap): boolean {
  let plain = true;
  let length = 0;
  visit(map, {
    Seq(_, seq) {
      if (seq.items.some((i) => isMap(i))) plain = false;
    },
    Scalar(_, s) {
      length += String(s.value).length + 6;
    },
  });
  return plain && length <= 110 && map.items.length > 0;
}

function pairAt(doc: Document, path: Path): Pair | undefined {
  const parent = parentMap(doc, path);
  const last = path[path.length - 1];
  return parent?.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last) as Pair | undefined;
}

function parentMap(doc: Document, path: Path): YAMLMap | undefined {
  const node = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  return isMap(node) ? node : undefined;
}

function locate(text: string, checks: readonly Check[]): Array<Check & { line: number }> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: "failsafe" });
  return checks.map((c) => {
    const parent = c.path.length === 1 ? doc.contents : doc.getIn(c.path.slice(0, -1), true);
    let offset = 0;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === String(c.path[c.path.length - 1]));
      offset = (pair?.key as Node | undefined)?.range?.[0] ?? parent.range?.[0] ?? 0;
    } else if (isSeq(parent)) offset = parent.range?.[0] ?? 0;
    return { ...c, line: counter.linePos(offset).line };
  });
}
