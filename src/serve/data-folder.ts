import { createHash } from "node:crypto";
import { closeSync, lstatSync, openSync, readFileSync, realpathSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import fg from "fast-glob";
import { LIMITS } from "../load/limits.js";
import { writeOutputs } from "../write/write-outputs.js";
import { say, sayIn, type Said } from "../diagnostics/say.js";

/** A data file of the served folder, by its path relative to the folder (`/`-separated). */
export type DataFile = { readonly rel: string; readonly abs: string };

export class FolderError extends Error {
  readonly said: Said;
  constructor(
    readonly status: number,
    said: Said,
  ) {
    super(sayIn(said, "en"));
    this.said = said;
  }
}

const DATA_FILE = /\.ya?ml$/i;

/**
 * The folder `planwright serve` edits. Only its data files (`.yaml`/`.yml`,
 * not hidden, not under node_modules) are read or written: a path from the
 * page is refused if it is absolute, has `..`, or leads — through a symbolic
 * link — to anything outside the folder.
 */
export class DataFolder {
  readonly root: string;
  private readonly realRoot: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.realRoot = realpathSync(this.root);
  }

  /** Every data file under the folder, sorted; links that lead outside it are left out. */
  list(): DataFile[] {
    const found = fg.sync("**/*.{yaml,yml,YAML,YML}", { cwd: this.root, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ["**/node_modules/**"] });
    return found
      .sort()
      .map((rel) => ({ rel, abs: join(this.root, rel) }))
      .filter((f) => this.inside(f.abs));
  }

  /** The data file a page names, or a FolderError (400 for a bad path, 404 for no such data file). */
  resolve(rel: unknown): DataFile {
    if (typeof rel !== "string" || rel.length === 0 || rel.length > 1024) throw new FolderError(400, say("a data file path is needed"));
    const parts = rel.split("/");
    if (rel.includes("\0") || rel.includes("\\") || isAbsolute(rel) || parts.some((p) => p === ".." || p === "." || p === "" || p.startsWith("."))) {
      throw new FolderError(400, say("not a path inside the served folder: %{path}", { path: rel }));
    }
    if (!DATA_FILE.test(rel)) throw new FolderError(400, say("only data files (.yaml, .yml) can be opened: %{path}", { path: rel }));
    const abs = join(this.root, ...parts);
    let isFile = false;
    try {
      isFile = statSync(abs).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile || !this.inside(abs)) throw new FolderError(404, say("no such data file: %{path}", { path: rel }));
    return { rel: parts.join("/"), abs };
  }

  /** The path of a file (absolute or relative to the working directory) relative to the folder, when it is inside. */
  relativeName(file: string): string | undefined {
    const back = relative(this.root, resolve(file));
    if (back === "" || back.startsWith("..") || isAbsolute(back)) return undefined;
    return back.split(sep).join("/");
  }

  /** The file's bytes and their version (content hash), refusing files too large to be data. */
  read(file: DataFile): { bytes: Buffer; version: string } {
    const size = statSync(file.abs).size;
    if (size > LIMITS.maxFileBytes) throw new FolderError(413, say("%{path} is %{size} KiB; the limit is %{limit} KiB", { path: file.rel, size: Math.round(size / 1024), limit: LIMITS.maxFileBytes / 1024 }));
    const bytes = readFileSync(file.abs);
    return { bytes, version: versionOf(bytes) };
  }

  /**
   * Saves a data file atomically (temp file + rename, as the command line writes its
   * outputs) if it is still the version the page opened, else reports a conflict with
   * what is on disk now. `overwrite` saves over whatever is there. A lock file beside
   * it makes the check and the rename one step for every `serve` on the folder.
   */
  save(file: DataFile, bytes: Uint8Array, expected: string | null, overwrite: boolean): { saved: true; version: string } | { saved: false; disk: Buffer; version: string } {
    if (bytes.length > LIMITS.maxFileBytes) throw new FolderError(413, say("the text is larger than %{limit} KiB", { limit: LIMITS.maxFileBytes / 1024 }));
    const target = realpathSync(file.abs);
    if (!this.inside(target)) throw new FolderError(404, say("no such data file: %{path}", { path: file.rel }));
    return withLock(target, () => {
      const disk = readFileSync(target);
      const current = versionOf(disk);
      if (!overwrite && expected !== current) return { saved: false as const, disk, version: current };
      writeOutputs(dirname(target), [{ path: basename(target), bytes }]);
      return { saved: true as const, version: versionOf(bytes) };
    });
  }

  private inside(abs: string): boolean {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return false;
    }
    return real.startsWith(this.realRoot + sep) && !lstatSync(abs).isDirectory();
  }
}

export function versionOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

const LOCK_STALE_MS = 10_000;

/** Runs `work` holding `<dir>/.<name>.planwright-lock` (created exclusively; a lock older than 10 s is stale). */
function withLock<T>(target: string, work: () => T): T {
  const lock = join(dirname(target), `.${basename(target)}.planwright-lock`);
  const deadline = Date.now() + 3000;
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(lock, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > LOCK_STALE_MS) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new FolderError(423, say("%{name} is being saved by another program; try again", { name: basename(target) }));
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    writeSync(fd, `${process.pid}\n`);
    return work();
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}
