import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../diagnostics/reporter.js";
import { loadModel } from "../model/load-model.js";
import { buildOrganisation, type Format } from "../pipeline/build-organisation.js";
import { writeOutputs } from "../write/write-outputs.js";
import { expandInputs, UsageError } from "./inputs.js";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

type Io = { out: (s: string) => void; err: (s: string) => void };
const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** Runs the CLI; returns the exit code (0 ok, 1 invalid input, 2 usage error). */
export async function run(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  let trace = false;
  const program = new Command()
    .name("planwright")
    .description("Response plans, checklists, contact sheets and log forms — DOCX and PDF — from YAML.")
    .version(VERSION, "-v, --version")
    .option("--trace", "show stack traces of internal errors")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError("(run planwright --help for usage)");

  program
    .command("build")
    .description("build every document of each organisation file")
    .argument("<inputs...>", "data files, folders or quoted globs")
    .option("-o, --out <dir>", "output folder", "out")
    .addOption(new Option("-f, --format <formats>", "comma-separated: docx,pdf").default("docx,pdf"))
    .addOption(new Option("--to <target>", "files: write documents; json: print the document trees").choices(["files", "json"]).default("files"))
    .option("--only <documents>", "comma-separated document names, e.g. plan,checklists")
    .action(async (inputs: string[], opts: { out: string; format: string; to: string; only?: string }) => {
      code = await build(inputs, opts, io);
    });

  program
    .command("validate")
    .description("check data files and report every problem")
    .argument("<inputs...>", "data files, folders or quoted globs")
    .action((inputs: string[]) => {
      code = validate(inputs, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    trace = program.opts().trace === true;
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`planwright: ${e.message}\n`);
      return 2;
    }
    trace = trace || argv.includes("--trace");
    io.err(`planwright: internal error: ${(e as Error).message}\n`);
    io.err(trace ? `${(e as Error).stack ?? ""}\n` : "(run again with --trace for details)\n");
    return 1;
  }
}

function parseFormats(value: string): Format[] {
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const f of list) if (f !== "docx" && f !== "pdf") throw new UsageError(`unknown format "${f}" (use docx, pdf or docx,pdf)`);
  if (list.length === 0) throw new UsageError("--format needs at least one of docx, pdf");
  return list as Format[];
}

function report(diagnostics: readonly Diagnostic[], io: Io): void {
  if (diagnostics.length > 0) io.err(`${formatDiagnostics(diagnostics)}\n`);
}

async function build(inputs: string[], opts: { out: string; format: string; to: string; only?: string }, io: Io): Promise<number> {
  const formats = parseFormats(opts.format);
  const files = expandInputs(inputs);
  const only = opts.only?.split(",").map((s) => s.trim()).filter(Boolean);
  const all: Diagnostic[] = [];
  const trees: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    const result = await buildOrganisation(file, { formats, ...(only ? { only } : {}), treesOnly: opts.to === "json" });
    all.push(...result.diagnostics);
    if (hasErrors(result.diagnostics)) {
      failed++;
      continue;
    }
    if (opts.to === "json") {
      trees.push(...result.trees);
      continue;
    }
    writeOutputs(opts.out, result.outputs);
    const docs = [...new Set(result.outputs.map((o) => o.path.split("/").pop()?.replace(/\.[a-z]+$/, "")))];
    io.err(`✔ ${file} → ${opts.out}/${result.id}/ (${docs.join(", ")}; ${formats.join("+")})\n`);
  }
  report(all, io);
  if (opts.to === "json") io.out(`${JSON.stringify(trees.length === 1 ? trees[0] : trees, null, 2)}\n`);
  if (failed > 0) {
    io.err(`✖ ${failed} of ${files.length} organisation${files.length === 1 ? "" : "s"} not built; earlier outputs left as they were\n`);
    return 1;
  }
  return 0;
}

function validate(inputs: string[], io: Io): number {
  const files = expandInputs(inputs);
  const all: Diagnostic[] = [];
  for (const file of files) all.push(...loadModel(file).diagnostics);
  io.err(`${formatDiagnostics(all)}\n`);
  return hasErrors(all) ? 1 : 0;
}
