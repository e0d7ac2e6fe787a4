#!/usr/bin/env node
// Entry point of the `planwright` command. Runs the single-file bundle
// (dist/planwright.cjs, see scripts/bundle.js) with a V8 code cache kept in
// planwright's cache folder, or, when there is no bundle, the modules in dist/cli.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const { run, saveCodeCache } = (await loadBundle()) ?? (await loadModules());
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

async function loadBundle() {
  let meta;
  try {
    meta = JSON.parse(readFileSync(join(dist, "bundle.json"), "utf8"));
  } catch {
    return undefined;
  }
  const file = join(dist, meta.file);
  if (!existsSync(file)) return undefined;
  // The code cache: the one the build trained (scripts/bundle.js runs a representative build with
  // PLANWRIGHT_CODE_CACHE=train), else one kept in the cache folder, written after a run that had
  // no cache V8 would take (another Node version or other V8 flags). The cache folder is private
  // and its entries are used only when their bytes hash to what was written (disk-cache.js).
  const own = join(dist, `planwright-${process.version}-${process.arch}.codecache`);
  const shared = `code-${meta.sha256.slice(0, 24)}-${process.version}-${process.arch}.bin`;
  const training = process.env.PLANWRIGHT_CODE_CACHE === "train";
  // The bundle is ASCII only (scripts/bundle.js), so latin1 reads it exactly and faster than UTF-8;
  // it is written already wrapped as a CommonJS module function, so V8 compiles the string as read
  // (wrapping it here made V8 copy all 5 MB once more).
  const wrapped = readFileSync(file, "latin1");
  // The disk cache's reader is an ES module of its own: loaded only when the trained cache is not taken.
  let diskCache;
  const cacheModule = async () => (diskCache ??= await import(new URL("../dist/fonts/disk-cache.js", import.meta.url).href));
  let script;
  const sources = [
    () => {
      try {
        return readFileSync(own);
      } catch {
        return undefined;
      }
    },
    async () => (await cacheModule()).readCache(shared),
  ];
  for (const read of training ? [] : sources) {
    const cachedData = await read();
    if (!cachedData) continue;
    const candidate = new vm.Script(wrapped, { filename: file, cachedData });
    if (candidate.cachedDataRejected !== true) {
      script = candidate;
      break;
    }
  }
  const cached = script !== undefined;
  script ??= new vm.Script(wrapped, { filename: file });
  const writeShared = cached || training ? undefined : (await cacheModule()).writeCache;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    run: module.exports.run,
    // Written after a run, so the functions it compiled are in the cache too. A missing or
    // read-only folder only costs time.
    saveCodeCache: training ? () => writeFileSync(own, script.createCachedData()) : writeShared ? () => writeShared(shared, script.createCachedData()) : undefined,
  };
}
