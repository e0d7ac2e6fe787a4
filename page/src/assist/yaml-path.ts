// Where in the data the cursor is: the path of keys and list positions from the top of the file,
// and whether a key or a value is being written. Half-typed YAML is the normal case here, so the
// word being typed is replaced by a placeholder that makes the line complete, and the `yaml`
// parser (the one the command line uses) is asked where the placeholder landed.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { PathKey } from "./schema-walk.js";

const MARK = "zzplanwrightcursorzz";

export type CursorContext = {
  /** Key: the keys of the object at `path`; value: the value at `path`. */
  readonly kind: "key" | "value";
  readonly path: readonly PathKey[];
  /** The text being replaced by a completion: [from, to) in the document. */
  readonly from: number;
  readonly to: number;
  /** Keys already written in that object (key completions leave them out). */
  readonly present: readonly string[];
  /** A list item with nothing but the word being typed: a key of an object item, or the item itself. */
  readonly bareItem: boolean;
  /** Inside `{ … }` or `[ … ]`, where completions must not add a new line. */
  readonly flow: boolean;
};

/** The cursor's context at `pos`, or undefined in a comment, a block of text, or where YAML cannot say. */
export function contextAt(text: string, pos: number): CursorContext | undefined {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  const nl = text.indexOf("\n", pos);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, pos);
  const scan = scanLine(before);
  if (scan.comment || scan.quoted) return undefined;
  const segment = before.slice(scan.segmentStart);
  const colon = /^\s*(?:-\s+)*([^:#]*?)\s*:(?:\s+|$)/.exec(segment);
  const inValue = colon !== null && /:\s/.test(segment);
  const word = /[^\s:,{}[\]"'#]*$/.exec(before)?.[0] ?? "";
  const from = pos - word.length;
  const afterWord = /^[^\s:,{}[\]#]*/.exec(text.slice(pos, lineEnd))?.[0] ?? "";
  const to = pos + afterWord.length;
  const rest = text.slice(to, lineEnd);

  let replacement: string;
  let kind: "key" | "value";
  if (inValue || scan.flowSeq) {
    kind = "value";
    replacement = MARK;
  } else {
    kind = "key";
    // A key in block style needs its colon to make the line a mapping entry; in `{ … }` a bare word is a key already.
    replacement = scan.flowDepth > 0 || /^\s*:/.test(rest) ? MARK : `${MARK}:`;
  }
  const bareItem = kind === "key" && scan.flowDepth === 0 && /^\s*(?:-\s+)+$/.test(before.slice(0, from - lineStart)) && !/^\s*:/.test(rest);
  const full = `${text.slice(0, from)}${replacement}${text.slice(to)}`;
  // Lines after the cursor may be broken too: if the whole text does not place the mark, try up to its line.
  const found = locate(full) ?? locate(`${text.slice(0, from)}${replacement}${rest}\n`);
  if (!found) return undefined;
  if (kind === "value" && found.kind === "key") return undefined;
  return { kind: found.kind, path: found.path, from, to, present: found.present, bareItem, flow: scan.flowDepth > 0 };
}

type Found = { kind: "key" | "value"; path: PathKey[]; present: string[] };

function locate(text: string): Found | undefined {
  const doc = parseDocument(text, { schema: "failsafe", uniqueKeys: false, strict: false, prettyErrors: false });
  return walk(doc.contents as Node | null, []);
}

function walk(node: Node | null | undefined, path: PathKey[]): Found | undefined {
  if (!node) return undefined;
  if (isScalar(node)) return String(node.value ?? "").includes(MARK) ? { kind: "value", path, present: [] } : undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value ?? "") : "";
      if (key.includes(MARK)) {
        const present = node.items.flatMap((p) => (isScalar(p.key) && !String(p.key.value).includes(MARK) ? [String(p.key.value)] : []));
        return { kind: "key", path, present };
      }
      const inner = walk(pair.value as Node | null, [...path, key]);
      if (inner) return inner;
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const inner = walk(node.items[i] as Node | null, [...path, i]);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** What the cursor's line holds up to it: a comment or an open quote, and where the current flow entry starts. */
function scanLine(before: string): { comment: boolean; quoted: boolean; flowDepth: number; flowSeq: boolean; segmentStart: number } {
  const stack: string[] = [];
  let quote: string | null = null;
  let segmentStart = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before[i] as string;
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(before[i - 1] as string))) return { comment: true, quoted: false, flowDepth: stack.length, flowSeq: false, segmentStart };
    else if (c === "{" || c === "[") {
      stack.push(c);
      segmentStart = i + 1;
    } else if ((c === "}" || c === "]") && stack.length > 0) stack.pop();
    else if (c === "," && stack.length > 0) segmentStart = i + 1;
  }
  return { comment: false, quoted: quote !== null, flowDepth: stack.length, flowSeq: stack[stack.length - 1] === "[", segmentStart };
}

/** The key or value under `pos`: its path, whether the pointer is on the key, and the data as written (to name the place). */
export function targetAt(text: string, pos: number): { path: PathKey[]; onKey: boolean; from: number; to: number; data: unknown } | undefined {
  const doc = parseDocument(text, { schema: "failsafe", uniqueKeys: false, strict: false, prettyErrors: false });
  const found = find(doc.contents as Node | null, [], pos);
  if (!found) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    data = undefined;
  }
  return { ...found, data };
}

function find(node: Node | null | undefined, path: PathKey[], pos: number): { path: PathKey[]; onKey: boolean; from: number; to: number } | undefined {
  if (!node) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value ?? "");
      const kr = pair.key.range;
      if (kr && pos >= kr[0] && pos <= kr[1]) return { path: [...path, key], onKey: true, from: kr[0], to: kr[1] };
      const value = pair.value as Node | null;
      if (isScalar(value) && value.range && pos >= value.range[0] && pos <= value.range[1]) return { path: [...path, key], onKey: false, from: value.range[0], to: value.range[1] };
      const inner = find(value, [...path, key], pos);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as Node | null;
      if (isScalar(item) && item.range && pos >= item.range[0] && pos <= item.range[1]) return { path: [...path, i], onKey: false, from: item.range[0], to: item.range[1] };
      const inner = find(item, [...path, i], pos);
      if (inner) return inner;
    }
  }
  return undefined;
}

export const CURSOR_MARK = MARK;
