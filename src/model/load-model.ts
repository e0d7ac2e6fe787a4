import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { parseYaml, type YamlSource } from "../load/parse-yaml.js";
import { decodeText, readTextFile } from "../load/read-text.js";
import { buildIndex } from "./build-index.js";
import type { Model } from "./model.js";
import { LENIENT_RULES, RULES, runRules } from "./rules/index.js";
import { lenientData } from "./lenient.js";
import { PlanFile } from "./schema/index.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";

export type LoadResult = { readonly model?: Model; readonly diagnostics: readonly Diagnostic[] };

/**
 * Stage 1: read → parse (with positions) → check against the schema → index ids
 * → run the cross-reference rules. Reports every problem it can find in one pass.
 */
export function loadModel(file: string, options: { displayPath?: string } = {}): LoadResult {
  const display = options.displayPath ?? file;
  const read = readTextFile(resolve(file));
  if (!read.ok) return { diagnostics: read.diagnostics.map((d) => ({ ...d, file: display })) };
  const parsed = parseYaml({ file: display, text: read.source.text });
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  return modelFromSource(parsed.source);
}

/** The same, for text already in memory (tests, editors, watch). */
export function loadModelFromText(text: string, file: string): LoadResult {
  const decoded = decodeText(file, Buffer.from(text, "utf8"));
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const parsed = parseYaml(decoded.source);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  return modelFromSource(parsed.source);
}

export function modelFromSource(source: YamlSource): LoadResult {
  const locate: Model["locate"] = (path) => ({ file: source.file, position: source.locate(path) });
  const locateKey: Model["locateKey"] = (path, key) => ({ file: source.file, position: source.locateKey(path, key) });
  const result = PlanFile.safeParse(source.value);
  if (!result.success) {
    // Report the schema problems and, so that one pass shows everything, the
    // reference problems of the parts that are well-formed.
    const data = lenientData(source.value);
    const { index, diagnostics } = buildIndex(data, locate);
    const partial: Model = { data, file: source.file, sources: [source], index, locate, locateKey };
    return { diagnostics: [...schemaDiagnostics(result.error.issues, source, PlanFile), ...diagnostics, ...runRules(partial, LENIENT_RULES)] };
  }
  const { index, diagnostics } = buildIndex(result.data, locate);
  const model: Model = { data: result.data, file: source.file, sources: [source], index, locate, locateKey };
  const all = [...diagnostics, ...runRules(model, RULES)];
  return hasErrors(all) ? { diagnostics: all } : { model, diagnostics: all };
}
