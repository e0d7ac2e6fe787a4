#!/usr/bin/env node
// Entry point of the `planwright` command. Runs the single-file bundle
// (dist/planwright.cjs, see scripts/bundle.js) with a V8 code cache kept in
// planwright's cache folder, or, when there is no bundle, the modules in dist/cli.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const { run, saveCodeCache } = loadBundle() ?? (await loadModules());
const code = await run(process.argv.slice(2));
saveCodeCache?.();
process.exitCode = code;

async function loadModules() {
  const main = join(dist, "cli", "main.js");
  if (!existsSync(main)) {
    process.stderr.write("planwright: the compiled code is missing (dist/). Run `npm install` (or `npm run build`) first.\n");
    process.exit(2);
  }
  return { run: (await import(new URL(`file://${main}`).href)).run };
}

function loadBundle() {
  let meta;
  try {
    meta = JSON.parse(readFileSync(join(dist, "bundle.json"), "utf8"));
  } catch {
    return undefined;
  }
  const file = join(dist, meta.file);
  if (!existsSync(file)) return undefined;
  const cacheDir = process.env.PLANWRIGHT_CACHE ?? join(tmpdir(), "planwright-cache");
  const cacheFile = join(cacheDir, `code-${meta.sha256.slice(0, 24)}-${process.version}-${process.arch}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, "utf8");
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return {
    run: module.exports.run,
    // Written after a run, so the functions it compiled are in the cache too. A missing or
    // read-only cache folder only costs time.
    saveCodeCache: stale
      ? () => {
          try {
            mkdirSync(cacheDir, { recursive: true });
            const tmp = `${cacheFile}.${process.pid}.tmp`;
            writeFileSync(tmp, script.createCachedData());
            renameSync(tmp, cacheFile);
          } catch {
            // fine: compiled again next time
          }
        }
      : undefined,
  };
}
