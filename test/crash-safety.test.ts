import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, command } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

/**
 * An office's documents never end up mixed: each organisation's set changes as
 * a whole, whatever happens to the build (kill -9 at any moment, a second
 * build into the same folder, a full disk), and whatever a killed build left
 * is finished or removed by the next one.
 */
const tmp = () => tempDir("planwright-crash-");
const BIN = new URL("../bin/planwright.js", import.meta.url).pathname;
/** Two organisations: enough for one set to be committed while the other is not (each build of them is spawned many times). */
const ORGS = ["university", "town"];
/** The sets are written as DOCX: a commit does not depend on the format, and a DOCX build takes a third of the time, so the kills land at as many moments for less. */
const DOCX = ["--format", "docx"];

/** Every file under `dir` (relative path → bytes). */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function documents(snap: Map<string, Buffer>): Map<string, Buffer> {
  return new Map([...snap].filter(([k]) => !k.startsWith(".")));
}

/** Versions of the examples: v2 differs from v1 in every document (the version is printed on each). */
function writeVersion(dir: string, version: string): void {
  for (const name of ORGS) {
    const src = readFileSync(`data/examples/${name}.yaml`, "utf8").replace(/^ {2}version: .*$/m, `  version: "${version}"`);
    writeFileSync(join(dir, `${name}.yaml`), src);
  }
}

/** Per organisation: are its documents all from `a`, all from `b`, or mixed? */
function classify(out: Map<string, Buffer>, a: Map<string, Buffer>, b: Map<string, Buffer>): Map<string, "old" | "new" | "mixed" | "missing"> {
  const result = new Map<string, "old" | "new" | "mixed" | "missing">();
  for (const org of new Set([...b.keys()].map((k) => k.split("/")[0] as string))) {
    const files = [...b.keys()].filter((k) => k.startsWith(`${org}/`));
    let old = 0;
    let fresh = 0;
    let missing = 0;
    for (const f of files) {
      const now = out.get(f);
      if (!now) missing++;
      else if (a.get(f)?.equals(now)) old++;
      else if (b.get(f)?.equals(now)) fresh++;
      else throw new Error(`${f} is neither the old nor the new document`);
    }
    result.set(org, missing === files.length ? "missing" : missing > 0 || (old > 0 && fresh > 0) ? "mixed" : fresh === files.length ? "new" : "old");
  }
  return result;
}

/** Organisation folders a left-behind journal will finish. */
function journalled(out: string): Set<string> {
  const staging = join(out, ".planwright-staging");
  if (!existsSync(staging)) return new Set();
  const orgs = new Set<string>();
  for (const j of readdirSync(staging).filter((f) => f.endsWith(".journal"))) {
    for (const [, to] of JSON.parse(readFileSync(join(staging, j), "utf8")).moves as Array<[string, string]>) orgs.add(to.split("/")[0] as string);
  }
  return orgs;
}

function leftovers(out: string): string[] {
  return [...snapshot(out).keys()].filter((k) => k.startsWith(".planwright-staging") || k === ".planwright-lock" || k.endsWith(".tmp"));
}

describe("each organisation's document set changes as a whole", () => {
  let data: string;
  let oldOut: string;
  let newOut: string;
  let oldDocs: Map<string, Buffer>;
  let newDocs: Map<string, Buffer>;
  let buildMs: number;

  beforeAll(async () => {
    const work = tmp();
    data = join(work, "data");
    mkdirSync(data);
    oldOut = join(work, "old");
    newOut = join(work, "new");
    writeVersion(data, "1.0");
    expect((await command(["build", data, "--out", oldOut, "-q", ...DOCX])).code).toBe(0);
    // The new set is built as the killed builds will run (a process of its own), which times the kills.
    writeVersion(data, "2.0");
    const t0 = Date.now();
    expect(cli(["build", data, "--out", newOut, "-q", "--force", ...DOCX]).code).toBe(0);
    buildMs = Date.now() - t0;
    oldDocs = documents(snapshot(oldOut));
    newDocs = documents(snapshot(newOut));
    expect(newDocs.size).toBe(ORGS.length * 4);
  });

  it("kill -9 at many moments: every set is entirely old or entirely new (or finished by its journal), and the next run cleans up", async () => {
    const seen = new Set<string>();
    for (const share of [0.15, 0.3, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]) {
      const out = join(tmp(), "out");
      cpSync(oldOut, out, { recursive: true });
      const child = spawn(process.execPath, [BIN, "build", data, "--out", out, "-q", ...DOCX], { stdio: "ignore" });
      const exited = new Promise((r) => child.on("exit", r));
      await new Promise((r) => setTimeout(r, Math.round(buildMs * share)));
      child.kill("SIGKILL");
      await exited;
      const states = classify(documents(snapshot(out)), oldDocs, newDocs);
      const pending = journalled(out);
      if (process.env.CRASH_DEBUG) console.log(share, JSON.stringify([...states]), [...pending]);
      for (const [org, state] of states) {
        seen.add(state);
        // Only a set whose commit was cut short may be mixed, and then its journal finishes it.
        if (state === "mixed" || state === "missing") expect(pending.has(org), `${org} at ${share}`).toBe(true);
      }
      // The next build finishes or removes what was left, and ends with every set new (run in this
      // process: what is tested is what it finds and leaves, not how it starts).
      const r = await command(["build", data, "--out", out, "-q", ...DOCX]);
      expect(r.code, r.stderr).toBe(0);
      const after = classify(documents(snapshot(out)), oldDocs, newDocs);
      expect([...after.values()].every((s) => s === "new"), JSON.stringify([...after])).toBe(true);
      expect(leftovers(out)).toEqual([]);
    }
    // CRASH_DEBUG=1 prints where each kill landed (which sets were still old, which already new).
    if (process.env.CRASH_DEBUG) console.log([...seen]);
  });

  it("an interrupted commit (a journal, half its moves done) is finished by the next run", async () => {
    const out = join(tmp(), "out");
    cpSync(oldOut, out, { recursive: true });
    // What a build killed between two renames leaves: the staged documents and the journal.
    const staging = join(out, ".planwright-staging");
    const tx = "4242-test-0";
    mkdirSync(join(staging, tx), { recursive: true });
    const files = [...newDocs.keys()].filter((k) => k.startsWith("shiep/"));
    files.forEach((f, i) => writeFileSync(join(staging, tx, String(i)), newDocs.get(f) as Buffer));
    writeFileSync(join(staging, `${tx}.journal`), JSON.stringify({ version: 1, moves: files.map((f, i) => [String(i), f]) }));
    for (let i = 0; i < files.length / 2; i++) renameSync(join(staging, tx, String(i)), join(out, files[i] as string));
    // A change staged but never committed (no journal) is dropped; so are temp files of earlier versions.
    mkdirSync(join(staging, "4243-test-0"));
    writeFileSync(join(staging, "4243-test-0", "0"), "half-written");
    writeFileSync(join(out, "shiep", "plan.pdf.999999.tmp"), "left by an old version");
    expect(classify(documents(snapshot(out)), oldDocs, newDocs).get("shiep")).toBe("mixed");

    const r = await command(["build", data, "--out", out, "-q", "--only", "plan", ...DOCX]);
    expect(r.code, r.stderr).toBe(0);
    const now = snapshot(out);
    for (const f of files) expect(now.get(f)?.equals(newDocs.get(f) as Buffer), f).toBe(true);
    expect(leftovers(out)).toEqual([]);
  });

  it("two builds into the same folder at once: one waits for the other, and no set is mixed", async () => {
    const work = tmp();
    const out = join(work, "out");
    // Two folders of data files with the same organisation ids, one per version.
    const a = join(work, "a");
    const b = join(work, "b");
    mkdirSync(a);
    mkdirSync(b);
    writeVersion(a, "1.0");
    writeVersion(b, "2.0");
    const run = (dir: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, "build", dir, "--out", out, "-q", ...DOCX], { stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        child.on("exit", (code) => resolve({ code, stderr }));
      });
    const [ra, rb] = await Promise.all([run(a), run(b)]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(`${ra.stderr}${rb.stderr}`).toMatch(/waiting: planwright \(process \d+\) is writing to/);
    const states = [...classify(documents(snapshot(out)), oldDocs, newDocs).values()];
    // The build that went second replaced every set as a whole: all old or all new, never mixed.
    expect(states.every((s) => s === states[0]) && (states[0] === "old" || states[0] === "new"), JSON.stringify(states)).toBe(true);
    expect(leftovers(out)).toEqual([]);
  });

  it("a lock left by a killed build is taken over; a live one is waited for", async () => {
    const out = join(tmp(), "out");
    cpSync(newOut, out, { recursive: true });
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(join(out, ".planwright-lock"), JSON.stringify({ pid: Number(dead.stdout), host: (await import("node:os")).hostname(), started: "2020-01-01T00:00:00.000Z" }));
    const r = cli(["build", data, "--out", out, ...DOCX]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/waiting/);
    expect(existsSync(join(out, ".planwright-lock"))).toBe(false);

    // This test process is alive: its lock is waited for until it is released.
    writeFileSync(join(out, ".planwright-lock"), JSON.stringify({ pid: process.pid, host: (await import("node:os")).hostname(), started: new Date().toISOString() }));
    const child = spawn(process.execPath, [BIN, "build", data, "--out", out, ...DOCX], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((res) => child.on("exit", res));
    for (let i = 0; i < 100 && !/waiting/.test(stderr); i++) await new Promise((res) => setTimeout(res, 100));
    expect(stderr).toMatch(new RegExp(`waiting: planwright \\(process ${process.pid}\\)`));
    rmSync(join(out, ".planwright-lock"));
    expect(await exited).toBe(0);
  });
});

/** A real full disk: a tiny tmpfs (needs root and mount; skipped elsewhere, with a notice). */
const canMount = (() => {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const probe = tempDir("planwright-mount-");
  const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status === 0;
  if (ok) spawnSync("umount", [probe]);
  return ok;
})();
if (!canMount) console.warn("crash-safety: the full-disk test needs root and mount (tmpfs); skipped here");

describe.skipIf(!canMount)("a full disk (tmpfs, root only)", () => {
  it("names the file it could not write, leaves the earlier documents intact and no temp files", async () => {
    const work = tmp();
    const out = join(work, "out");
    mkdirSync(out);
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=160k", "tmpfs", out]).status).toBe(0);
    try {
      const first = await command(["build", "data/examples/crisis-comms.yaml", "--out", out, "--only", "plan", "--format", "docx"]);
      expect(first.code, first.stderr).toBe(0);
      const before = snapshot(out);
      const r = await command(["build", "data/examples/crisis-comms.yaml", "--out", out, "--force"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/cannot write \S+\.(pdf|docx): the disk is full \(ENOSPC\)/);
      expect(r.stderr).not.toMatch(/\n\s+at .*\.(c?js):\d+/);
      const after = snapshot(out);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [k, v] of before) expect(after.get(k)?.equals(v), k).toBe(true);
    } finally {
      spawnSync("umount", [out]);
    }
  });
});
