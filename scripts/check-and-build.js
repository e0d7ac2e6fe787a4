// What `npm test` does before the tests, at once rather than in turn (each is one thread): type-check
// src and test (tsc --noEmit), type-check the page, and build dist/ (compile, bundle, page). Exits
// non-zero, with each failing step's output, if any fails.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const steps = [
  ["type check", [tsc, "-p", "tsconfig.json", "--noEmit"]],
  ["page type check", [tsc, "-p", "page/tsconfig.json"]],
  ["build", ["scripts/compile.js"], ["scripts/bundle.js"], ["scripts/bundle-page.js"]],
];

/** Runs one step's commands in turn; resolves with its output and whether all succeeded. */
async function run([name, ...commands]) {
  let output = "";
  for (const args of commands) {
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.on("data", (c) => (output += c));
      child.stderr.on("data", (c) => (output += c));
      child.on("close", resolve);
    });
    if (code !== 0) return { name, ok: false, output };
  }
  return { name, ok: true, output };
}

const results = await Promise.all(steps.map(run));
for (const r of results) if (r.output.trim()) process.stdout.write(r.ok ? r.output : `${r.name} failed:\n${r.output}\n`);
if (results.some((r) => !r.ok)) process.exit(1);
