// Bundles the compiled CLI (dist/cli/main.js) and its dependencies into one
// CommonJS module function, dist/planwright.cjs, which bin/planwright.js loads with a V8
// code cache. Loading one file instead of ~600 modules, and reusing its
// compiled code, more than halves a fresh process's start-up. Worker threads
// and the tests still use the separate modules in dist/.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const outfile = "dist/planwright.cjs";
await build({
  entryPoints: ["dist/cli/main.js"],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The modules find their package folder from import.meta.url; in the bundle that is the bundle's own URL.
  define: { "import.meta.url": "__planwrightUrl" },
  banner: { js: "const __planwrightUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Modules whose work planwright never asks for, but which set up tables when loaded; see the stubs.
  // tiny-inflate is replaced by the same call through Node's zlib (scripts/stubs/native-inflate.cjs).
  alias: {
    "@noble/ciphers/aes": "./scripts/stubs/no-pdf-encryption.js",
    "unicode-properties": "./scripts/stubs/no-text-shaping.js",
    "tiny-inflate": "./scripts/stubs/native-inflate.cjs",
    "brotli/decompress.js": "./scripts/stubs/no-woff2.js",
  },
  charset: "ascii",
  logLevel: "warning",
});
// esbuild escapes non-ASCII characters in strings, templates and names; escape the rest (regular
// expression literals and comments, where \uXXXX means the same) so the bundle is pure ASCII and
// bin/ can read it as latin1 — a copy instead of a UTF-8 decode at every start.
// The file is the body of a CommonJS module function, written wrapped: bin/ compiles it as read.
const text = `(function (exports, require, module, __filename, __dirname) {${readFileSync(outfile, "utf8").replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n})`;
writeFileSync(outfile, text);
// The code cache is keyed by the bundle's content (V8 itself only checks the source length).
const sha256 = createHash("sha256").update(text).digest("hex");
writeFileSync("dist/bundle.json", `${JSON.stringify({ file: "planwright.cjs", sha256 }, null, 2)}\n`);
rmSync("dist/planwright.mjs", { force: true });

// Train the code cache: build two examples (both locales, every document kind) through the bundle,
// which then writes dist/planwright-<node>-<arch>.codecache with every function such a build compiles.
for (const f of readdirSync("dist")) if (f.endsWith(".codecache")) rmSync(join("dist", f));
const examples = ["data/examples/university.yaml", "data/examples/crisis-comms.yaml"].filter((f) => existsSync(f));
if (examples.length > 0) {
  const out = mkdtempSync(join(tmpdir(), "planwright-train-"));
  // A disk cache of its own, removed after, filled by a first build: the second trains what a user's runs
  // compile once their cache is warm, whatever an earlier build left in theirs, and nothing is left behind.
  const run = (env) =>
    spawnSync(process.execPath, ["bin/planwright.js", "build", ...examples, "--out", join(out, "out"), "--force", "-q"], {
      env: { ...process.env, PLANWRIGHT_CACHE: join(out, "cache"), ...env },
      encoding: "utf8",
    });
  run({});
  const r = run({ PLANWRIGHT_CODE_CACHE: "train" });
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) process.stderr.write(`bundle: training the code cache failed (the first run will compile instead):\n${r.stderr}\n`);
}
