import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { removeTree } from "./helpers/remove-tree.js";
import { removeTempDirs, tempDir, tempDirsOf } from "./helpers/temp.js";

// The test suite leaves nothing in the temporary folder: test/helpers/temp.ts files each
// folder under its test file and removes it when that file finishes; the run's own folder
// (test/helpers/temp-root.ts) takes what the tests and the programs they start make there.

const here = expect.getState().testPath as string;
const top = tempDir("planwright-temp-top-");

describe("tempDir", () => {
  it("makes a fresh folder under the temporary folder and files it under the running test file", () => {
    const dir = tempDir("planwright-temp-test-");
    expect(dirname(dir)).toBe(tmpdir());
    expect(basename(dir)).toMatch(/^planwright-temp-test-\w{6}$/);
    expect(readdirSync(dir)).toEqual([]);
    expect(tempDirsOf(here)).toEqual(expect.arrayContaining([top, dir]));
  });

  it("removing another file's folders leaves this file's alone", () => {
    removeTempDirs(join(dirname(here), "another.test.ts"));
    expect(existsSync(top)).toBe(true);
  });

  it("removes folders nobody may write to, and removes links without following them", () => {
    const dir = tempDir("planwright-temp-tree-");
    const outside = tempDir("planwright-temp-outside-");
    writeFileSync(join(outside, "keep.txt"), "kept");
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "locked", "deeper"), { recursive: true });
    writeFileSync(join(tree, "locked", "deeper", "file.txt"), "x");
    chmodSync(join(tree, "locked", "deeper", "file.txt"), 0o400);
    symlinkSync(outside, join(tree, "locked", "link"));
    chmodSync(join(tree, "locked", "deeper"), 0o500);
    chmodSync(join(tree, "locked"), 0o000);
    removeTree(tree);
    expect(existsSync(tree)).toBe(false);
    expect(readFileSync(join(outside, "keep.txt"), "utf8")).toBe("kept");
  });

  it("is the only way the tests make a folder in the temporary folder", () => {
    const own = ["test/helpers/temp.ts", "test/helpers/temp-root.ts", "test/temp-dirs.test.ts"];
    const direct = fg.sync("test/**/*.ts", { ignore: own }).filter((f) => /\btmpdir\(\)|["'`]\/tmp\//.test(readFileSync(f, "utf8")));
    expect(direct).toEqual([]);
  });
});

/** Runs vitest, with the project's setup, on the files in test/fixtures/temp-dirs. */
function runFixtures(args: readonly string[]): { code: number | null; output: string; made: string[]; tmp: string } {
  const tmp = tempDir("planwright-temp-nested-");
  const log = join(tempDir("planwright-temp-log-"), "made.txt");
  writeFileSync(log, "");
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "TEST" && k !== "NODE_ENV"));
  const vitest = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
  const r = spawnSync(process.execPath, [vitest, "run", "--config", "test/fixtures/temp-dirs/vitest.config.ts", ...args], {
    encoding: "utf8",
    env: { ...env, TMPDIR: tmp, TEMP: tmp, TMP: tmp, TEMP_FIXTURE_LOG: log, NO_COLOR: "1" },
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}`, made: readFileSync(log, "utf8").split("\n").filter(Boolean), tmp };
}

describe.each([["--isolate", ["--isolate"]], ["--no-isolate, one worker", ["--no-isolate", "--maxWorkers=1"]]])("a run of test files (%s)", (_name, args) => {
  it("removes each file's folders when it finishes; a skipped file's are named, and the run's folder takes them", () => {
    const r = runFixtures(args);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/Tests\s+2 passed \| 1 skipped/);
    // Two files, four folders each (top level, file hook, suite hook, test), and the skipped file's.
    expect(r.made.filter((d) => /planwright-fixture-(first|second)-(top|hook|suite|test)-/.test(d))).toHaveLength(8);
    const left = /temporary file\(s\) or folder\(s\) were left in \S+ \(now removed\): (.*)/.exec(r.output);
    expect(left?.[1], r.output).toMatch(/^planwright-fixture-skipped-\w{6}$/);
    for (const d of r.made) expect(existsSync(d), d).toBe(false);
    expect(readdirSync(r.tmp)).toEqual([]);
  });
});
