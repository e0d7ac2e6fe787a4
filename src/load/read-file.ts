import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { resolve } from "node:path";
import { confinedPath, type ReadKind } from "./confinement.js";

/**
 * Reads a file the way every input (data file, base, template, font) is read:
 * only a regular file, only up to a size limit, never blocking on a FIFO or
 * streaming a device (`/dev/zero`). What was read is recorded: the bytes'
 * hash, and the size and modification time seen *before* reading them — so a
 * save that lands after the read always looks like a change next time.
 */
export type FileRead =
  | { readonly ok: true; readonly bytes: Buffer; readonly digest: string; readonly stamp: string }
  | { readonly ok: false; readonly reason: "missing" | "not-a-file" | "too-large" | "unreadable" | "outside"; readonly detail: string };

/** What a non-regular file is, in words. */
export function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/** `size:mtime`, the stamp the quick up-to-date check compares. */
export function stampOf(st: Pick<Stats, "size" | "mtimeMs">): string {
  return `${st.size}:${st.mtimeMs}`;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * What a build read: path → the stamp before its first read and the hash of
 * the bytes read. A build opens a log, every file read while it is open is
 * noted in it (the first read of a path wins), and the manifest is written
 * from it — data files, bases, templates, fonts, images alike.
 */
export type ReadLog = Map<string, { readonly stamp: string; readonly digest: string }>;
const logs = new Set<ReadLog>();

export function openReadLog(): ReadLog {
  const log: ReadLog = new Map();
  logs.add(log);
  return log;
}

export function closeReadLog(log: ReadLog): void {
  logs.delete(log);
}

/** Notes a read (also for reads answered from a per-process memo, such as a font checked earlier). */
export function noteRead(path: string, stamp: string, digest: string): void {
  if (logs.size === 0) return;
  const abs = resolve(path);
  for (const log of logs) if (!log.has(abs)) log.set(abs, { stamp, digest });
}

/**
 * `note: false` for files that are not inputs (the manifest, a lock, a journal). An input is
 * read only where the work's confinement allows (`load/confinement.ts`: `planwright serve`
 * reads inputs only from inside its folder), as what `kind` says it is; else `outside`.
 */
export function readRegularFile(path: string, maxBytes: number, note = true, kind: ReadKind = "file"): FileRead {
  const allowed = note ? confinedPath(path, kind) : { path };
  if ("refused" in allowed) return { ok: false, reason: "outside", detail: allowed.refused };
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not hang; it is refused below.
    fd = openSync(allowed.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, reason: "missing", detail: "no such file" };
    if (code === "EISDIR") return { ok: false, reason: "not-a-file", detail: "a folder" };
    if (code === "EACCES" || code === "EPERM") return { ok: false, reason: "unreadable", detail: "permission denied" };
    return { ok: false, reason: "unreadable", detail: (e as Error).message };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: "not-a-file", detail: kindOf(st) };
    if (st.size > maxBytes) return { ok: false, reason: "too-large", detail: `${Math.ceil(st.size / 1024)} KiB` };
    const stamp = stampOf(st);
    // Read to the end, but never past the limit (the file may grow while it is read).
    let buf = Buffer.allocUnsafe(Math.min(st.size + 1, maxBytes + 1));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (buf.length > maxBytes) return { ok: false, reason: "too-large", detail: `more than ${Math.ceil(maxBytes / 1024)} KiB` };
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      let n: number;
      try {
        n = readSync(fd, buf, length, buf.length - length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        return { ok: false, reason: "unreadable", detail: (e as Error).message };
      }
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { ok: false, reason: "too-large", detail: `more than ${Math.ceil(maxBytes / 1024)} KiB` };
    const bytes = buf.subarray(0, length);
    const digest = sha256(bytes);
    if (note) noteRead(path, stamp, digest);
    return { ok: true, bytes, digest, stamp };
  } finally {
    closeSync(fd);
  }
}
