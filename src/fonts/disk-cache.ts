import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A cache of derived files (fonts converted from WOFF, compiled templates,
 * DOCX scaffolds, the V8 code cache) that survives between runs.
 *
 * Compiled templates are code, so the cache is trusted only as far as it is
 * private: its folder must belong to this user and be closed to everyone
 * else (mode 0700). A folder that belongs to someone else is never used (the
 * next candidate, `planwright-cache-<uid>`, is tried, then no disk cache);
 * one that was open to others is closed and emptied, as anything could have
 * been planted in it. Each entry has a sidecar (`<name>.sum`) with the
 * SHA-256 of its bytes, written after the entry; an entry is used only when
 * its bytes hash to that, and a missing, corrupt or foreign entry is simply
 * built again. A missing or read-only cache only costs time.
 */
const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

let chosen: string | null | undefined;

/**
 * The cache folder in use, or undefined when there is none this run. The
 * choice is written back to PLANWRIGHT_CACHE (empty: none), so worker threads
 * and the second copy of this module in the bundle make the same one quietly.
 */
export function cacheDir(): string | undefined {
  if (chosen !== undefined) return chosen ?? undefined;
  const explicit = process.env.PLANWRIGHT_CACHE;
  const candidates = explicit !== undefined ? (explicit === "" ? [] : [explicit]) : [join(tmpdir(), "planwright-cache"), join(tmpdir(), `planwright-cache-${uid ?? "user"}`)];
  const refused: string[] = [];
  for (const dir of candidates) {
    const problem = makePrivate(dir, explicit !== undefined);
    if (problem === undefined) {
      process.env.PLANWRIGHT_CACHE = dir;
      return (chosen = dir);
    }
    if (problem) refused.push(`${dir} ${problem}`);
  }
  if (refused.length > 0) process.stderr.write(`planwright: not using the cache folder ${refused.join("; ")}; running without a disk cache (slower)\n`);
  process.env.PLANWRIGHT_CACHE = "";
  chosen = null;
  return undefined;
}

/** Undefined when `dir` is usable; a reason when it is refused for safety; "" when it is merely unavailable. */
function makePrivate(dir: string, followLink: boolean): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return ""; // read-only or not creatable: run without it
  }
  let st: Stats;
  try {
    st = lstatSync(dir);
    if (st.isSymbolicLink()) {
      if (!followLink) return "is a symbolic link";
      st = lstatSync(realpathSync(dir));
    }
  } catch {
    return "";
  }
  if (!st.isDirectory()) return "is not a folder";
  if (uid === undefined) return undefined; // no owners or modes to check (Windows)
  if (st.uid !== uid) return `belongs to another user (uid ${st.uid})`;
  if ((st.mode & 0o077) === 0) return undefined;
  try {
    chmodSync(dir, 0o700);
    // Others could write into it: nothing in it can be trusted.
    if ((st.mode & 0o022) !== 0) for (const e of readdirSync(dir)) rmSync(join(dir, e), { recursive: true, force: true });
  } catch {
    return "could not be made private (mode 0700)";
  }
  return undefined;
}

type Sum = { sha256: string; size: number; ino: number; mtimeMs: number; ctimeMs: number };

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Opens an entry of ours: a regular file (not a link), owned by this user. */
function openOwn(path: string): { fd: number; st: Stats } | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  const st = fstatSync(fd);
  if (!st.isFile() || (uid !== undefined && st.uid !== uid)) {
    closeSync(fd);
    return undefined;
  }
  return { fd, st };
}

function readSum(dir: string, name: string): Sum | undefined {
  const f = openOwn(join(dir, `${name}.sum`));
  if (!f) return undefined;
  try {
    const s = JSON.parse(readFileSync(f.fd, "utf8")) as Sum;
    return typeof s.sha256 === "string" && typeof s.size === "number" ? s : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(f.fd);
  }
}

function sumOf(bytes: Uint8Array, st: Stats): Sum {
  return { sha256: sha256(bytes), size: st.size, ino: st.ino, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
}

function writeAtomic(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, bytes, { mode: 0o600, flag: "wx" });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function forget(dir: string, name: string): void {
  rmSync(join(dir, name), { force: true });
  rmSync(join(dir, `${name}.sum`), { force: true });
}

/** The entry's bytes, when they are what was written; otherwise undefined (and the entry is dropped). */
export function readCache(name: string): Buffer | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  const sum = readSum(dir, name);
  if (!sum) return undefined;
  const f = openOwn(join(dir, name));
  if (!f) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(f.fd);
  } finally {
    closeSync(f.fd);
  }
  if (bytes.length === sum.size && sha256(bytes) === sum.sha256) return bytes;
  forget(dir, name);
  return undefined;
}

/**
 * The path of a verified entry (for large files read in parts, such as a
 * converted font). The full hash is checked when the file is not exactly the
 * one last verified (same inode, size, modification and change time: any
 * write changes those), then recorded so later runs need only a stat.
 */
export function cachedFile(name: string): string | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  const path = join(dir, name);
  const sum = readSum(dir, name);
  if (!sum) return undefined;
  const f = openOwn(path);
  if (!f) return undefined;
  try {
    const { st } = f;
    if (st.ino === sum.ino && st.size === sum.size && st.mtimeMs === sum.mtimeMs && st.ctimeMs === sum.ctimeMs) return path;
    const bytes = readFileSync(f.fd);
    if (bytes.length !== sum.size || sha256(bytes) !== sum.sha256) {
      forget(dir, name);
      return undefined;
    }
    try {
      writeAtomic(join(dir, `${name}.sum`), Buffer.from(JSON.stringify(sumOf(bytes, st))));
    } catch {
      // fine: verified again next time
    }
    return path;
  } finally {
    closeSync(f.fd);
  }
}

export function writeCache(name: string, bytes: Uint8Array): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    const path = join(dir, name);
    writeAtomic(path, bytes);
    const f = openOwn(path);
    if (!f) return;
    const st = f.st;
    closeSync(f.fd);
    // The sidecar is written last: an entry without one (a crash in between) is never used.
    writeAtomic(join(dir, `${name}.sum`), Buffer.from(JSON.stringify(sumOf(bytes, st))));
  } catch {
    // read-only or full: fine, we compute it again next time
  }
}
