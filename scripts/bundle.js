// Bundles the compiled CLI (dist/cli/main.js) and its dependencies into one
// file, dist/planwright.mjs, which bin/planwright.js loads when present.
// Loading one file instead of ~600 modules halves a fresh process's start-up.
// Worker threads and the tests still use the separate modules in dist/.
import { build } from "esbuild";

await build({
  entryPoints: ["dist/cli/main.js"],
  outfile: "dist/planwright.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // CommonJS dependencies bundled into an ES module still call require() for Node's own modules.
  banner: { js: "import { createRequire as __planwrightRequire } from 'node:module'; const require = __planwrightRequire(import.meta.url);" },
  logLevel: "warning",
});
