import { Command, CommanderError, Option } from "commander";
import type { BuildFlags } from "./commands/build.js";
import type { ServeFlags } from "./commands/serve.js";
import { KINDS, LOCALES } from "./choices.js";
import { processIo, UsageError, type Io } from "./io.js";
import { packageManifest } from "../paths.js";
import { timingMark } from "../diagnostics/timing.js";

const VERSION = packageManifest().json.version;

function buildOptions(cmd: Command): Command {
  return cmd
    .option("-o, --out <dir>", "output folder", "out")
    .addOption(new Option("-f, --format <formats>", "comma-separated: docx,pdf").default("docx,pdf"))
    .option("--only <documents>", "comma-separated document names, e.g. plan,checklists")
    .option("-q, --quiet", "print only problems and the summary")
    .option("--pdfa", "archival PDFs (PDF/A-2b)")
    .option("--strict", "treat warnings as errors: an organisation with any is not built");
}

/** Runs the CLI; returns the exit code (0 ok, 1 invalid input, 2 usage error). */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  timingMark("ready");
  let code = 0;
  const program = new Command()
    .name("planwright")
    .description("Response plans, checklists, contact sheets and log forms — DOCX and PDF — from YAML.")
    .version(VERSION, "-v, --version")
    .option("--trace", "show stack traces of internal errors")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError("(run planwright --help for usage)");

  buildOptions(program.command("build").description("build every document of each organisation (only what changed)").argument("<inputs...>", "data files, folders or quoted globs"))
    .addOption(new Option("--to <target>", "files: write documents; json: print the document trees").choices(["files", "json"]).default("files"))
    .option("--force", "rebuild even if nothing changed")
    .option("-j, --jobs <n>", "worker threads (default: one fewer than the cores, for 3 or more organisations; 1 builds in this thread)")
    .action(async (inputs: string[], flags: BuildFlags) => {
      const { buildCommand } = await import("./commands/build.js");
      code = await buildCommand(inputs, flags, io);
    });

  program
    .command("validate")
    .description("check data files and report every problem")
    .argument("<inputs...>", "data files, folders or quoted globs")
    .option("--strict", "treat warnings as errors (exit code 1)")
    .action(async (inputs: string[], flags: { strict?: boolean }) => {
      const { validateCommand } = await import("./commands/validate.js");
      code = await validateCommand(inputs, io, flags.strict === true);
    });

  buildOptions(program.command("watch").description("build, then rebuild whenever data or templates change").argument("<inputs...>", "data files, folders or quoted globs")).action(
    async (inputs: string[], flags: BuildFlags) => {
      const { watchCommand } = await import("./commands/watch.js");
      code = await watchCommand(inputs, { ...flags, to: "files" }, io);
    },
  );

  program
    .command("diff")
    .description("report what changed between two versions, in rule terms")
    .argument("<old>", "the earlier data file")
    .argument("<new>", "the new data file")
    .option("-o, --out <dir>", "also write a change notice (修订说明) to this folder")
    .addOption(new Option("-f, --format <formats>", "change-notice formats: docx,pdf").default("docx,pdf"))
    .action(async (oldFile: string, newFile: string, flags: { out?: string; format: string }) => {
      const { diffCommand } = await import("./commands/diff.js");
      code = await diffCommand(oldFile, newFile, flags, io);
    });

  program
    .command("serve")
    .description("a page in your browser for editing data files, with live checks and previews")
    .argument("[folder]", "folder of data files", "data")
    .option("-o, --out <dir>", "output folder", "out")
    .option("-p, --port <port>", "port on 127.0.0.1 (0: any free port)", "0")
    .addOption(new Option("-f, --format <formats>", "formats built on save: docx,pdf").default("docx,pdf"))
    .action(async (folder: string, flags: ServeFlags) => {
      const { serveCommand } = await import("./commands/serve.js");
      code = await serveCommand(folder, flags, io);
    });

  program
    .command("init")
    .description("write a commented starter data file that builds as it is")
    .argument("<dir>", "folder to write it to")
    .addOption(new Option("--kind <kind>", "what the plan is for").choices([...KINDS]).default("public-opinion"))
    .addOption(new Option("--locale <locale>", "language").choices([...LOCALES]).default("zh-CN"))
    .option("--force", "replace an existing starter file")
    .action(async (dir: string, flags: { kind: string; locale: string; force?: boolean }) => {
      const { initCommand } = await import("./commands/init.js");
      code = initCommand(dir, flags, io);
    });

  program
    .command("import")
    .description("draft a data file from a plan you already have (.docx, .txt or .md), and say what to check")
    .argument("<plan>", "the plan: a Word document (.docx), plain text (.txt) or Markdown (.md)")
    .option("-o, --out <file>", "the draft to write (default: beside the plan, named after it; - prints it)")
    .addOption(new Option("--locale <locale>", "language of the draft (default: the plan's)").choices([...LOCALES]))
    .option("--force", "replace an existing draft")
    .action(async (plan: string, flags: { out?: string; locale?: string; force?: boolean }) => {
      const { importCommand } = await import("./commands/import.js");
      code = importCommand(plan, flags, io);
    });

  program
    .command("templates")
    .description("list the template each document uses and where it comes from")
    .argument("<inputs...>", "data files")
    .action(async (inputs: string[]) => {
      const { templatesCommand } = await import("./commands/templates.js");
      code = templatesCommand(inputs, io);
    });

  program
    .command("fonts")
    .description("list, per style, the typeface and file PDFs are set in on this machine, and why")
    .argument("[inputs...]", "data files (their theme.fonts and locale); none: the defaults")
    .action(async (inputs: string[]) => {
      const { fontsCommand } = await import("./commands/fonts.js");
      code = fontsCommand(inputs, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(`planwright: ${e.message}\n`);
      return 2;
    }
    if (e instanceof Error && e.name === "WriteError") {
      // A file or folder that cannot be written (the manifest on a full disk, an output folder that is a file).
      const hint = (e as Error & { hint?: string }).hint;
      io.err(`planwright: ${e.message}\n${hint ? `  ${hint}\n` : ""}`);
      return 1;
    }
    io.err(`planwright: internal error: ${(e as Error).message}\n`);
    io.err(argv.includes("--trace") ? `${(e as Error).stack ?? ""}\n` : "(run again with --trace for details)\n");
    return 1;
  }
}
