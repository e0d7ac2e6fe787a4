// Bundles the page of `planwright serve` (page/) into dist/page/: the script (CodeMirror 6,
// pdf.js and the page's own code, in one file), its style sheet, its HTML and pdf.js's worker.
// Run by `npm run build` and `prepare` (so at install time); at run time the server reads only
// these files: no network, no CDN.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const out = "dist/page";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ["page/src/main.ts"],
  outfile: `${out}/page.js`,
  bundle: true,
  format: "iife",
  platform: "browser",
  // Offices keep browsers a long time: the Chromium of 2021 (and so the 360 and QQ browsers built on it) and later.
  target: ["chrome92", "edge92", "firefox90", "safari15"],
  minify: true,
  legalComments: "linked",
  charset: "utf8",
  logLevel: "warning",
});
copyFileSync(require.resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs"), `${out}/pdf.worker.mjs`);
copyFileSync("page/index.html", `${out}/index.html`);
copyFileSync("page/page.css", `${out}/page.css`);
