#!/usr/bin/env node
// Entry point of the `planwright` command: runs the compiled CLI — the
// single-file bundle when it was built (faster to start), else dist/cli.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../dist/planwright.mjs", import.meta.url);
const modules = new URL("../dist/cli/main.js", import.meta.url);
const main = existsSync(fileURLToPath(bundle)) ? bundle : modules;
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write("planwright: the compiled code is missing (dist/). Run `npm install` (or `npm run build`) first.\n");
  process.exit(2);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
