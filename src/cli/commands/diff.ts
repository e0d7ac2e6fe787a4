import { markdownToTree } from "../../compose/markdown-to-tree.js";
import { changeNoticeMarkdown } from "../../diff/change-notice.js";
import { diffModels } from "../../diff/diff-models.js";
import { formatChanges } from "../../diff/format-changes.js";
import { loadModel } from "../../model/load-model.js";
import type { Model } from "../../model/model.js";
import { outputDate } from "../../pipeline/build-organisation.js";
import { renderDocx } from "../../render/docx/render-docx.js";
import { renderPdf } from "../../render/pdf/render-pdf.js";
import { selectTheme } from "../../theme/select-theme.js";
import type { DocumentTree } from "../../tree/types.js";
import { writeOutputs, type Output } from "../../write/write-outputs.js";
import { report, UsageError, type Io } from "../io.js";
import { parseFormats } from "./build.js";

function load(file: string, io: Io): Model | undefined {
  const r = loadModel(file);
  if (!r.model) report(r.diagnostics, io);
  return r.model;
}

/**
 * `planwright diff old.yaml new.yaml`: what changed, in rule terms; with
 * `--out`, also a change notice (修订说明) as DOCX and PDF to circulate.
 */
export async function diffCommand(oldFile: string, newFile: string, flags: { out?: string; format: string }, io: Io): Promise<number> {
  const before = load(oldFile, io);
  const after = load(newFile, io);
  if (!before || !after) return 1;
  const changes = diffModels(before, after);
  const lines = formatChanges(changes, after.data.locale);
  io.out(lines.length > 0 ? `${lines.join("\n")}\n` : after.data.locale === "en" ? "No rule changes.\n" : "规则内容无变化。\n");
  if (!flags.out) return 0;
  const formats = parseFormats(flags.format);
  if (formats.length === 0) throw new UsageError("--format needs docx and/or pdf");
  const markdown = changeNoticeMarkdown(before, after, changes);
  const tree: DocumentTree = {
    type: "document",
    meta: {
      name: "change-notice",
      locale: after.data.locale,
      title: after.data.document.title,
      organisation: after.data.organisation.name,
      version: after.data.document.version,
      effectiveDate: after.data.document.effective_date,
      grid: after.data.locale === "zh-CN",
      author: after.data.document.issuer ?? after.data.organisation.name,
    },
    sections: markdownToTree(markdown),
  };
  const theme = selectTheme(tree.meta);
  const date = outputDate(after);
  const outputs: Output[] = [];
  if (formats.includes("pdf")) outputs.push({ path: `${after.data.id}/change-notice.pdf`, bytes: (await renderPdf(tree, theme, date)).bytes });
  if (formats.includes("docx")) outputs.push({ path: `${after.data.id}/change-notice.docx`, bytes: await renderDocx(tree, theme, date) });
  writeOutputs(flags.out, outputs);
  io.err(`✔ change notice → ${flags.out}/${after.data.id}/change-notice.{${formats.join(",")}}\n`);
  return 0;
}
