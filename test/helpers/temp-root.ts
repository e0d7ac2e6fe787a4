import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeTree } from "./remove-tree.js";

/**
 * Global setup (vitest.config.ts): the whole run gets a temporary folder of its own, and
 * TMPDIR points into it, so everything the tests and what they start make under the
 * temporary folder lands there: the test files' folders (test/helpers/temp.ts), the
 * command-line builds' default disk cache (`planwright-cache`), Chromium's and LibreOffice's
 * profiles and scratch files. It is removed at the end of the run, and runs in parallel
 * (several checkouts on one machine) do not share a cache or see each other's folders.
 *
 * Test files remove their own folders as they finish; what is still here at the end, other
 * than the cache, was left by a file whose hooks did not run (all its tests skipped or
 * filtered out, or it failed to load) or by something that does not clean up after itself,
 * and is named on the console.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "planwright-test-run-"));
  // Read by os.tmpdir() in the workers and in every process they start (TEMP and TMP on Windows).
  const names = ["TMPDIR", "TEMP", "TMP"] as const;
  const before = names.map((n) => process.env[n]);
  for (const n of names) process.env[n] = root;
  return () => {
    names.forEach((n, i) => {
      if (before[i] === undefined) delete process.env[n];
      else process.env[n] = before[i];
    });
    const left = readdirSync(root).filter((e) => e !== "planwright-cache");
    if (left.length > 0) console.warn(`tests: ${left.length} temporary file(s) or folder(s) were left in ${root} (now removed): ${left.sort().join(", ")}`);
    removeTree(root);
  };
}
