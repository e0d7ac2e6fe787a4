// Measuring fresh processes for npm run bench: one run (wall, CPU, peak RSS) and paired runs of two
// commands in alternating order (A B, B A, …), so that neither side is always measured in the
// other's wake or in the same phase of the machine's other load.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PRELOAD = fileURLToPath(new URL("report-usage.js", import.meta.url));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

let serial = 0;

/**
 * Runs a Node script in a fresh process (planwright's bin/planwright.js, or any other script);
 * returns wall time, CPU time and peak RSS. Exit status 1 (warnings or problems in the data) counts
 * as a run; anything else throws.
 */
export function runNode(script, args, work, env = {}) {
  const usage = join(work, `usage-${process.pid}-${serial++}.json`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", PRELOAD, script, ...args], { env: { ...process.env, ...env, PLANWRIGHT_USAGE: usage }, encoding: "utf8" });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${script} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  const u = JSON.parse(readFileSync(usage, "utf8"));
  rmSync(usage, { force: true });
  return { wallMs, cpuMs: u.cpuMs, maxRssMiB: u.maxRssMiB, status: r.status };
}

/**
 * Runs `a` and `b` `runs` times each, alternating which goes first. Returns the medians of both
 * and the median of the per-pair ratios a/b (the figure to judge: it cancels slow phases of the
 * machine that hit both sides of a pair).
 */
export function paired(a, b, runs, settle = () => {}) {
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    let x;
    let y;
    settle();
    if (i % 2 === 0) {
      x = a();
      settle();
      y = b();
    } else {
      y = b();
      settle();
      x = a();
    }
    pairs.push({ a: x, b: y });
  }
  const wall = (k) => pairs.map((p) => p[k].wallMs);
  const cpu = (k) => pairs.map((p) => p[k].cpuMs);
  return {
    aMs: round(median(wall("a"))),
    bMs: round(median(wall("b"))),
    aCpuMs: round(median(cpu("a"))),
    bCpuMs: round(median(cpu("b"))),
    ratio: round(median(pairs.map((p) => p.a.wallMs / p.b.wallMs)), 3),
    cpuRatio: round(median(pairs.map((p) => p.a.cpuMs / p.b.cpuMs)), 3),
    runs,
  };
}
