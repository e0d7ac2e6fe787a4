// npm run bench — measures planwright against the tool chain users would otherwise use
// (pandoc → DOCX, then LibreOffice → PDF). Prints a table and writes out/bench/results.json.
// Not part of `npm test`: timings depend on the machine and its load.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const CLI = join(ROOT, "bin/planwright.js");
const PRELOAD = join(ROOT, "test/bench/report-usage.js");
const EXAMPLE = join(ROOT, "data/examples/university.yaml");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), "planwright-bench-"));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

/** Runs planwright in a fresh process; returns wall, CPU and peak RSS. */
function planwright(args) {
  const usage = join(work, `usage-${Math.random().toString(36).slice(2)}.json`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", PRELOAD, CLI, ...args], { env: { ...process.env, PLANWRIGHT_USAGE: usage }, encoding: "utf8" });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`planwright failed: ${r.stderr}`);
  const u = JSON.parse(readFileSync(usage, "utf8"));
  return { wallMs, cpuMs: u.cpuMs, maxRssMiB: u.maxRssMiB, status: r.status };
}

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

function timeCmd(cmd, args, cwd) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return performance.now() - t0;
}

/** Generated organisations: the examples under new ids. */
function makeBatch(n) {
  const dir = join(work, `batch-${n}`);
  mkdirSync(dir, { recursive: true });
  const examples = readdirSync(join(ROOT, "data/examples")).filter((f) => f.endsWith(".yaml")).sort();
  for (let i = 0; i < n; i++) {
    const src = readFileSync(join(ROOT, "data/examples", examples[i % examples.length]), "utf8");
    writeFileSync(join(dir, `org-${String(i).padStart(3, "0")}.yaml`), src.replace(/^id: .*$/m, `id: org-${i}`));
  }
  return dir;
}

const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, runs: RUNS };
const rows = [];

// 1. One organisation's full output set in a fresh process.
const single = [];
for (let i = 0; i < RUNS; i++) single.push(planwright(["build", EXAMPLE, "--out", join(work, "single"), "--force", "-q"]));
results.single = { wallMs: round(median(single.map((s) => s.wallMs))), cpuMs: round(median(single.map((s) => s.cpuMs))), maxRssMiB: round(Math.max(...single.map((s) => s.maxRssMiB)), 1), documents: 8 };
rows.push(["full output set, 1 organisation (8 files, fresh process)", `${results.single.wallMs} ms wall, ${results.single.cpuMs} ms CPU, ${results.single.maxRssMiB} MiB`]);

// Where the time goes (one run with stage timings).
const timing = spawnSync(process.execPath, [CLI, "build", EXAMPLE, "--out", join(work, "single"), "--force", "-q"], { env: { ...process.env, PLANWRIGHT_TIMING: "1" }, encoding: "utf8" });
results.stages = JSON.parse((/timing \(ms\): (\{.*\})/.exec(timing.stderr) ?? [, "{}"])[1]);
rows.push(["  stages (ms)", JSON.stringify(results.stages)]);

// 4. Output sizes.
results.sizes = { planPdfKB: round(statSync(join(work, "single/shiep/plan.pdf")).size / 1024, 1), planDocxKB: round(statSync(join(work, "single/shiep/plan.docx")).size / 1024, 1) };
rows.push(["plan sizes", `PDF ${results.sizes.planPdfKB} KB, DOCX ${results.sizes.planDocxKB} KB`]);

// 2. Batch of 50 (and 10, to see whether memory grows with the batch).
const batch50 = makeBatch(50);
const batch10 = makeBatch(10);
// The default (what `planwright build` does on this machine) is what the targets judge;
// one thread and two workers are shown beside it.
const bd = planwright(["build", batch50, "--out", join(work, "out-default"), "-q"]);
const b1 = planwright(["build", batch50, "--out", join(work, "out-j1"), "--jobs", "1", "-q"]);
const b2 = planwright(["build", batch50, "--out", join(work, "out-j2"), "--jobs", "2", "-q"]);
// Peak RSS against batch size (default configuration): it rises while V8 sizes its heap over the
// first tens of organisations (in-thread batches collect past 160 MB of heap), then must stay flat.
const sizes = [10, 25, 100, 200];
const peaks = Object.fromEntries(sizes.map((n) => [n, planwright(["build", n === 10 ? batch10 : makeBatch(n), "--out", join(work, `out-${n}`), "-q"]).maxRssMiB]));
const b10 = { maxRssMiB: peaks[10] };
const docs = 50 * 8;
const batchRow = (b) => ({ wallMs: round(b.wallMs), perDocumentMs: round(b.wallMs / docs, 1), cpuMs: round(b.cpuMs), maxRssMiB: round(b.maxRssMiB, 1) });
results.batch = {
  organisations: 50,
  documents: docs,
  defaultJobs: Math.max(1, Math.min(8, cpus().length - 1)),
  default: batchRow(bd),
  oneThread: batchRow(b1),
  workers: batchRow(b2),
  tenOrganisationsMaxRssMiB: round(b10.maxRssMiB, 1),
  peakRssMiBByOrganisations: { 10: round(peaks[10], 1), 25: round(peaks[25], 1), 50: round(bd.maxRssMiB, 1), 100: round(peaks[100], 1), 200: round(peaks[200], 1) },
};
for (const [name, r] of [[`default (${results.batch.defaultJobs === 1 ? "1 thread" : `${results.batch.defaultJobs} workers`})`, results.batch.default], ["1 thread", results.batch.oneThread], ["2 workers", results.batch.workers]]) {
  rows.push([`batch of 50 (400 files), ${name}`, `${r.wallMs} ms, ${r.perDocumentMs} ms/file, ${r.cpuMs} ms CPU, ${r.maxRssMiB} MiB`]);
}
rows.push(["  peak RSS by batch size (default)", Object.entries(results.batch.peakRssMiBByOrganisations).map(([n, m]) => `${n}: ${m} MiB`).join(", ")]);

// 3. Rebuild after one rule change in one organisation.
// Three rebuilds, each after another change to the same rule; the median is reported.
const victim = join(batch50, "org-003.yaml");
const rebuilds = [];
for (const deadline of ["45min", "40min", "35min"]) {
  writeFileSync(victim, readFileSync(victim, "utf8").replace(/deadline: (1h|\d+min)/, `deadline: ${deadline}`));
  rebuilds.push(planwright(["build", batch50, "--out", join(work, "out-default"), "-q"]).wallMs);
}
const rebuild = { wallMs: median(rebuilds) };
results.rebuild = { wallMs: round(rebuild.wallMs), runsMs: rebuilds.map((r) => round(r)), shareOfBatch: round(rebuild.wallMs / bd.wallMs, 3) };
rows.push(["rebuild after one rule change", `${results.rebuild.wallMs} ms (${round(results.rebuild.shareOfBatch * 100, 1)} % of the batch)`]);

// 3b. Run again with nothing changed (the quick check: no data file is read).
const noops = [];
for (let i = 0; i < RUNS; i++) noops.push(planwright(["build", batch50, "--out", join(work, "out-default"), "-q"]).wallMs);
results.noop = { wallMs: round(median(noops)) };
rows.push(["run again with nothing changed (batch of 50)", `${results.noop.wallMs} ms`]);

// 3c. validate grows linearly with the number of problems (unknown keys in one map).
const manyKeys = (n) => {
  const f = join(work, `keys-${n}.yaml`);
  const extra = Array.from({ length: n }, (_, i) => `  zz${i}: 1\n`).join("");
  writeFileSync(f, readFileSync(EXAMPLE, "utf8").replace("organisation:\n", `organisation:\n${extra}`));
  return f;
};
const validateMs = (n) => median(Array.from({ length: 3 }, () => planwright(["validate", manyKeys(n)]).wallMs));
const v5k = validateMs(5000);
const v50k = validateMs(50000);
results.validate = { problems5000Ms: round(v5k), problems50000Ms: round(v50k), ratio: round(v50k / v5k, 1) };
rows.push(["validate, 5,000 vs 50,000 problems", `${results.validate.problems5000Ms} ms vs ${results.validate.problems50000Ms} ms (× ${results.validate.ratio})`]);

// 5. pandoc + LibreOffice, paired with planwright, when both are installed.
if (has("pandoc") && has("soffice")) {
  const md = join(work, "base");
  mkdirSync(md, { recursive: true });
  const markdown = execFileSync(process.execPath, [join(ROOT, "test/bench/plan-markdown.js"), EXAMPLE], { encoding: "utf8" });
  writeFileSync(join(md, "plan.md"), markdown);
  const profile = `-env:UserInstallation=file://${join(work, "lo-profile")}`;
  timeCmd("soffice", [profile, "--headless", "--terminate_after_init"], md); // warm the profile
  const pairs = [];
  // Each pair runs both sides with a pause before each (LibreOffice finishes tearing down after it
  // exits), in alternating order, so neither side is measured in the other's wake.
  const settle = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  const baseline = () => {
    settle();
    return timeCmd("pandoc", ["plan.md", "-o", "plan.docx"], md) + timeCmd("soffice", [profile, "--headless", "--convert-to", "pdf", "plan.docx"], md);
  };
  const ours = () => {
    settle();
    return planwright(["build", EXAMPLE, "--out", join(work, "pair"), "--force", "-q"]).wallMs;
  };
  for (let i = 0; i < RUNS; i++) {
    let b;
    let o;
    if (i % 2 === 0) {
      b = baseline();
      o = ours();
    } else {
      o = ours();
      b = baseline();
    }
    pairs.push({ base: b, ours: o, ratio: o / b });
  }
  // LibreOffice batch conversion: cost per further document.
  for (let i = 0; i < 10; i++) cpSync(join(md, "plan.docx"), join(md, `copy-${i}.docx`));
  const ten = timeCmd("soffice", [profile, "--headless", "--convert-to", "pdf", ...Array.from({ length: 10 }, (_, i) => `copy-${i}.docx`)], md);
  const one = median(pairs.map((p) => p.base));
  results.baseline = {
    planwrightPairedMs: round(median(pairs.map((p) => p.ours))),
    pandocPlusLibreOfficeMs: round(one),
    ratioFullSetToBaselinePlan: round(median(pairs.map((p) => p.ratio)), 3),
    libreOfficePerFurtherDocumentMs: round((ten - timeCmd("soffice", [profile, "--headless", "--convert-to", "pdf", "copy-0.docx"], md)) / 9),
  };
  rows.push(["pandoc + LibreOffice, plan only", `${results.baseline.pandocPlusLibreOfficeMs} ms (planwright full set ${results.baseline.planwrightPairedMs} ms); ratio ${results.baseline.ratioFullSetToBaselinePlan} (median of ${RUNS} pairs)`]);
  rows.push(["LibreOffice batch, per further document", `${results.baseline.libreOfficePerFurtherDocumentMs} ms`]);
} else {
  rows.push(["pandoc + LibreOffice", "not on PATH: comparison skipped"]);
}

// 6. planwright serve: the live page (test/bench/serve.js).
const { benchServe } = await import("./serve.js");
results.serve = await benchServe({ root: ROOT, work, runs: RUNS });
rows.push(["serve: plan PDF after a one-line edit, in the server", `${results.serve.rebuildPlanPdfMs} ms (median of ${results.serve.rebuildRunsMs.length})`]);
rows.push([
  "serve: preview on screen after the keystroke that made it valid",
  results.serve.browser.skipped ?? `${results.serve.browser.previewAfterKeystrokeMs} ms (median of ${results.serve.browser.runsMs.length}, Chromium)`,
]);

// Targets.
const t = [];
if (results.baseline) t.push(["full set ≤ 0.33 × pandoc+LibreOffice plan", results.baseline.ratioFullSetToBaselinePlan <= 0.33, `${results.baseline.ratioFullSetToBaselinePlan}`]);
if (results.baseline) t.push(["batch per document ≥ 10× cheaper than LibreOffice batch", results.batch.default.perDocumentMs * 10 <= results.baseline.libreOfficePerFurtherDocumentMs, `${results.batch.default.perDocumentMs} vs ${results.baseline.libreOfficePerFurtherDocumentMs} ms`]);
t.push(["batch peak RSS ≤ 300 MiB", results.batch.default.maxRssMiB <= 300, `${results.batch.default.maxRssMiB} MiB`]);
const plateau = Math.max(bd.maxRssMiB, peaks[100]);
t.push(["peak RSS flat with the batch (200 within 15 % of 50/100)", peaks[200] <= plateau * 1.15 && peaks[200] <= 300, `${round(plateau, 1)} → ${round(peaks[200], 1)} MiB`]);
t.push(["rebuild after one rule change ≤ 10 % of the batch", results.rebuild.shareOfBatch <= 0.1, `${round(results.rebuild.shareOfBatch * 100, 1)} %`]);
t.push(["validate linear: 10× the problems ≤ 15× the time", results.validate.ratio <= 15, `× ${results.validate.ratio}`]);
t.push(["plan PDF ≤ 400 KB", results.sizes.planPdfKB <= 400, `${results.sizes.planPdfKB} KB`]);
t.push(["plan DOCX ≤ 50 KB", results.sizes.planDocxKB <= 50, `${results.sizes.planDocxKB} KB`]);
t.push(["serve: plan PDF rebuilt ≤ 150 ms after a one-line edit", results.serve.rebuildPlanPdfMs <= 150, `${results.serve.rebuildPlanPdfMs} ms`]);
if (!results.serve.browser.skipped) t.push(["serve: preview updated ≤ 400 ms after the keystroke", results.serve.browser.previewAfterKeystrokeMs <= 400, `${results.serve.browser.previewAfterKeystrokeMs} ms`]);
results.targets = t.map(([name, pass, value]) => ({ name, pass, value }));

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`planwright benchmark — node ${process.version}, ${results.cpus} CPUs, median of ${RUNS} runs\n`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
console.log("\ntargets");
for (const x of results.targets) console.log(`  ${x.pass ? "PASS" : "FAIL"}  ${x.name.padEnd(58)} ${x.value}`);
mkdirSync(join(ROOT, "out/bench"), { recursive: true });
writeFileSync(join(ROOT, "out/bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
console.log("\nwritten out/bench/results.json");
