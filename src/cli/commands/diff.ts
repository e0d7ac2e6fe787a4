import { changeNoticeOutputs } from "../../diff/change-notice-outputs.js";
import { diffModels } from "../../diff/diff-models.js";
import { formatChanges } from "../../diff/format-changes.js";
import { localeText } from "../../locale/index.js";
import { loadModel } from "../../model/load-model.js";
import type { Model } from "../../model/model.js";
import { writeOutputsLocked } from "../../write/write-outputs.js";
import { report, UsageError, type Io } from "../io.js";
import { parseFormats } from "./build.js";
import { parseOut } from "../options.js";

function load(file: string, io: Io): Model | undefined {
  const r = loadModel(file);
  if (r.base) throw new UsageError(`${file} is a base file (used through \`extends:\`), not an organisation: diff compares two versions of an organisation's file`);
  if (!r.model) report(r.diagnostics, io);
  return r.model;
}

/**
 * `planwright diff old.yaml new.yaml`: what changed, in rule terms; with
 * `--out`, also a change notice (修订说明) as DOCX and PDF to circulate.
 */
export async function diffCommand(oldFile: string, newFile: string, flags: { out?: string; format: string }, io: Io): Promise<number> {
  if (flags.out !== undefined) parseOut(flags.out);
  const before = load(oldFile, io);
  const after = load(newFile, io);
  if (!before || !after) return 1;
  const changes = diffModels(before, after);
  const lines = formatChanges(changes, after.data.locale);
  io.out(`${lines.length > 0 ? lines.join("\n") : localeText(after.data.locale).notice.noChanges}\n`);
  if (!flags.out) return 0;
  const formats = parseFormats(flags.format);
  if (formats.length === 0) throw new UsageError("--format needs docx and/or pdf");
  const { outputs, diagnostics } = await changeNoticeOutputs(before, after, changes, formats);
  if (diagnostics.length > 0) report(diagnostics, io);
  await writeOutputsLocked(flags.out, outputs, (m) => io.err(`${m}\n`));
  io.err(`✔ change notice → ${flags.out}/${after.data.id}/change-notice.{${formats.join(",")}}\n`);
  return 0;
}
