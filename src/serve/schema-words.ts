import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { UiLang } from "../diagnostics/say.js";
import { ROOT } from "../paths.js";
import { SCHEMA_ZH } from "./schema-zh.js";
import { referencePatterns } from "../model/references.js";

const SCHEMA_FILE = join(ROOT, "schema", "planwright.schema.json");
const cache = new Map<UiLang, Buffer>();

/**
 * The JSON Schema the page completes and explains from, with its descriptions in the page's
 * language (a description with no translation stays in English), and where references go and
 * what they may name (`x-planwright-references`: `procedures.*.steps.*.to.*` → role, group …),
 * so that `to:` is completed with recipients, not procedures.
 */
export function schemaIn(lang: UiLang): Buffer {
  let hit = cache.get(lang);
  if (!hit) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
    const words = lang === "zh" ? (translate(schema) as Record<string, unknown>) : schema;
    hit = Buffer.from(JSON.stringify({ ...words, "x-planwright-references": referencePatterns() }));
    cache.set(lang, hit);
  }
  return hit;
}

function translate(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(translate);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === "description" && typeof v === "string" ? (SCHEMA_ZH[v] ?? v) : translate(v);
  return out;
}
