import { existsSync, lstatSync, mkdirSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { readRegularFile } from "../load/read-file.js";
import { recoverOutputs } from "./commit.js";
import { shownPath, WriteError } from "./safe-path.js";

/**
 * One writer per output folder at a time: `<out>/.planwright-lock` holds the
 * process id and host of the build that writes there. A second build waits
 * for it (saying so once), so two concurrent builds never interleave their
 * documents or their manifests. A lock whose process is gone (killed) is
 * stale and taken over; on another host the process cannot be checked, so
 * its lock is waited for. Taking the lock also finishes or removes whatever
 * a killed build left (see commit.ts).
 */
export const LOCK_NAME = ".planwright-lock";
const BREAK_NAME = ".planwright-lock.break";

type Holder = { pid: number; host: string; started: string };

export type OutputLock = { release(): void; /** Organisation folders whose interrupted change was completed. */ readonly recovered: readonly string[] };

const held = new Set<string>();
let handlersInstalled = false;

function installRelease(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const releaseAll = () => {
    for (const lock of held) rmSync(lock, { force: true });
    held.clear();
  };
  process.on("exit", releaseAll);
  // Ctrl-C stops a build between two organisations (writing one is never interrupted: it is
  // synchronous). A command that handles the signal itself (watch) finishes its build first.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (process.listenerCount(signal) > 1) return;
      releaseAll();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const read = readRegularFile(path, 64 * 1024, false);
    if (!read.ok) return undefined;
    const h = JSON.parse(read.bytes.toString("utf8")) as Holder;
    return typeof h.pid === "number" && typeof h.host === "string" ? h : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Removes a lock whose holder is gone; only one process may do so at a time (the `.break` file). */
function breakStale(dir: string, stale: Holder | undefined): void {
  const lock = join(dir, LOCK_NAME);
  const breaker = join(dir, BREAK_NAME);
  try {
    writeFileSync(breaker, String(process.pid), { flag: "wx" });
  } catch {
    if (ageMs(breaker) > 10_000) rmSync(breaker, { force: true }); // its breaker died too
    return;
  }
  try {
    const now = readHolder(lock);
    const same = stale ? now?.pid === stale.pid && now.started === stale.started : now === undefined;
    if (same) rmSync(lock, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
}

export async function lockOutput(dir: string, onWait?: (message: string) => void): Promise<OutputLock> {
  const existed = existsSync(dir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") throw new WriteError(`the output folder ${shownPath(dir)} is a file, not a folder`, dir, "Choose another --out.");
    throw new WriteError(`cannot create the output folder ${shownPath(dir)}: ${(e as Error).message}`, dir);
  }
  if (!lstatSync(dir).isDirectory() && !statSync(dir).isDirectory()) throw new WriteError(`the output folder ${shownPath(dir)} is not a folder`, dir);
  const lock = join(dir, LOCK_NAME);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  let told = false;
  for (;;) {
    try {
      writeFileSync(lock, JSON.stringify(me), { flag: "wx" });
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw new WriteError(`cannot write to the output folder ${shownPath(dir)}: ${(e as Error).message}`, dir);
    }
    const holder = readHolder(lock);
    // A lock without a readable holder is being written right now, or was left half-written.
    const stale = holder ? holder.host === me.host && !alive(holder.pid) : ageMs(lock) > 5_000;
    if (stale) {
      breakStale(dir, holder);
      continue;
    }
    if (!told) {
      told = true;
      const who = holder ? `planwright (process ${holder.pid}${holder.host !== me.host ? ` on ${holder.host}` : ""})` : "another planwright";
      onWait?.(`waiting: ${who} is writing to ${shownPath(dir)}; if no build is running there, delete ${shownPath(lock)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  held.add(lock);
  installRelease();
  let recovered: string[] = [];
  try {
    recovered = recoverOutputs(dir);
  } catch (e) {
    held.delete(lock);
    rmSync(lock, { force: true });
    throw e;
  }
  return {
    recovered,
    release() {
      if (!held.delete(lock)) return;
      rmSync(lock, { force: true });
      // A build that wrote nothing leaves no output folder behind.
      if (!existed) {
        try {
          rmdirSync(dir);
        } catch {
          // it has documents now
        }
      }
    },
  };
}
