import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

/**
 * The cache of compiled templates, DOCX scaffolds and converted fonts is
 * private to the user and checked before use: a planted or damaged entry is
 * never run or used — the documents come out byte for byte as from a clean cache.
 */
const tmp = () => tempDir("planwright-cache-test-");
const ARGS = ["data/examples/university.yaml", "--only", "plan", "--force", "-q"];

function build(cache: string, out: string, env: Record<string, string> = {}) {
  return cli(["build", ...ARGS, "--out", out], { env: { PLANWRIGHT_CACHE: cache, ...env } });
}

function files(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

describe("the disk cache", () => {
  let reference: Map<string, Buffer>;

  beforeAll(() => {
    const out = join(tmp(), "out");
    expect(build(join(tmp(), "fresh"), out).code).toBe(0);
    reference = files(join(out, "shiep"));
  });

  it("is created private (0700), and every entry has a checksum beside it", () => {
    const cache = join(tmp(), "cache");
    expect(build(cache, join(tmp(), "out")).code).toBe(0);
    if (process.platform !== "win32") expect(statSync(cache).mode & 0o777).toBe(0o700);
    const entries = readdirSync(cache);
    expect(entries.some((e) => e.startsWith("hbs-"))).toBe(true);
    for (const e of entries.filter((x) => !x.endsWith(".sum"))) expect(entries, e).toContain(`${e}.sum`);
  });

  it("a compiled template planted in it is never run; damaged entries are rebuilt and the documents are unchanged", () => {
    const cache = join(tmp(), "cache");
    expect(build(cache, join(tmp(), "warm")).code).toBe(0);
    // Valid template code that would say so on stderr and print "PLANTED" as the whole plan.
    const planted = `(process.stderr.write("PLANTED CODE RAN\\n"), { main: function () { return "# PLANTED\\n"; }, compiler: [8, ">= 4.3.0"], useData: true })`;
    for (const e of readdirSync(cache)) {
      if (e.endsWith(".sum")) continue;
      const p = join(cache, e);
      if (e.startsWith("hbs-")) writeFileSync(p, planted);
      else if (e.startsWith("docx-")) writeFileSync(p, readFileSync(p).subarray(0, 100));
      else if (e.startsWith("font-")) {
        const bytes = readFileSync(p);
        const mid = bytes.length >> 1;
        bytes[mid] = (bytes[mid] as number) ^ 0xff;
        writeFileSync(p, bytes);
      }
    }
    const out = join(tmp(), "out");
    const r = build(cache, out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("PLANTED CODE RAN");
    const now = files(join(out, "shiep"));
    for (const [f, bytes] of reference) expect(now.get(f)?.equals(bytes), f).toBe(true);
    // Rebuilt: no entry holds the planted code any more.
    for (const e of readdirSync(cache).filter((x) => x.startsWith("hbs-") && !x.endsWith(".sum"))) expect(readFileSync(join(cache, e), "utf8")).not.toContain("PLANTED");
  });

  it.skipIf(process.platform === "win32")("a folder others could write to is closed (0700) and emptied before use", () => {
    const cache = join(tmp(), "open");
    mkdirSync(cache);
    chmodSync(cache, 0o777);
    writeFileSync(join(cache, "planted.js"), "anything");
    expect(build(cache, join(tmp(), "out")).code).toBe(0);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(existsSync(join(cache, "planted.js"))).toBe(false);
  });

  it.skipIf(process.platform === "win32")("the default folder is not used when it is a link; a private one of the user's own is used instead", () => {
    const tmpRoot = tmp();
    const elsewhere = join(tmpRoot, "elsewhere");
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, join(tmpRoot, "planwright-cache"));
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "PLANWRIGHT_CACHE")) as Record<string, string>;
    const r = spawnSync(process.execPath, ["bin/planwright.js", "build", ...ARGS, "--out", join(tmpRoot, "out")], { env: { ...env, TMPDIR: tmpRoot }, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
    const own = join(tmpRoot, `planwright-cache-${process.getuid?.() ?? "user"}`);
    expect(readdirSync(own).some((e) => e.startsWith("hbs-"))).toBe(true);
  });

  const root = process.platform !== "win32" && process.getuid?.() === 0;
  if (!root) console.warn("cache-safety: the test of a cache folder owned by another user needs root (chown); skipped here");
  it.skipIf(!root)("a folder that belongs to another user is refused with a warning, and nothing is written to it (root only)", () => {
    const cache = join(tmp(), "theirs");
    mkdirSync(cache, { mode: 0o700 });
    chownSync(cache, 65534, 65534);
    const out = join(tmp(), "out");
    const r = build(cache, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not using the cache folder \S+theirs belongs to another user \(uid 65534\)/);
    expect(readdirSync(cache)).toEqual([]);
    const now = files(join(out, "shiep"));
    for (const [f, bytes] of reference) expect(now.get(f)?.equals(bytes), f).toBe(true);
  });
});
