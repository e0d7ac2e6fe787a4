// A face read sparsely keeps its file open (outlines are read from it as subsets need them); when
// its file changes, forgetChangedFonts drops it, and the file is closed once nothing uses the face.
// Run in a child process with --expose-gc, on the compiled modules (dist/), so collection can be forced.
import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_FACES } from "../src/fonts/font-files.js";
import { tempDir } from "./helpers/temp.js";

const SCRIPT = `
import { readdirSync, utimesSync } from "node:fs";
const { loadFont, forgetChangedFonts } = await import(process.argv[1]);
const file = process.argv[2];
const open = () => readdirSync("/proc/self/fd").length;
const start = open();
for (let i = 1; i <= 20; i++) {
  loadFont(file);
  utimesSync(file, new Date(), new Date(Date.now() + i * 1000));
  forgetChangedFonts();
}
const reloaded = open();
for (let i = 0; i < 3; i++) { globalThis.gc(); await new Promise((r) => setTimeout(r, 20)); }
process.stdout.write(JSON.stringify({ start, reloaded, collected: open() }));
`;

describe.skipIf(process.platform !== "linux")("font files of sparsely read faces", () => {
  it("are closed once a face dropped after its file changed is no longer used", () => {
    const file = join(tempDir("planwright-fontfd-"), "face.ttf");
    copyFileSync(BUILTIN_FACES.serif(), file);
    const cache = new URL("../dist/fonts/font-cache.js", import.meta.url).href;
    const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", SCRIPT, cache, file], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const { start, reloaded, collected } = JSON.parse(r.stdout) as { start: number; reloaded: number; collected: number };
    expect(reloaded).toBeGreaterThanOrEqual(start + 19); // each reload opened the file again…
    expect(collected).toBeLessThanOrEqual(start + 1); // …and the dropped faces' files are closed
  });
});
