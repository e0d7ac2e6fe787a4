import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";
import { say, type Said } from "../diagnostics/say.js";
import type { DataFile } from "./data-folder.js";
import { modelOfDraft } from "./live-check.js";

/** What a revision record says: the new version, its date, the date it takes effect, why, and by whom. */
export type Revision = { readonly version: string; readonly date: string; readonly effective: string; readonly summary: string; readonly by?: string };

/**
 * What the page proposes for the 修订说明 of the edits since the file was opened: the version
 * it had (`from`), a new one when it is unchanged (`2026.1` → `2026.2`, never `2026.1 → 2026.1`),
 * the record already written for the new version if there is one (never a stale one), and
 * who made the last revision.
 */
export function proposeRevision(file: DataFile, before: string, after: string): { from: string; version: string; effective: string; summary: string; by?: string } | { problems: true } {
  const a = modelOfDraft(file, before).model;
  const b = modelOfDraft(file, after).model;
  if (!a || !b) return { problems: true };
  const from = a.data.document.version;
  const now = b.data.document;
  const bumped = now.version === from;
  const fresh = bumped ? undefined : now.revisions?.find((r) => r.version === now.version);
  const by = fresh?.by ?? now.revisions?.[now.revisions.length - 1]?.by;
  return {
    from,
    version: bumped ? nextVersion(from) : now.version,
    effective: now.effective_date === a.data.document.effective_date ? "" : now.effective_date,
    summary: fresh?.summary ?? "",
    ...(by ? { by } : {}),
  };
}

/** `2026.1` → `2026.2`, `v3` → `v4`, `1.9` → `1.10`: the last number, plus one (else `.1` appended). */
export function nextVersion(v: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(v);
  return m ? `${m[1]}${Number(m[2]) + 1}${m[3]}` : `${v}.1`;
}

/**
 * The text with the revision recorded, changing only what it must: `document.version` and
 * `document.effective_date` set, and the entry for the version in `document.revisions`
 * written (replaced if there is one, else added after the last; the list is made when there
 * is none) in the indentation the file uses. Comments, quoting and order elsewhere stay as
 * they were.
 */
export function recordRevision(written: string, r: Revision): { text: string } | { problem: Said } {
  // Windows line ends are kept: the edit is made on LF text and the file's line ends put back.
  const crlf = written.includes("\r\n");
  const text = crlf ? written.replace(/\r\n/g, "\n") : written;
  const doc = parseDocument(text, { schema: "failsafe", uniqueKeys: false });
  if (doc.errors.length > 0) return { problem: say("the text has YAML errors: correct them first") };
  const meta = doc.getIn(["document"], true) as Node | undefined;
  if (!isMap(meta) || meta.flow) return { problem: say("`document:` is not written as `key: value` lines; add the revision by hand") };
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const set = (key: string, value: string) => {
    const pair = pairOf(meta, key);
    const node = pair?.value as Scalar | undefined;
    if (node && isScalar(node) && node.range) edits.push({ from: node.range[0], to: node.range[1], text: scalarText(value, node.type) });
    else edits.push(insertKey(text, meta, key, value));
  };
  set("version", r.version);
  set("effective_date", r.effective);
  const entry = { version: r.version, date: r.date, summary: r.summary, ...(r.by ? { by: r.by } : {}) };
  const list = pairOf(meta, "revisions")?.value as Node | undefined;
  if (isSeq(list) && !list.flow && list.range) {
    const items = list.items as Node[];
    // The column of the first item's dash (an item's own range starts after it).
    const first = items[0]?.range?.[0];
    const column = first !== undefined ? text.slice(lineStart(text, first), first).lastIndexOf("-") : columnOf(text, keyStart(meta)) + 2;
    const same = items.find((it) => isMap(it) && String((it.get("version") as string | undefined) ?? "") === r.version);
    const block = itemText(entry, column);
    if (same?.range) edits.push({ from: lineStart(text, same.range[0]), to: lineEnd(text, same.range[2]), text: block });
    else edits.push({ from: lineEnd(text, list.range[2]), to: lineEnd(text, list.range[2]), text: `\n${block}` });
  } else if (list === undefined || (isScalar(list) && (list.value === null || list.value === ""))) {
    const indent = " ".repeat(columnOf(text, keyStart(meta)));
    const end = lineEnd(text, meta.range?.[1] ?? text.length);
    if (list !== undefined) return { problem: say("`revisions:` is empty; remove it or give it an entry by hand") };
    edits.push({ from: end, to: end, text: `\n${indent}revisions:\n${itemText(entry, indent.length + 2)}` });
  } else return { problem: say("`revisions:` is not written as a list of `- version:` entries; add the revision by hand") };
  let out = text;
  for (const e of edits.sort((x, y) => y.from - x.from)) out = `${out.slice(0, e.from)}${e.text}${out.slice(e.to)}`;
  return { text: crlf ? out.replace(/\n/g, "\r\n") : out };
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

function keyStart(map: YAMLMap): number {
  const first = map.items[0]?.key as Node | undefined;
  return first?.range?.[0] ?? map.range?.[0] ?? 0;
}

/** A key the map lacks, added after its last key at the same indentation. */
function insertKey(text: string, map: YAMLMap, key: string, value: string): { from: number; to: number; text: string } {
  const last = map.items[map.items.length - 1];
  const end = lineEnd(text, ((last?.value ?? last?.key) as Node | undefined)?.range?.[2] ?? map.range?.[1] ?? text.length);
  return { from: end, to: end, text: `\n${" ".repeat(columnOf(text, keyStart(map)))}${key}: ${scalarText(value, "PLAIN")}` };
}

/** One `- key: value` entry, its dash at `column`. */
function itemText(entry: Record<string, string>, column: number): string {
  const pad = " ".repeat(column);
  return Object.entries(entry)
    .map(([k, v], i) => `${i === 0 ? `${pad}- ` : `${pad}  `}${k}: ${scalarText(v, k === "version" ? "QUOTE_DOUBLE" : "PLAIN")}`)
    .join("\n");
}

/** A value as YAML writes it on one line, quoted as `type` asks when it can be, else as needed. */
function scalarText(value: string, type: Scalar.Type | undefined): string {
  if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
}

/** The end of the last line with content at or before `offset` (trailing blank lines and comments after a node stay after). */
function lineEnd(text: string, offset: number): number {
  let end = Math.min(offset, text.length);
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  const nl = text.indexOf("\n", end);
  return nl < 0 ? text.length : nl;
}

