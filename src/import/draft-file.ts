import { basename } from "node:path";
import { localeText } from "../locale/index.js";
import { importOutline, type ImportOptions } from "./import-plan.js";
import type { ImportRefusal } from "./outline.js";
import { readImportBytes, readImportFile, type InputRead } from "./read/read-input.js";
import { formatReport } from "./write/report.js";
import { writeDraftYaml } from "./write/yaml-draft.js";

export type DraftResult =
  | {
      readonly ok: true;
      readonly yaml: string;
      readonly counts: Readonly<Record<string, number>>;
      readonly checks: ReadonlyArray<{ readonly path: ReadonlyArray<string | number>; readonly note: string; readonly line: number }>;
      /** The report for the admin, naming the draft as `draftName`. */
      report(draftName: string, problems: { errors: number; warnings: number }): string;
    }
  | ImportRefusal;

/** A plan file → the draft's YAML and its report (the CLI's and the page's one path). */
export function draftFromFile(path: string, options: ImportOptions = {}): DraftResult {
  return draftFrom(readImportFile(path), basename(path), options);
}

export function draftFromBytes(bytes: Uint8Array, name: string, options: ImportOptions = {}): DraftResult {
  return draftFrom(readImportBytes(bytes, name), name, options);
}

function draftFrom(read: InputRead, name: string, options: ImportOptions): DraftResult {
  if (!read.ok) return read;
  const draft = importOutline(read.outline, options);
  const zh = localeText(String(draft.data.locale)).id === "zh-CN";
  const header = zh
    ? [`由 planwright import 从 ${name} 生成的草稿。标有 CHECK 的地方请逐一核对；`, "核对后运行 planwright validate 和 planwright build。"]
    : [`Draft made by planwright import from ${name}. Check every place marked CHECK,`, "then run planwright validate and planwright build."];
  const written = writeDraftYaml(draft.data, draft.checks, header);
  return {
    ok: true,
    yaml: written.text,
    counts: draft.counts,
    checks: written.checks,
    report: (draftName, problems) => formatReport({ draftName, counts: draft.counts, checks: written.checks, problems }),
  };
}
