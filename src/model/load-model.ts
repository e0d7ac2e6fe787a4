import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { parseYaml } from "../load/parse-yaml.js";
import { decodeText } from "../load/read-text.js";
import { buildIndex } from "./build-index.js";
import { singleSource, type DataSource } from "./data-source.js";
import { loadChain, mergeChain } from "./extends.js";
import { lenientData } from "./lenient.js";
import type { Model } from "./model.js";
import { LENIENT_RULES, RULES, runRules } from "./rules/index.js";
import { BaseFile, PlanFile } from "./schema/index.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";

export type LoadResult = {
  readonly model?: Model;
  readonly diagnostics: readonly Diagnostic[];
  /** Every file read or tried (the organisation's and its bases, absolute paths), for watching. */
  readonly files?: readonly string[];
  /** The file is a base (`base: true`): it is used through `extends:`, never built itself. */
  readonly base?: boolean;
};

/**
 * Stage 1: read → parse (with positions) → merge the bases it extends → check
 * against the schema → index ids → run the cross-reference rules. Reports
 * every problem it can find in one pass.
 */
export function loadModel(file: string): LoadResult {
  const { chain, diagnostics, files } = loadChain(resolve(file));
  if (chain.length === 0) return { diagnostics, files };
  const own = chain[chain.length - 1];
  const value = own?.value as Record<string, unknown> | undefined;
  if (value && typeof value === "object" && value.base === "true") {
    // A base alone: check the shape of what it provides, not completeness.
    const r = BaseFile.safeParse(value);
    const src = chain.length === 1 ? singleSource(chain[0]!) : mergeChain(chain);
    return { base: true, files, diagnostics: r.success ? [] : schemaDiagnostics(r.error.issues, src, BaseFile) };
  }
  const result = modelFromData(chain.length === 1 ? singleSource(chain[0]!) : mergeChain(chain));
  return { ...result, files };
}

/** The same, for text already in memory (tests, editors). */
export function loadModelFromText(text: string, file: string): LoadResult {
  const decoded = decodeText(file, Buffer.from(text, "utf8"));
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const parsed = parseYaml(decoded.source);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  return modelFromData(singleSource(parsed.source));
}

export function modelFromData(source: DataSource): LoadResult {
  const locate: Model["locate"] = (path) => source.locate(path);
  const locateKey: Model["locateKey"] = (path, key) => source.locateKey(path, key);
  const result = PlanFile.safeParse(source.value);
  if (!result.success) {
    // Report the schema problems and, so that one pass shows everything, the
    // reference problems of the parts that are well-formed.
    const data = lenientData(source.value);
    const { index, diagnostics } = buildIndex(data, locate);
    const partial: Model = { data, raw: source.value, file: source.file, sources: source.sources, index, locate, locateKey };
    return { diagnostics: [...schemaDiagnostics(result.error.issues, source, PlanFile), ...diagnostics, ...runRules(partial, LENIENT_RULES)] };
  }
  const { index, diagnostics } = buildIndex(result.data, locate);
  const model: Model = { data: result.data, raw: source.value, file: source.file, sources: source.sources, index, locate, locateKey };
  const all = [...diagnostics, ...runRules(model, RULES)];
  return hasErrors(all) ? { diagnostics: all } : { model, diagnostics: all };
}
