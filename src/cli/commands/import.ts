import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { hasErrors } from "../../diagnostics/diagnostic.js";
import { draftFromFile } from "../../import/draft-file.js";
import { loadModel } from "../../model/load-model.js";
import { writeOutputs } from "../../write/write-outputs.js";
import { formatCapped, UsageError, type Io } from "../io.js";
import { LOCALES } from "../choices.js";

export type ImportFlags = { out?: string; locale?: string; force?: boolean };

/**
 * `planwright import <plan.docx|.txt|.md>`: writes a draft data file that
 * validates, and reports what was recognised, what stayed as text and what
 * to check, with the draft's line numbers. A file that cannot be read as a
 * plan is refused with what to do (exit 1); usage errors exit 2.
 */
export function importCommand(input: string, flags: ImportFlags, io: Io): number {
  if (flags.locale !== undefined && !(LOCALES as readonly string[]).includes(flags.locale)) throw new UsageError(`unknown --locale "${flags.locale}" (use ${LOCALES.join(", ")})`);
  if (!existsSync(input)) throw new UsageError(`${input}: no such file`);
  if (statSync(input).isDirectory()) throw new UsageError(`${input} is a folder: name the plan's .docx, .txt or .md file`);
  const toStdout = flags.out === "-";
  const out = toStdout ? "" : resolve(flags.out ?? join(dirname(input), `${basename(input, extname(input))}.yaml`));
  if (!toStdout && resolve(input) === out) throw new UsageError(`--out ${flags.out ?? out} would replace the plan being imported`);
  if (!toStdout && existsSync(out) && !flags.force) throw new UsageError(`${out} already exists; use --force to replace it, or --out to name another file`);
  const result = draftFromFile(input, { ...(flags.locale ? { locale: flags.locale } : {}) });
  if (!result.ok) {
    io.err(`planwright: ${result.message}\n  ${result.hint}\n`);
    return 1;
  }
  if (toStdout) io.out(result.yaml);
  else writeOutputs(dirname(out), [{ path: basename(out), bytes: Buffer.from(result.yaml, "utf8") }]);
  const name = toStdout ? "(standard output)" : flags.out ?? out;
  const diagnostics = toStdout ? [] : loadModel(out).diagnostics;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  io.err(`✔ wrote ${name} from ${input}\n`);
  io.err(result.report(name, { errors, warnings: diagnostics.length - errors }));
  if (hasErrors(diagnostics)) io.err(`${formatCapped(diagnostics)}\n`);
  return 0;
}
