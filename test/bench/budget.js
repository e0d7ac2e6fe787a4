// The regression budget of npm run bench. Each budget figure is measured in paired runs (alternating)
// against the previous release's code on the same machine: the newest release recorded for this
// machine in test/bench/records.json, checked out from git into out/bench/base-<commit> and built
// there once. A figure more than 5 % slower than the release's (median of the pairs' ratios) fails
// the bench. `BENCH_RECORD=1 npm run bench` records this commit's figures as this machine's newest
// release; `BENCH_BASE=<ref>` compares with any commit instead.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, totalmem } from "node:os";
import { join } from "node:path";
import { paired, round } from "./measure.js";

export const LIMIT = 1.05;

/** What the figures depend on: the processor, how many cores, memory, system and Node's major version. */
export function machine() {
  const name = `${cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()}-${arch()}, Node ${process.versions.node.split(".")[0]}`;
  return { fingerprint: createHash("sha256").update(name).digest("hex").slice(0, 16), name };
}

const recordsFile = (root) => join(root, "test/bench/records.json");

export function readRecords(root) {
  try {
    return JSON.parse(readFileSync(recordsFile(root), "utf8"));
  } catch {
    return {};
  }
}

const git = (root, args) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();

function headCommit(root) {
  try {
    return git(root, ["rev-parse", "HEAD"]);
  } catch {
    return undefined;
  }
}

/** The release to compare with: BENCH_BASE, else this machine's newest record of another commit. */
export function baseline(root) {
  const m = machine();
  const records = readRecords(root)[m.fingerprint]?.records ?? [];
  if (process.env.BENCH_BASE) {
    const commit = git(root, ["rev-parse", process.env.BENCH_BASE]);
    return { commit, label: `${process.env.BENCH_BASE} (${commit.slice(0, 10)})`, recorded: records.find((r) => r.commit === commit) };
  }
  const head = headCommit(root);
  const recorded = [...records].reverse().find((r) => r.commit !== head);
  return recorded ? { commit: recorded.commit, label: `release recorded ${recorded.date.slice(0, 10)} (${recorded.commit.slice(0, 10)})`, recorded } : undefined;
}

/** Whether every package the base's lock file pins is pinned the same now (then it can use our node_modules). */
function sameDependencies(root, commit) {
  const base = JSON.parse(git(root, ["show", `${commit}:package-lock.json`])).packages ?? {};
  const now = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")).packages ?? {};
  return Object.entries(base).every(([k, v]) => k === "" || (now[k] && now[k].version === v.version && now[k].resolved === v.resolved));
}

/** The base commit's CLI, built once into out/bench/base-<commit> (git archive, then that commit's own `npm run build`). */
export function baselineCli(root, commit) {
  const dir = join(root, "out/bench", `base-${commit.slice(0, 12)}`);
  const cli = join(dir, "bin/planwright.js");
  if (existsSync(join(dir, ".built"))) return cli;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} | tar -x -C "${dir}"`], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (sameDependencies(root, commit)) symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  else execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  // The commit's own build script: how dist/ is made changed over time (tsc, then esbuild).
  const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: dir, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`building ${commit.slice(0, 10)} failed: ${build.stdout}${build.stderr}`);
  writeFileSync(join(dir, ".built"), `${commit}\n`);
  return cli;
}

/**
 * Paired runs of every budget figure, ours against the base. `figures` are
 * { key, label, run(cli, side) } where `side` ("ours" | "base") keeps each side's outputs apart.
 */
export function checkBudget({ base, baseCli, ourCli, figures, runs }) {
  const settle = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  return figures.map((f) => {
    f.run(baseCli, "base"); // outputs in place for both sides (the no-change run needs them), caches warm
    f.run(ourCli, "ours");
    const p = paired(() => f.run(ourCli, "ours"), () => f.run(baseCli, "base"), runs, settle);
    const recordedMs = base.recorded?.figures?.[f.key];
    return { key: f.key, label: f.label, oursMs: p.aMs, baseMs: p.bMs, ratio: p.ratio, cpuRatio: p.cpuRatio, recordedMs, pass: p.ratio <= LIMIT };
  });
}

/** Adds this commit's figures as this machine's newest release record (BENCH_RECORD=1). */
export function record(root, figures) {
  const m = machine();
  const all = readRecords(root);
  const mine = all[m.fingerprint] ?? { machine: m.name, records: [] };
  const commit = headCommit(root) ?? "unknown";
  let dirty = false;
  try {
    dirty = git(root, ["status", "--porcelain", "--untracked-files=no"]).length > 0;
  } catch {
    // not a git checkout
  }
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  mine.records = [...mine.records.filter((r) => r.commit !== commit), { commit, version, date: new Date().toISOString(), dirty, figures }].slice(-10);
  all[m.fingerprint] = mine;
  writeFileSync(recordsFile(root), `${JSON.stringify(all, null, 2)}\n`);
  return { machine: m, commit, dirty };
}

export const formatBudget = (rows) =>
  rows.map(
    (r) =>
      `  ${r.pass ? "PASS" : "FAIL"}  ${r.label.padEnd(44)} ${String(r.oursMs).padStart(6)} ms vs ${String(r.baseMs).padStart(6)} ms  × ${r.ratio.toFixed(3)} (CPU × ${r.cpuRatio.toFixed(3)})${r.recordedMs ? `, recorded ${round(r.recordedMs)} ms` : ""}`,
  );
