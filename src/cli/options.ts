import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_TEMPLATES } from "../compose/template-set.js";
import { UsageError } from "./io.js";

/** `--out`: a folder name; an empty one is a usage error (it would write into the current folder). */
export function parseOut(value: string): string {
  if (value.trim() === "") throw new UsageError('--out needs a folder name (for the current folder, write --out .)');
  if (value.includes("\0")) throw new UsageError("--out contains a NUL character");
  let isFolder = true;
  try {
    isFolder = statSync(value).isDirectory();
  } catch {
    // does not exist yet: it is created
  }
  if (!isFolder) throw new UsageError(`--out ${value} is a file, not a folder`);
  return value;
}

/** Document names of the built-in templates, in every locale. */
function builtinDocuments(): Set<string> {
  const names = new Set<string>();
  for (const locale of readdirSync(BUILTIN_TEMPLATES, { withFileTypes: true })) {
    if (!locale.isDirectory()) continue;
    for (const f of readdirSync(join(BUILTIN_TEMPLATES, locale.name))) if (f.endsWith(".md.hbs")) names.add(f.slice(0, -".md.hbs".length));
  }
  return names;
}

/** Document names the given data files can build (built-in and their custom templates). */
async function documentsOf(files: readonly string[]): Promise<Set<string>> {
  const { loadChain } = await import("../model/extends.js");
  const { loadTemplateSet } = await import("../compose/template-set.js");
  const { customTemplateDirs } = await import("../pipeline/template-dirs.js");
  const names = builtinDocuments();
  for (const file of files) {
    const { chain } = loadChain(file);
    const own = chain[chain.length - 1]?.value as Record<string, unknown> | undefined;
    const locale = typeof own?.locale === "string" ? own.locale : "zh-CN";
    const { dirs } = customTemplateDirs({ sources: chain });
    if (dirs.length > 0) for (const name of loadTemplateSet(locale, dirs).set.documents.keys()) names.add(name);
  }
  return names;
}

/**
 * `--only`: document names, each of which some data file can build (a name
 * nothing builds would build nothing and succeed). Custom template folders
 * are only read when a name is not a built-in document.
 */
export async function parseOnly(value: string | undefined, files: readonly string[]): Promise<string[] | undefined> {
  if (value === undefined) return undefined;
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) throw new UsageError("--only needs at least one document name, e.g. --only plan,checklists");
  let known = builtinDocuments();
  if (list.some((n) => !known.has(n))) known = await documentsOf(files);
  const unknown = list.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new UsageError(`--only: no document is called ${unknown.map((n) => `"${n}"`).join(", ")} (documents: ${[...known].sort().join(", ")})`);
  }
  return list;
}
