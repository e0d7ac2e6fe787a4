import { availableParallelism } from "node:os";
import { hasErrors, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { buildBatch } from "../../pipeline/build-batch.js";
import type { Format } from "../../pipeline/build-organisation.js";
import { expandInputs } from "../inputs.js";
import { report, UsageError, type Io } from "../io.js";
import { progressReporter } from "../progress.js";
import { parseOnly, parseOut } from "../options.js";

export type BuildFlags = { out: string; format: string; to: string; only?: string; force?: boolean; jobs?: string; quiet?: boolean; pdfa?: boolean; strict?: boolean };

export function parseFormats(value: string): Format[] {
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const f of list) if (f !== "docx" && f !== "pdf") throw new UsageError(`unknown format "${f}" (use docx, pdf or docx,pdf)`);
  if (list.length === 0) throw new UsageError("--format needs at least one of docx, pdf");
  return list as Format[];
}

function parseJobs(value: string | undefined, files: number): number {
  // A build thread keeps about 1.4 cores busy (V8 collects and compiles on helper threads), so
  // workers only pay off with cores to spare: on 2 cores one thread is as fast and uses less memory.
  if (value === undefined) return files >= 3 ? Math.max(1, Math.min(8, availableParallelism() - 1)) : 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${value}"`);
  return n;
}

/** `planwright build`: every document of each organisation, only what changed. */
export async function buildCommand(inputs: string[], flags: BuildFlags, io: Io): Promise<number> {
  const formats = parseFormats(flags.format);
  const out = flags.to === "json" ? flags.out : parseOut(flags.out);
  const files = expandInputs(inputs);
  const only = await parseOnly(flags.only, files);
  if (flags.to === "json") return printTrees(files, only, io);

  const jobs = parseJobs(flags.jobs, files.length);
  const progress = progressReporter(io, out, flags.quiet === true);
  const outcomes = await buildBatch(files, { out, formats, ...(only ? { only } : {}), ...(flags.pdfa ? { pdfa: true } : {}), ...(flags.strict ? { strict: true } : {}), force: flags.force === true, jobs, prose: true }, progress);
  progress.stop();
  const all: Diagnostic[] = outcomes.flatMap((o) => o.diagnostics);
  report(all, io);
  const failed = outcomes.filter((o) => o.status === "failed");
  const built = outcomes.filter((o) => o.status === "built").length;
  const unchanged = outcomes.filter((o) => o.status === "unchanged").length;
  if (files.length > 1 || failed.length > 0) {
    io.err(`${failed.length > 0 ? "✖" : "✔"} ${built} built, ${unchanged} up to date${failed.length ? `, ${failed.length} failed (their earlier outputs are left as they were)` : ""}\n`);
  }
  // Which typefaces PDFs were set in: a note for the person at the terminal, not for scripts (-q) or DOCX-only builds.
  if (built > 0 && flags.quiet !== true && formats.includes("pdf")) {
    const { typefaceSummary } = await import("./fonts.js");
    io.err(`${typefaceSummary()}\n`);
  }
  return failed.length > 0 ? 1 : 0;
}

async function printTrees(files: string[], only: string[] | undefined, io: Io): Promise<number> {
  const trees: unknown[] = [];
  const all: Diagnostic[] = [];
  for (const file of files) {
    const { buildOrganisation } = await import("../../pipeline/build-organisation.js");
    const r = await buildOrganisation(file, { formats: [], ...(only ? { only } : {}), treesOnly: true });
    all.push(...r.diagnostics);
    trees.push(...r.trees);
  }
  report(all, io);
  if (hasErrors(all)) return 1;
  io.out(`${JSON.stringify(trees.length === 1 ? trees[0] : trees, null, 2)}\n`);
  return 0;
}
