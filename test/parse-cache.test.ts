import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from "yaml";
import { describe, expect, it } from "vitest";
import type { Position } from "../src/diagnostics/diagnostic.js";
import { cacheDir } from "../src/fonts/disk-cache.js";
import { PARSED_VERSION, parseYamlCached } from "../src/load/parse-cache.js";
import { parseYaml, type DataPath, type PathKey, type YamlSource } from "../src/load/parse-yaml.js";
import { readSource } from "../src/model/extends.js";
import { command } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

/**
 * A data file read back from the disk cache is the file as parsed: the same value (keys with no
 * value, maps without a prototype), and every value and key placed at the same line and column —
 * as the parser itself places them (the locating code before the cache, kept below as reference).
 */

/** Where the parser's document puts `path` and `key` (parse-yaml.ts's code before the position tree). */
function reference(text: string): { locate(path: DataPath): Position; locateKey(path: DataPath, key: string): Position } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: "failsafe", prettyErrors: false, uniqueKeys: false, strict: true });
  const pos = (o: number): Position => {
    const p = lineCounter.linePos(o);
    return { line: p.line, column: p.col };
  };
  const entriesOf = (map: { items: unknown[] }) => {
    const entries = new Map<string, { key?: Position; value: Node | null }>();
    for (const pair of map.items as Array<{ key?: unknown; value?: unknown }>) {
      const k = pair.key;
      if (!isScalar(k) || entries.has(String(k.value))) continue;
      entries.set(String(k.value), { ...(k.range ? { key: pos(k.range[0]) } : {}), value: (pair.value as Node | null) ?? null });
    }
    return entries;
  };
  const child = (node: Node | null | undefined, k: PathKey): Node | null | undefined => {
    if (isMap(node)) return entriesOf(node).get(String(k))?.value;
    if (isSeq(node) && typeof k === "number") return node.items[k] as Node | null | undefined;
    return undefined;
  };
  const locate = (path: DataPath): Position => {
    let node = doc.contents as Node | null | undefined;
    let found = node?.range ? node : undefined;
    for (const k of path) {
      node = child(node, k);
      if (!node) break;
      if (node.range) found = node;
    }
    return found?.range ? pos(found.range[0]) : { line: 1, column: 1 };
  };
  return {
    locate,
    locateKey(path, key) {
      let map = doc.contents as Node | null | undefined;
      for (const k of path) map = child(map, k);
      return (isMap(map) ? entriesOf(map).get(key)?.key : undefined) ?? locate(path);
    },
  };
}

/** Every path of a value, and one step past each (a key or item that is not there). */
function paths(value: unknown, path: PathKey[] = [], out: DataPath[] = []): DataPath[] {
  out.push(path, [...path, "missing"], [...path, 7]);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

/** The value with absent entries and prototypes made visible (toEqual treats them loosely). */
function shape(value: unknown): unknown {
  if (value === undefined) return "<absent>";
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === "object") return { proto: Object.getPrototypeOf(value) === null ? "none" : "object", entries: Object.entries(value).map(([k, v]) => [k, shape(v)]) };
  return value;
}

function expectSame(a: YamlSource, b: YamlSource, text: string): void {
  expect(shape(a.value)).toEqual(shape(b.value));
  const ref = reference(text);
  for (const p of paths(b.value)) {
    expect(a.locate(p), JSON.stringify(p)).toEqual(ref.locate(p));
    expect(b.locate(p), JSON.stringify(p)).toEqual(ref.locate(p));
    for (const key of ["missing", ...(b.value !== null && typeof b.value === "object" ? Object.keys(b.value) : [])]) {
      expect(a.locateKey(p, key)).toEqual(ref.locateKey(p, key));
      expect(b.locateKey(p, key)).toEqual(ref.locateKey(p, key));
    }
  }
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

// Keys include ones that mean something to a plain object, and scalars ones the parser reads as absent.
const key = fc.constantFrom("id", "name", "to", "deadline", "__proto__", "constructor", "toString", "a b", "中文", "0", "1", "");
const scalar = fc.oneof(fc.constantFrom("", "~", "null", "0101", "+86 21 1234", "no", "12:30", "1.10", "中文：全角", "a: b", "- x", "#c", "'q'", '"d"', "\\", "\n"), fc.string({ maxLength: 8 }));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.constant(null), tie("map"), tie("seq")),
  map: fc.dictionary(key, tie("value"), { maxKeys: 5 }),
  seq: fc.array(tie("value"), { maxLength: 4 }),
}));

describe("parsed data files kept in the disk cache", () => {
  it("read back as parsed: the same value and every value and key at the same place, written in any style", () => {
    const dir = tempDir("planwright-parse-cache-");
    let n = 0;
    fc.assert(
      fc.property(value, fc.boolean(), fc.boolean(), (v, flow, emptyValues) => {
        let text = stringify(v, { collectionStyle: flow ? "flow" : "block", lineWidth: 0 });
        // `key:` with nothing after it, as admins write it.
        if (emptyValues) text = text.replace(/: null$/gm, ":");
        const file = join(dir, `f${n++}.yaml`);
        const src = { file, text, digest: digest(text), stamp: "1:1" };
        const fresh = parseYaml(src);
        const first = parseYamlCached(src, file);
        const again = parseYamlCached(src, file);
        expect(first.ok).toBe(fresh.ok);
        if (!fresh.ok || !first.ok || !again.ok) return;
        expect(first.cached).toBeUndefined();
        expect(again.cached).toBe(true);
        expectSame(fresh.source, again.source, text);
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });

  it("anchors and aliases, duplicate keys and syntax errors: placed as parsed; a file with problems is never kept", () => {
    const dir = tempDir("planwright-parse-cache-");
    const aliases = "base: &b\n  to: leading-group\n  deadline: 1h\nsteps:\n  - *b\n  - { to: office, deadline: }\nempty:\n";
    const file = join(dir, "a.yaml");
    const src = { file, text: aliases, digest: digest(aliases), stamp: "1:1" };
    parseYamlCached(src, file);
    const again = parseYamlCached(src, file);
    expect(again.ok && again.cached).toBe(true);
    if (again.ok) expectSame((parseYaml(src) as { source: YamlSource }).source, again.source, aliases);
    for (const bad of ["a: 1\na: 2\n", "a: [1\n", "a: !!int 1\n"]) {
      const f = join(dir, `${digest(bad)}.yaml`);
      const s = { file: f, text: bad, digest: digest(bad), stamp: "1:1" };
      const r1 = parseYamlCached(s, f);
      const r2 = parseYamlCached(s, f);
      expect(r1.ok || r2.ok).toBe(false);
      if (!r1.ok && !r2.ok) expect(r2.diagnostics).toEqual(r1.diagnostics);
    }
  });

  it("a file changed since is parsed again; one entry per file however often it changes; a damaged entry is parsed again", () => {
    const dir = tempDir("planwright-parse-cache-");
    const file = join(dir, "org.yaml");
    const entries = () => readdirSync(cacheDir() as string).filter((f) => f.startsWith("yaml-") && f.endsWith(".json")).length;
    writeFileSync(file, "organisation:\n  name: 甲\n");
    expect(readSource(file).source?.value).toEqual({ organisation: { name: "甲" } });
    const before = entries();
    for (const name of ["乙", "丙", "丁"]) {
      writeFileSync(file, `organisation:\n  name: ${name}\n`);
      expect((readSource(file).source?.value as { organisation: { name: string } }).organisation.name).toBe(name);
    }
    expect(entries()).toBe(before);
    // Text standing in for the file (the page's unsaved edits) is parsed, never kept.
    const standIn = "organisation:\n  name: 戊\n";
    for (let i = 0; i < 2; i++) {
      const overlay = parseYamlCached({ file, text: standIn, digest: digest(standIn) }, file);
      expect(overlay.ok).toBe(true);
      expect(overlay).not.toHaveProperty("cached");
    }
    // Damage every kept entry: each is refused by its checksum, and the file is parsed again.
    const cache = cacheDir() as string;
    for (const f of readdirSync(cache).filter((f) => f.startsWith("yaml-") && f.endsWith(".json"))) writeFileSync(join(cache, f), "{}");
    expect((readSource(file).source?.value as { organisation: { name: string } }).organisation.name).toBe("丁");
  });

  it("validate says the same problems at the same places when the file comes from the cache", async () => {
    const dir = tempDir("planwright-parse-cache-");
    const file = join(dir, "u.yaml");
    // Parses without a problem, but has problems for the schema and the references, placed by path.
    writeFileSync(file, readFileSync("data/examples/university.yaml", "utf8").replace("  version:", "  versoin:").replace(/to: leading-group/, "to: nobody-here"));
    const first = await command(["validate", file]);
    const second = await command(["validate", file]);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/u\.yaml:\d+:\d+/);
    expect(second).toEqual(first);
  });

  it("PARSED_VERSION goes up whenever what the parser makes of a text can change", () => {
    // When this fails: if what the parser makes of a text (its value, its positions, the entry's form)
    // can have changed, raise PARSED_VERSION in src/load/parse-cache.ts (entries of the old code are then
    // never read); then record the new digest here.
    const code = ["src/load/parse-yaml.ts", "src/load/positions.ts", "src/load/parse-cache.ts"].map((f) => readFileSync(f, "utf8").replace(/PARSED_VERSION = \d+/, "")).join("\0");
    expect({ version: PARSED_VERSION, digest: digest(code).slice(0, 16) }).toEqual({ version: 1, digest: "fd177188e040bce3" });
  });
});
