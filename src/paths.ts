import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where planwright's own files are. Found by walking up from this module to
 * the folder with the package manifest and templates, so the answer is the
 * same from the compiled modules (dist/…) and from the single-file bundle.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates"))) return dir;
    if (dirname(dir) === dir) throw new Error(`planwright: cannot find its package folder above ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const DIST = join(ROOT, "dist");
const PACKAGE_JSON = join(ROOT, "package.json");

let manifest: { text: string; json: { version: string; dependencies?: Record<string, string> } } | undefined;

/** planwright's package.json, read once per process (its text is hashed into rebuild manifests). */
export function packageManifest(): { readonly text: string; readonly json: { readonly version: string; readonly dependencies?: Readonly<Record<string, string>> } } {
  if (!manifest) {
    const text = readFileSync(PACKAGE_JSON, "utf8");
    manifest = { text, json: JSON.parse(text) as { version: string; dependencies?: Record<string, string> } };
  }
  return manifest;
}
