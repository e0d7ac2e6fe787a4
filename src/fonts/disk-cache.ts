import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A cache of derived files (fonts converted from WOFF, compiled templates)
 * that survives between runs. Entries are named by a hash of their inputs,
 * so a stale entry is never read; a missing or read-only cache only costs time.
 */
export function cacheDir(): string {
  return process.env.PLANWRIGHT_CACHE ?? join(tmpdir(), "planwright-cache");
}

export function cachePath(name: string): string {
  return join(cacheDir(), name);
}

/** The entry's bytes (or only whether it exists and is at least `atLeast` bytes long). */
export function readCache(name: string, atLeast?: number): Buffer | undefined {
  try {
    if (atLeast !== undefined) return statSync(cachePath(name)).size >= atLeast ? Buffer.alloc(0) : undefined;
    return readFileSync(cachePath(name));
  } catch {
    return undefined;
  }
}

export function writeCache(name: string, bytes: Uint8Array): void {
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const final = join(cacheDir(), name);
    const tmp = `${final}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, final);
  } catch {
    // read-only or full: fine, we compute it again next time
  }
}
