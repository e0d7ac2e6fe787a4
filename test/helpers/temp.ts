import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { removeTree } from "./remove-tree.js";

/**
 * Temporary folders for tests. `tempDir("planwright-x-")` makes a fresh folder
 * under the temporary folder and files it under the test file that is running;
 * `test/helpers/temp-cleanup.ts` (a setup file: it runs before every test
 * file) removes a file's folders in an afterAll hook that runs after the
 * file's own afterAll hooks, so the servers, watchers and child processes a
 * file closes there are gone first.
 *
 * Call it anywhere a test file runs: at its top level, in a hook or in a test.
 * Not at the top level of a shared helper module: with `isolate: false` such a
 * module is evaluated once per worker, and its folder would be filed under the
 * first test file only (and removed while later files still use it).
 *
 * The folders are filed by test file (vitest's `testPath`), in one registry per
 * process kept on globalThis, so neither re-evaluating this module for each file
 * (isolate) nor sharing it between files (`--no-isolate`) loses or mixes them.
 * A file whose hooks never run (every test skipped or filtered out, or a file
 * that fails to load) leaves its folders to the run's own temporary folder,
 * removed at the end of the run (test/helpers/temp-root.ts).
 */
const REGISTRY = Symbol.for("planwright.test.tempDirs");
const registry: Map<string, Set<string>> = ((globalThis as { [REGISTRY]?: Map<string, Set<string>> })[REGISTRY] ??= new Map());

/** A new, empty folder `<tmpdir>/<prefix>XXXXXX`, removed when the running test file finishes. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = runningFile();
  const dirs = registry.get(file) ?? new Set<string>();
  registry.set(file, dirs.add(dir));
  return dir;
}

/** The folders `tempDir` made for a test file and has not removed yet. */
export function tempDirsOf(file: string): string[] {
  return [...(registry.get(file) ?? [])];
}

/** Removes every folder made for `file`; throws, naming them, when some could not be removed. */
export function removeTempDirs(file: string): void {
  const dirs = registry.get(file);
  if (!dirs) return;
  const failures: string[] = [];
  for (const dir of dirs) {
    try {
      removeTree(dir);
      dirs.delete(dir);
    } catch (e) {
      failures.push(`${dir}: ${(e as Error).message}`);
    }
  }
  if (dirs.size === 0) registry.delete(file);
  if (failures.length > 0) throw new Error(`could not remove the temporary folder(s) of ${file}:\n${failures.join("\n")}`);
}

function runningFile(): string {
  const file = expect.getState().testPath;
  if (!file) throw new Error("tempDir is for test files run by vitest (no test file is running)");
  return file;
}
