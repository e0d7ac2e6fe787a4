import { createHash } from "node:crypto";
import { readCache, writeCache } from "../fonts/disk-cache.js";
import { packageManifest } from "../paths.js";
import { LIMITS } from "./limits.js";
import { parseYaml, yamlSource, type ParseResult } from "./parse-yaml.js";
import type { PositionTree } from "./positions.js";
import type { SourceText } from "./read-text.js";

/**
 * Data files parsed in an earlier run, kept in the disk cache: a fresh process spends more time
 * parsing a plan's YAML (its parser's code is cold) than reading back what it made. One entry per
 * data file (named by its path, so a file edited a thousand times holds one), used only when the
 * bytes read now have the digest the entry was made from; it holds the plain value (encoded
 * exactly: `Encoded`) and where each value was written (positions.ts), so problems are placed
 * exactly as after a parse. Only files that parsed without problems are kept: a file with
 * problems is parsed again, and says them again. PARSED_VERSION goes up with every change to what
 * parse-yaml.ts or positions.ts make of a text (test/parse-cache.test.ts holds their digest and fails
 * until it does).
 */
export const PARSED_VERSION = 1;
const FORMAT = `planwright-parsed-yaml ${PARSED_VERSION}\0${packageManifest().json.dependencies?.yaml ?? "?"}\0${JSON.stringify(LIMITS)}`;

type Entry = { format: string; digest: string; value: Encoded; positions: PositionTree | null };

/**
 * A parsed value as JSON, exactly: with the failsafe schema a scalar is always a string, so 0 can
 * stand for an absent value (`key:` with nothing after it, which JSON would drop); maps are key,
 * value lists, so their order and keys such as `__proto__` come back as written.
 */
type Encoded = string | null | 0 | { s: Encoded[] } | { m: Array<string | Encoded> };

export function parseYamlCached(src: SourceText, path: string): ParseResult {
  // Text that stands in for a file (the page's unsaved edits, generated tests) is not kept: only what was read from disk.
  if (!src.digest || src.stamp === undefined) return parseYaml(src);
  const name = `yaml-${createHash("sha256").update(`${FORMAT}\0${path}`).digest("hex").slice(0, 32)}.json`;
  const kept = read(name, src.digest);
  if (kept) return { ok: true, source: yamlSource(src, kept.value, kept.positions), positions: kept.positions, cached: true };
  const parsed = parseYaml(src);
  if (parsed.ok) {
    const entry: Entry = { format: FORMAT, digest: src.digest, value: encode(parsed.source.value), positions: parsed.positions };
    writeCache(name, Buffer.from(JSON.stringify(entry), "utf8"));
  }
  return parsed;
}

function read(name: string, digest: string): { value: unknown; positions: PositionTree | null } | undefined {
  const bytes = readCache(name);
  if (!bytes) return undefined;
  try {
    const entry = JSON.parse(bytes.toString("utf8")) as Entry;
    if (entry.format !== FORMAT || entry.digest !== digest) return undefined;
    return { value: decode(entry.value), positions: entry.positions };
  } catch {
    return undefined;
  }
}

function encode(value: unknown): Encoded {
  if (value === undefined) return 0;
  if (value === null || typeof value === "string") return value;
  if (Array.isArray(value)) return { s: value.map(encode) };
  return { m: Object.entries(value as object).flatMap(([k, v]) => [k, encode(v)]) };
}

function decode(e: Encoded): unknown {
  if (e === 0) return undefined;
  if (e === null || typeof e === "string") return e;
  if ("s" in e) return e.s.map(decode);
  // Maps are made without a prototype, as the parser makes them (a key such as `constructor` is data).
  const out: Record<string, unknown> = Object.create(null);
  for (let i = 0; i < e.m.length; i += 2) out[e.m[i] as string] = decode(e.m[i + 1] as Encoded);
  return out;
}
