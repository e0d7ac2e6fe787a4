import { localeText } from "../locale/index.js";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { BUILTIN_TEMPLATES } from "../compose/template-set.js";
import { BUILTIN_FACES } from "../fonts/font-files.js";
import { loadChain } from "../model/extends.js";
import { DIST, packageManifest } from "../paths.js";

export type Inputs = {
  /** Hash of everything an organisation's outputs depend on. */
  readonly hash: string;
  /** Files and folders to watch for it. */
  readonly files: readonly string[];
  readonly templateDirs: readonly string[];
  /** Size and modification time of each file, for the quick check next time. */
  readonly stamps: Readonly<Record<string, string>>;
  /** Hash of what is shared by all files: the tool, the template folders, the options. */
  readonly env: string;
};


function listFiles(dir: string, suffix: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, suffix));
    else if (suffix.test(e.name)) out.push(p);
  }
  return out.sort();
}

let toolHash: string | undefined;
/** The tool itself: its version, compiled code and bundled fonts (by size; they are large). */
export function toolFingerprint(): string {
  if (toolHash) return toolHash;
  const h = createHash("sha256");
  h.update(packageManifest().text);
  for (const f of listFiles(DIST, /\.js$/)) {
    const st = statSync(f);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\0`);
  }
  for (const face of Object.values(BUILTIN_FACES)) {
    const f = face();
    h.update(`${f}\0${existsSync(f) ? statSync(f).size : 0}\0`);
  }
  toolHash = h.digest("hex");
  return toolHash;
}

/**
 * Hashes the inputs of one organisation: its data file and the bases it
 * extends, the templates of its locale (built-in and custom), any font files
 * its theme names, the build options and the tool. Unchanged hash → the
 * outputs on disk are current.
 */
export function inputsOf(file: string, options: string): Inputs {
  return inputsFromChain(file, loadChain(resolve(file)).chain, options);
}

/** The same, from a chain already read (a build has it: no second parse). */
export function inputsFromChain(file: string, chain: ReadonlyArray<{ readonly file: string; readonly value: unknown }>, options: string): Inputs {
  const h = createHash("sha256");
  h.update(`${toolFingerprint()}\0${options}\0`);
  const files: string[] = [];
  const templateDirs: string[] = [];
  let locale = "zh-CN";
  for (const s of chain) {
    const abs = resolve(s.file);
    files.push(abs);
    h.update(readFileSync(abs));
    const v = s.value as Record<string, unknown> | undefined;
    if (v && typeof v.locale === "string") locale = v.locale;
    if (v && typeof v.templates === "string") templateDirs.push(resolve(dirname(abs), v.templates));
    const fonts = (v?.theme as Record<string, unknown> | undefined)?.fonts as Record<string, unknown> | undefined;
    for (const f of Object.values(fonts ?? {})) {
      if (typeof f !== "string") continue;
      const p = resolve(dirname(abs), f);
      files.push(p);
      h.update(`${p}\0${existsSync(p) ? `${statSync(p).size}\0${statSync(p).mtimeMs}` : "missing"}\0`);
    }
    // Image attachments: a changed picture rebuilds the plan (and `watch` follows the file).
    for (const a of Array.isArray(v?.attachments) ? (v?.attachments as unknown[]) : []) {
      const src = (a as Record<string, unknown> | null)?.src;
      if (typeof src !== "string") continue;
      const p = resolve(dirname(abs), src);
      files.push(p);
      h.update(`${p}\0${existsSync(p) ? `${statSync(p).size}\0${statSync(p).mtimeMs}` : "missing"}\0`);
    }
  }
  if (chain.length === 0) h.update(existsSync(file) ? readFileSync(file) : "missing");
  const dirs = [join(BUILTIN_TEMPLATES, localeText(locale).templates), ...templateDirs];
  for (const d of dirs) h.update(folderHash(d));
  const all = files.length > 0 ? files : [resolve(file)];
  return { hash: h.digest("hex"), files, templateDirs: dirs, stamps: stampsOf(all), env: envHash(dirs, options) };
}

/** The shared part of the inputs: the tool, template folders and build options. */
export function envHash(templateDirs: readonly string[], options: string): string {
  const h = createHash("sha256").update(`${toolFingerprint()}\0${options}\0`);
  for (const d of templateDirs) h.update(`${d}\0${folderHash(d)}\0`);
  return h.digest("hex");
}

export function stampsOf(files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, existsSync(f) ? `${statSync(f).size}:${statSync(f).mtimeMs}` : "missing"]));
}

/** Quick check without reading any data file: nothing it depends on has been touched. */
export function untouched(stamps: Readonly<Record<string, string>>, templateDirs: readonly string[], env: string, options: string): boolean {
  const now = stampsOf(Object.keys(stamps));
  return Object.entries(stamps).every(([f, s]) => now[f] === s) && envHash(templateDirs, options) === env;
}

const folderHashes = new Map<string, string>();

/** Long-running processes (watch) call this before each rebuild, as templates may have changed. */
export function forgetFolderHashes(): void {
  folderHashes.clear();
}
/** Templates of a folder, hashed once per process (a batch shares them). */
function folderHash(dir: string): string {
  let hit = folderHashes.get(dir);
  if (!hit) {
    const h = createHash("sha256");
    for (const t of listFiles(dir, /\.hbs$/)) h.update(`${t}\0`).update(readFileSync(t));
    hit = h.digest("hex");
    folderHashes.set(dir, hit);
  }
  return hit;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
