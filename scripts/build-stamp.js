// What dist/ was built from: a hash of every file the build reads (src/, page/, scripts/, the two
// examples that train the code cache, package.json and its lock) and of Node's version. The build
// writes it last (`node scripts/build-stamp.js write`, so a build that failed part-way leaves
// none: compile.js empties dist/ first), and `npm test` skips a build whose stamp is current — a
// fresh clone's `npm install` has just built (prepare), and its `npm test` need not build again.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import fg from "fast-glob";

const STAMP = "dist/.build-stamp";
const INPUTS = ["src/**", "page/**", "scripts/**", "package.json", "package-lock.json", "data/examples/university.yaml", "data/examples/crisis-comms.yaml"];

export function buildStamp() {
  const h = createHash("sha256").update(`${process.version}\0${process.arch}\0`);
  for (const f of fg.sync(INPUTS, { dot: true, onlyFiles: true }).sort()) h.update(`${f}\0`).update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

/** Whether dist/ was built from the files as they are now. */
export function builtFromCurrent() {
  try {
    return readFileSync(STAMP, "utf8").trim() === buildStamp();
  } catch {
    return false;
  }
}

if (process.argv[2] === "write") writeFileSync(STAMP, `${buildStamp()}\n`);
