// What `npm test` does before the tests, at once rather than in turn: type-check src and test
// (tsc --noEmit: TypeScript 7, the native compiler), type-check the page, and build dist/ (`npm run build`)
// unless it was built from the files as they are (scripts/build-stamp.js). Exits
// non-zero, with each failing step's output, if any fails.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { builtFromCurrent } from "./build-stamp.js";

const require = createRequire(import.meta.url);
// TypeScript's own command (its package exports only its API; the command is its "bin").
const typescript = dirname(require.resolve("typescript/package.json"));
const tsc = join(typescript, require("typescript/package.json").bin.tsc);
// The build is package.json's own `build` script, run through the npm that runs this (npm sets npm_execpath).
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ["npm", []];
const steps = [
  ["type check", process.execPath, [tsc, "-p", "tsconfig.json", "--noEmit"]],
  ["page type check", process.execPath, [tsc, "-p", "page/tsconfig.json"]],
  // Not when dist/ was built from the files as they are (a fresh clone's npm install has just built it).
  ...(builtFromCurrent() ? [] : [["build", npm[0], [...npm[1], "run", "build", "--silent"]]]),
];

/** Runs one step; resolves with its output and whether it succeeded. */
function run([name, command, args]) {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (code) => resolve({ name, ok: code === 0, output }));
  });
}

const results = await Promise.all(steps.map(run));
for (const r of results) if (r.output.trim()) process.stdout.write(r.ok ? r.output : `${r.name} failed:\n${r.output}\n`);
if (results.some((r) => !r.ok)) process.exit(1);
