// node scripts/run-ts.js <file.ts> [args…] — runs a TypeScript script of this repository
// (the prose report, the generated-organisation fuzz) without a compile step: esbuild bundles
// it with the sources it imports (dependencies stay external) into node_modules/.cache, and
// node runs that. Not used by planwright itself.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.js <file.ts> [args…]");
  process.exit(2);
}
const dir = join(root, "node_modules", ".cache", "planwright-run");
mkdirSync(dir, { recursive: true });
const outfile = join(dir, `${basename(entry, ".ts")}.mjs`);
await build({ entryPoints: [resolve(entry)], outfile, bundle: true, platform: "node", format: "esm", packages: "external", target: "node20", sourcemap: "inline", logLevel: "warning" });
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
