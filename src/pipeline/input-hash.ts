import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TemplateSet } from "../compose/template-set.js";
import { BUILTIN_FACES } from "../fonts/font-files.js";
import { stampOf, type ReadLog } from "../load/read-file.js";
import { facesFingerprint } from "../fonts/resolve-faces.js";
import { DIST, packageManifest } from "../paths.js";

/**
 * What an organisation's outputs were built from. Everything here comes from
 * what the build actually read: the hash of the bytes it parsed (data file,
 * bases, templates, fonts, images) and each file's size and modification time
 * taken *before* reading it. A file saved while the build runs therefore never
 * looks current afterwards: its stamp has moved on, and the next run (or
 * watch) builds it again.
 */
export type Inputs = {
  /** Hash of everything an organisation's outputs depend on. */
  readonly hash: string;
  /** Files to watch for it. */
  readonly files: readonly string[];
  /** Template folders looked in (watched for templates added or removed). */
  readonly templateDirs: readonly string[];
  /** size:mtime of each file and folder read, for the quick check next time. */
  readonly stamps: Readonly<Record<string, string>>;
  /** Hash of what is shared by all files: the tool and the build options. */
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
  h.update(facesFingerprint());
  toolHash = h.digest("hex");
  return toolHash;
}

/**
 * The inputs of one build, from what it read (its read log: the data file and
 * its bases, every template and partial, the fonts and images the data names)
 * and the template folders it listed, with the build options and the tool.
 */
export function inputsOfBuild(read: ReadLog, folders: TemplateSet["folders"], options: string): Inputs {
  const h = createHash("sha256").update(`${toolFingerprint()}\0${options}\0`);
  const stamps: Record<string, string> = {};
  const files = [...read.keys()].sort();
  for (const path of files) {
    const r = read.get(path) as { stamp: string; digest: string };
    h.update(`${path}\0${r.digest}\0`);
    stamps[path] = r.stamp;
  }
  for (const d of folders) {
    h.update(`folder\0${d.path}\0${d.stamp}\0`);
    stamps[d.path] = d.stamp;
  }
  return { hash: h.digest("hex"), files, templateDirs: folders.map((d) => d.path), stamps, env: envHash(options) };
}

/** The shared part of the inputs: the tool and the build options. */
export function envHash(options: string): string {
  return createHash("sha256").update(`${toolFingerprint()}\0${options}\0`).digest("hex");
}

/** Stats shared by the organisations of one batch (they share template files). */
export type StatMemo = Map<string, string>;

function currentStamp(path: string, memo: StatMemo): string {
  let s = memo.get(path);
  if (s === undefined) {
    try {
      s = stampOf(statSync(path));
    } catch {
      s = "missing";
    }
    memo.set(path, s);
  }
  return s;
}

/** Quick check without reading any file: nothing the last build read has been touched since it read it. */
export function untouched(stamps: Readonly<Record<string, string>>, env: string, options: string, memo: StatMemo = new Map()): boolean {
  if (envHash(options) !== env) return false;
  for (const [path, stamp] of Object.entries(stamps)) if (currentStamp(path, memo) !== stamp) return false;
  return true;
}
