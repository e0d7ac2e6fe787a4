import { dirname, relative, resolve } from "node:path";
import { spoken, type Diagnostic } from "../diagnostics/diagnostic.js";
import { say, type Said } from "../diagnostics/say.js";
import { parseYamlCached } from "../load/parse-cache.js";
import type { DataPath, YamlSource } from "../load/parse-yaml.js";
import { LIMITS } from "../load/limits.js";
import { readTextFile } from "../load/read-text.js";
import type { DataSource } from "./data-source.js";

/** Keys whose lists are merged by `id` (an organisation overrides or adds to its base). */
const BY_ID = new Set(["units", "people", "roles", "groups", "external", "channels", "categories", "levels", "procedures", "forms"]);

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("..") ? rel : p;
}

export function readSource(file: string): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const display = displayPath(file);
  const read = readTextFile(file, display);
  if (!read.ok) return { diagnostics: read.diagnostics.map((d) => ({ ...d, file: display })) };
  const parsed = parseYamlCached({ ...read.source, file: display }, resolve(file));
  return parsed.ok ? { source: parsed.source, diagnostics: [] } : { diagnostics: parsed.diagnostics };
}

/** Problems about a base file as a whole (it cannot be read): reported at the `extends:` that names it. */
const WHOLE_FILE = new Set(["io/not-found", "io/not-a-file", "io/unreadable", "io/outside", "input/too-large", "input/binary"]);

/**
 * Reads a file and the chain of bases it `extends` (relative paths), base first.
 * Errors about a base as a whole (missing, a folder or device, too large, not
 * data at all, a loop, too long a chain) point at the `extends:` line that
 * names it; errors inside a base point into the base.
 */
export function loadChain(file: string): { chain: YamlSource[]; diagnostics: Diagnostic[]; files: string[] } {
  const chain: YamlSource[] = [];
  const seen: string[] = [];
  let current = resolve(file);
  let from: { source: YamlSource } | null = null;
  for (let depth = 0; ; depth++) {
    const fail = (ruleId: string, message: Said, hint: Said | string) => ({
      chain: [],
      files: seen,
      diagnostics: [
        {
          severity: "error" as const,
          ruleId,
          file: from?.source.file ?? displayPath(current),
          ...(from ? { position: from.source.locate(["extends"]) } : {}),
          ...spoken(message, hint),
        },
      ],
    });
    if (seen.includes(current)) return fail("extends/cycle", say("`extends` forms a loop: %{files}", { files: [...seen, current].map(displayPath).join(" → ") }), say("A base must not extend the file that extends it."));
    if (depth > LIMITS.maxExtendsDepth) return fail("extends/too-deep", say("more than %{n} levels of `extends`", { n: LIMITS.maxExtendsDepth }), say("Flatten the bases."));
    seen.push(current);
    const { source, diagnostics } = readSource(current);
    if (!source) {
      const whole = from ? diagnostics.find((d) => WHOLE_FILE.has(d.ruleId)) : undefined;
      const shown = displayPath(current);
      const why = whole?.said?.message.args?.why ?? "";
      if (whole?.ruleId === "io/outside") return fail("extends/outside", say("base file %{file} cannot be read here: it is %{why}", { file: shown, why }), whole.said?.hint ?? whole.hint ?? "");
      if (whole?.ruleId === "io/not-found") return fail("extends/not-found", say("base file %{file} does not exist", { file: shown }), say("`extends:` is a path relative to this file."));
      if (whole) {
        const problem = whole.said?.message ?? whole.message;
        const message = whole.message.startsWith(`${shown} `)
          ? say("base file %{problem}", { problem })
          : whole.message.startsWith(`cannot read ${shown}: `)
            ? say("base file %{file} cannot be read: %{why}", { file: shown, why })
            : say("base file %{file}: %{problem}", { file: shown, problem });
        return fail("extends/unreadable", message, say("`extends:` must name a planwright data file (.yaml)."));
      }
      return { chain: [], diagnostics, files: seen };
    }
    if (from && !isMap(source.value)) {
      return fail("extends/not-data", say("base file %{file} is not a planwright data file (it has no `key: value` lines)", { file: displayPath(current) }), say("`extends:` must name a planwright data file (.yaml)."));
    }
    chain.unshift(source);
    const ext = isMap(source.value) ? source.value.extends : undefined;
    if (typeof ext !== "string") break;
    from = { source };
    current = resolve(dirname(current), ext);
  }
  return { chain, diagnostics: [], files: seen };
}

type Origin = { source: YamlSource; path: DataPath };

/** A value with the origin of every node: merging moves nodes, and their origins move with them. */
type Tagged = { origin: Origin; kind: "map"; items: Map<string, Tagged> } | { origin: Origin; kind: "list"; items: Tagged[] } | { origin: Origin; kind: "leaf"; value: unknown };

function tag(v: unknown, origin: Origin): Tagged {
  const at = (k: string | number): Origin => ({ source: origin.source, path: [...origin.path, k] });
  if (Array.isArray(v)) return { origin, kind: "list", items: v.map((x, i) => tag(x, at(i))) };
  if (isMap(v)) return { origin, kind: "map", items: new Map(Object.entries(v).map(([k, x]) => [k, tag(x, at(k))])) };
  return { origin, kind: "leaf", value: v };
}

function idOf(t: Tagged): string | undefined {
  if (t.kind !== "map") return undefined;
  const id = t.items.get("id");
  return id?.kind === "leaf" && typeof id.value === "string" ? id.value : undefined;
}

function omitted(t: Tagged): Set<string> {
  const o = t.kind === "map" ? t.items.get("omit") : undefined;
  return new Set(o?.kind === "list" ? o.items.flatMap((x) => (x.kind === "leaf" && typeof x.value === "string" ? [x.value] : [])) : []);
}

function merge(base: Tagged, over: Tagged, top: boolean): Tagged {
  if (over.kind === "leaf" && over.value === undefined) return base;
  if (base.kind === "map" && over.kind === "map") {
    const items = new Map<string, Tagged>();
    const omit = top ? omitted(over) : new Set<string>();
    for (const k of new Set([...base.items.keys(), ...over.items.keys()])) {
      if (top && (k === "extends" || k === "base" || k === "omit")) continue;
      const b = base.items.get(k);
      const o = over.items.get(k);
      if (!o) items.set(k, top && BY_ID.has(k) && b?.kind === "list" && omit.size > 0 ? mergeById(b, { ...b, items: [] }, omit) : (b as Tagged));
      else if (!b) items.set(k, o);
      else if (top && BY_ID.has(k) && b.kind === "list" && o.kind === "list") items.set(k, mergeById(b, o, omit));
      else items.set(k, merge(b, o, false));
    }
    return { origin: over.origin, kind: "map", items };
  }
  return over;
}

function mergeById(base: Tagged & { kind: "list" }, over: Tagged & { kind: "list" }, omit: Set<string>): Tagged {
  const items = base.items.filter((x) => !omit.has(idOf(x) ?? "\0"));
  for (const o of over.items) {
    const id = idOf(o);
    const at = id === undefined ? -1 : items.findIndex((x) => idOf(x) === id);
    if (at >= 0) items[at] = o;
    else items.push(o);
  }
  return { origin: over.origin, kind: "list", items };
}

/** Back to a plain value, recording where each node of it came from. */
function untag(t: Tagged, path: DataPath, origins: Map<string, Origin>): unknown {
  origins.set(JSON.stringify(path), t.origin);
  if (t.kind === "leaf") return t.value;
  if (t.kind === "list") return t.items.map((x, i) => untag(x, [...path, i], origins));
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, x] of t.items) out[k] = untag(x, [...path, k], origins);
  return out;
}

/**
 * Merges a chain of sources (base first). Maps merge key by key; lists of
 * entities merge by id (same id replaces, new ids append, `omit: [ids]` drops
 * inherited ones); any other value is replaced. Every merged value remembers
 * which file and path it came from, so errors point at the right line.
 */
export function mergeChain(chain: readonly YamlSource[]): DataSource {
  const org = chain[chain.length - 1] as YamlSource;
  let merged = tag(chain[0]?.value, { source: chain[0] as YamlSource, path: [] });
  for (let i = 1; i < chain.length; i++) {
    const s = chain[i] as YamlSource;
    merged = merge(merged, tag(s.value, { source: s, path: [] }), true);
  }
  const origins = new Map<string, Origin>();
  const value = untag(merged, [], origins);
  const resolveOrigin = (path: DataPath): { origin: Origin; rest: DataPath } => {
    for (let n = path.length; n >= 0; n--) {
      const o = origins.get(JSON.stringify(path.slice(0, n)));
      if (o) return { origin: o, rest: path.slice(n) };
    }
    return { origin: { source: org, path: [] }, rest: path };
  };
  const rest = (path: DataPath, k: string): Origin | undefined => origins.get(JSON.stringify([...path, k]));
  return {
    file: org.file,
    value,
    sources: chain,
    locate(path) {
      const { origin, rest } = resolveOrigin(path);
      return { file: origin.source.file, position: origin.source.locate([...origin.path, ...rest]) };
    },
    locateKey(path, k) {
      // The key belongs to the file that wrote it (a base's top-level key is in the base), which
      // need not be the file whose map it was merged into.
      const own = rest(path, k);
      if (own) return { file: own.source.file, position: own.source.locateKey(own.path.slice(0, -1), k) };
      const { origin, rest: tail } = resolveOrigin(path);
      return { file: origin.source.file, position: origin.source.locateKey([...origin.path, ...tail], k) };
    },
  };
}
