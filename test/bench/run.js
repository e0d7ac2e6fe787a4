// npm run bench — measures planwright against the tool chains users would otherwise use
// (pandoc → DOCX, then LibreOffice → PDF; Typst), and against the previous release on this machine
// (the regression budget, test/bench/budget.js). Prints a table and writes out/bench/results.json;
// exits 1 when a budget figure is past its limit. Not part of `npm test`: timings depend on the
// machine and its load. BENCH_RUNS sets the runs per figure (5); BENCH_ONLY=typst,budget runs only
// those parts (single, batch, rebuild, validate, pandoc, serve, typst, budget).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LIMIT, baseline, baselineCli, checkBudget, formatBudget, machine, record } from "./budget.js";
import { median, paired, round, runNode } from "./measure.js";
import { benchTypst } from "./typst.js";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const CLI = join(ROOT, "bin/planwright.js");
const EXAMPLE = join(ROOT, "data/examples/university.yaml");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : undefined;
const part = (name) => !ONLY || ONLY.has(name);
const work = mkdtempSync(join(tmpdir(), "planwright-bench-"));
// The work folder goes however the bench ends (a part that throws, Ctrl-C).
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
process.on("SIGINT", () => process.exit(130));

/** Runs planwright in a fresh process; returns wall, CPU and peak RSS. */
const planwright = (args, cli = CLI) => runNode(cli, args, work);

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

const m = machine();
const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, machine: m.name, fingerprint: m.fingerprint, runs: RUNS };
const rows = [];
const t = [];

// 1. One organisation's full output set in a fresh process, and the plan PDF alone.
if (part("single")) {
  const single = [];
  for (let i = 0; i < RUNS; i++) single.push(planwright(["build", EXAMPLE, "--out", join(work, "single"), "--force", "-q"]));
  results.single = { wallMs: round(median(single.map((s) => s.wallMs))), cpuMs: round(median(single.map((s) => s.cpuMs))), maxRssMiB: round(Math.max(...single.map((s) => s.maxRssMiB)), 1), documents: 8 };
  rows.push(["full output set, 1 organisation (8 files, fresh process)", `${results.single.wallMs} ms wall, ${results.single.cpuMs} ms CPU, ${results.single.maxRssMiB} MiB`]);
  const plan = Array.from({ length: RUNS }, () => planwright(["build", EXAMPLE, "--only", "plan", "-f", "pdf", "--out", join(work, "plan-only"), "--force", "-q"]));
  results.planPdf = { wallMs: round(median(plan.map((s) => s.wallMs))), cpuMs: round(median(plan.map((s) => s.cpuMs))), maxRssMiB: round(Math.max(...plan.map((s) => s.maxRssMiB)), 1) };
  rows.push(["plan PDF alone (fresh process)", `${results.planPdf.wallMs} ms wall, ${results.planPdf.cpuMs} ms CPU, ${results.planPdf.maxRssMiB} MiB`]);

  // Where the time goes (one run with stage timings).
  const timing = spawnSync(process.execPath, [CLI, "build", EXAMPLE, "--out", join(work, "single"), "--force", "-q"], { env: { ...process.env, PLANWRIGHT_TIMING: "1" }, encoding: "utf8" });
  results.stages = JSON.parse((/timing \(ms\): (\{.*\})/.exec(timing.stderr) ?? [, "{}"])[1]);
  rows.push(["  stages (ms)", JSON.stringify(results.stages)]);

  results.sizes = { planPdfKB: round(statSync(join(work, "single/shiep/plan.pdf")).size / 1024, 1), planDocxKB: round(statSync(join(work, "single/shiep/plan.docx")).size / 1024, 1) };
  rows.push(["plan sizes", `PDF ${results.sizes.planPdfKB} KB, DOCX ${results.sizes.planDocxKB} KB`]);
  t.push(["plan PDF ≤ 400 KB", results.sizes.planPdfKB <= 400, `${results.sizes.planPdfKB} KB`]);
  t.push(["plan DOCX ≤ 50 KB", results.sizes.planDocxKB <= 50, `${results.sizes.planDocxKB} KB`]);
}

// 2. Batch of 50 (and 10, to see whether memory grows with the batch).
const batch50 = makeBatch(50);
if (part("batch")) {
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
  const docs = 50 * 8;
  const batchRow = (b) => ({ wallMs: round(b.wallMs), perDocumentMs: round(b.wallMs / docs, 1), cpuMs: round(b.cpuMs), maxRssMiB: round(b.maxRssMiB, 1) });
  results.batch = {
    organisations: 50,
    documents: docs,
    defaultJobs: Math.max(1, Math.min(8, cpus().length - 1)),
    default: batchRow(bd),
    oneThread: batchRow(b1),
    workers: batchRow(b2),
    tenOrganisationsMaxRssMiB: round(peaks[10], 1),
    peakRssMiBByOrganisations: { 10: round(peaks[10], 1), 25: round(peaks[25], 1), 50: round(bd.maxRssMiB, 1), 100: round(peaks[100], 1), 200: round(peaks[200], 1) },
  };
  for (const [name, r] of [[`default (${results.batch.defaultJobs === 1 ? "1 thread" : `${results.batch.defaultJobs} workers`})`, results.batch.default], ["1 thread", results.batch.oneThread], ["2 workers", results.batch.workers]]) {
    rows.push([`batch of 50 (400 files), ${name}`, `${r.wallMs} ms, ${r.perDocumentMs} ms/file, ${r.cpuMs} ms CPU, ${r.maxRssMiB} MiB`]);
  }
  rows.push(["  peak RSS by batch size (default)", Object.entries(results.batch.peakRssMiBByOrganisations).map(([n, x]) => `${n}: ${x} MiB`).join(", ")]);
  t.push(["batch peak RSS ≤ 300 MiB", results.batch.default.maxRssMiB <= 300, `${results.batch.default.maxRssMiB} MiB`]);
  const plateau = Math.max(bd.maxRssMiB, peaks[100]);
  t.push(["peak RSS flat with the batch (200 within 15 % of 50/100)", peaks[200] <= plateau * 1.15 && peaks[200] <= 300, `${round(plateau, 1)} → ${round(peaks[200], 1)} MiB`]);

  // 3. Rebuild after one rule change in one organisation.
  // Three rebuilds, each after another change to the same rule; the median is reported.
  const victim = join(batch50, "org-003.yaml");
  const rebuilds = [];
  for (const deadline of ["45min", "40min", "35min"]) {
    writeFileSync(victim, readFileSync(victim, "utf8").replace(/deadline: (1h|\d+min)/, `deadline: ${deadline}`));
    rebuilds.push(planwright(["build", batch50, "--out", join(work, "out-default"), "-q"]).wallMs);
  }
  results.rebuild = { wallMs: round(median(rebuilds)), runsMs: rebuilds.map((r) => round(r)), shareOfBatch: round(median(rebuilds) / bd.wallMs, 3) };
  rows.push(["rebuild after one rule change", `${results.rebuild.wallMs} ms (${round(results.rebuild.shareOfBatch * 100, 1)} % of the batch)`]);
  t.push(["rebuild after one rule change ≤ 10 % of the batch", results.rebuild.shareOfBatch <= 0.1, `${round(results.rebuild.shareOfBatch * 100, 1)} %`]);

  // 3b. Run again with nothing changed (the quick check: no data file is read).
  const noops = [];
  for (let i = 0; i < RUNS; i++) noops.push(planwright(["build", batch50, "--out", join(work, "out-default"), "-q"]).wallMs);
  results.noop = { wallMs: round(median(noops)) };
  rows.push(["run again with nothing changed (batch of 50)", `${results.noop.wallMs} ms`]);
}

// 3c. validate grows linearly with the number of problems (unknown keys in one map).
if (part("validate")) {
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
  t.push(["validate linear: 10× the problems ≤ 15× the time", results.validate.ratio <= 15, `× ${results.validate.ratio}`]);
}

// 4. Typst (the node compiler, a dev dependency): the plan PDF alone, paired.
if (part("typst")) {
  results.typst = await benchTypst({ root: ROOT, cli: CLI, example: EXAMPLE, work, runs: RUNS });
  if (results.typst) {
    const x = results.typst;
    rows.push(["Typst 0.7 (node compiler), the plan PDF, same face", `${x.typstMs} ms (${x.typstCpuMs} ms CPU); planwright ${x.planwrightMs} ms (${x.planwrightCpuMs} ms CPU); ratio ${x.ratio} (CPU ${x.cpuRatio}; median of ${x.runs} pairs)`]);
    t.push(["plan PDF alone ≤ 1.0 × Typst (fresh processes)", x.ratio <= 1, `× ${x.ratio}`]);
  } else rows.push(["Typst", "@myriaddreamin/typst-ts-node-compiler not installed (npm install --no-save @myriaddreamin/typst-ts-node-compiler@0.7.0): comparison skipped"]);
}

// 5. pandoc + LibreOffice, paired with planwright, when both are installed.
if (part("pandoc") && has("pandoc") && has("soffice")) {
  const md = join(work, "base");
  mkdirSync(md, { recursive: true });
  const markdown = execFileSync(process.execPath, [join(ROOT, "test/bench/plan-markdown.js"), EXAMPLE], { encoding: "utf8" });
  writeFileSync(join(md, "plan.md"), markdown);
  const profile = `-env:UserInstallation=file://${join(work, "lo-profile")}`;
  timeCmd("soffice", [profile, "--headless", "--terminate_after_init"], md); // warm the profile
  // A pause before each side (LibreOffice finishes tearing down after it exits), alternating order.
  const settle = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  const office = () => ({ wallMs: timeCmd("pandoc", ["plan.md", "-o", "plan.docx"], md) + timeCmd("soffice", [profile, "--headless", "--convert-to", "pdf", "plan.docx"], md), cpuMs: 1 });
  const p = paired(() => planwright(["build", EXAMPLE, "--out", join(work, "pair"), "--force", "-q"]), office, RUNS, settle);
  // LibreOffice batch conversion: cost per further document.
  for (let i = 0; i < 10; i++) cpSync(join(md, "plan.docx"), join(md, `copy-${i}.docx`));
  const ten = timeCmd("soffice", [profile, "--headless", "--convert-to", "pdf", ...Array.from({ length: 10 }, (_, i) => `copy-${i}.docx`)], md);
  results.baseline = {
    planwrightPairedMs: p.aMs,
    pandocPlusLibreOfficeMs: p.bMs,
    ratioFullSetToBaselinePlan: p.ratio,
    libreOfficePerFurtherDocumentMs: round((ten - timeCmd("soffice", [profile, "--headless", "--convert-to", "pdf", "copy-0.docx"], md)) / 9),
  };
  rows.push(["pandoc + LibreOffice, plan only", `${p.bMs} ms (planwright full set ${p.aMs} ms); ratio ${p.ratio} (median of ${RUNS} pairs)`]);
  rows.push(["LibreOffice batch, per further document", `${results.baseline.libreOfficePerFurtherDocumentMs} ms`]);
  t.push(["full set ≤ 0.33 × pandoc+LibreOffice plan", p.ratio <= 0.33, `${p.ratio}`]);
  if (results.batch) t.push(["batch per document ≥ 10× cheaper than LibreOffice batch", results.batch.default.perDocumentMs * 10 <= results.baseline.libreOfficePerFurtherDocumentMs, `${results.batch.default.perDocumentMs} vs ${results.baseline.libreOfficePerFurtherDocumentMs} ms`]);
} else if (part("pandoc")) {
  rows.push(["pandoc + LibreOffice", "not on PATH: comparison skipped"]);
}

// 6. planwright serve: the live page (test/bench/serve.js).
if (part("serve")) {
  const { benchServe } = await import("./serve.js");
  results.serve = await benchServe({ root: ROOT, work, runs: RUNS });
  rows.push(["serve: plan PDF after a one-line edit, in the server", `${results.serve.rebuildPlanPdfMs} ms (median of ${results.serve.rebuildRunsMs.length})`]);
  rows.push([
    "serve: preview on screen after the keystroke that made it valid",
    results.serve.browser.skipped ?? `${results.serve.browser.previewAfterKeystrokeMs} ms (median of ${results.serve.browser.runsMs.length}, Chromium)`,
  ]);
  t.push(["serve: plan PDF rebuilt ≤ 150 ms after a one-line edit", results.serve.rebuildPlanPdfMs <= 150, `${results.serve.rebuildPlanPdfMs} ms`]);
  if (!results.serve.browser.skipped) t.push(["serve: preview updated ≤ 400 ms after the keystroke", results.serve.browser.previewAfterKeystrokeMs <= 400, `${results.serve.browser.previewAfterKeystrokeMs} ms`]);
}
results.targets = t.map(([name, pass, value]) => ({ name, pass, value }));

// 7. The regression budget: paired runs against the previous release on this machine.
const budgetLines = [];
if (part("budget")) {
  const base = baseline(ROOT);
  const out = (side, name) => join(work, `budget-${side}`, name);
  const figures = [
    { key: "planPdfMs", label: "plan PDF alone (fresh process)", run: (cli, side) => planwright(["build", EXAMPLE, "--only", "plan", "-f", "pdf", "--out", out(side, "plan"), "--force", "-q"], cli) },
    { key: "fullSetMs", label: "full set, 1 organisation (fresh process)", run: (cli, side) => planwright(["build", EXAMPLE, "--out", out(side, "full"), "--force", "-q"], cli) },
    { key: "batch50Ms", label: "batch of 50 (400 files)", run: (cli, side) => planwright(["build", batch50, "--out", out(side, "batch"), "--force", "-q"], cli) },
    { key: "noopMs", label: "batch of 50 again, nothing changed", run: (cli, side) => planwright(["build", batch50, "--out", out(side, "batch"), "-q"], cli) },
  ];
  if (base) {
    const rowsB = checkBudget({ base, baseCli: baselineCli(ROOT, base.commit), ourCli: CLI, figures, runs: RUNS });
    results.budget = { base: base.commit, label: base.label, limit: LIMIT, figures: rowsB };
    budgetLines.push(`regression budget (≤ +${round((LIMIT - 1) * 100)} % against ${base.label}; median of ${RUNS} paired runs; ${m.name})`, ...formatBudget(rowsB));
    if (rowsB.some((r) => !r.pass)) process.exitCode = 1;
  } else {
    budgetLines.push(`regression budget: no release recorded for this machine (${m.name}, ${m.fingerprint}) — not checked.`, "  BENCH_RECORD=1 npm run bench records this commit's figures; BENCH_BASE=<git ref> compares with a commit.");
  }
  if (process.env.BENCH_RECORD === "1") {
    const figs = results.budget
      ? Object.fromEntries(results.budget.figures.map((f) => [f.key, f.oursMs]))
      : Object.fromEntries(figures.map((f) => [f.key, round(median(Array.from({ length: RUNS }, () => f.run(CLI, "ours").wallMs)))]));
    const r = record(ROOT, figs);
    budgetLines.push(`recorded as this machine's newest release: ${r.commit.slice(0, 10)}${r.dirty ? " (with uncommitted changes)" : ""} in test/bench/records.json`);
  }
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`planwright benchmark — ${m.name}, median of ${RUNS} runs\n`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
console.log("\ntargets");
for (const x of results.targets) console.log(`  ${x.pass ? "PASS" : "FAIL"}  ${x.name.padEnd(58)} ${x.value}`);
if (budgetLines.length > 0) console.log(`\n${budgetLines.join("\n")}`);
mkdirSync(join(ROOT, "out/bench"), { recursive: true });
writeFileSync(join(ROOT, "out/bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
console.log("\nwritten out/bench/results.json");
