import { changeNoticeOutputs } from "../diff/change-notice-outputs.js";
import { diffModels } from "../diff/diff-models.js";
import { formatChanges } from "../diff/format-changes.js";
import type { DiffResponse, NoticeResponse } from "./api-types.js";
import type { DataFile } from "./data-folder.js";
import { modelOfDraft } from "./live-check.js";
import { CONTENT_TYPES, type OutputCache } from "./output-cache.js";

/** What changed in rule terms between the text as opened and as it is now (the `diff` command's words). */
export function diffDrafts(file: DataFile, before: string, after: string): DiffResponse {
  const a = modelOfDraft(file, before).model;
  const b = modelOfDraft(file, after).model;
  if (!a || !b) return { lines: [], problems: true };
  return { lines: formatChanges(diffModels(a, b), b.data.locale), locale: b.data.locale, problems: false };
}

/** The change notice (修订说明) between the two texts, as PDF and DOCX kept for the page to download. */
export async function noticeOfDrafts(file: DataFile, before: string, after: string, cache: OutputCache): Promise<NoticeResponse> {
  const a = modelOfDraft(file, before).model;
  const b = modelOfDraft(file, after).model;
  if (!a || !b) return { problems: true };
  const { outputs } = await changeNoticeOutputs(a, b, diffModels(a, b), ["pdf", "docx"]);
  const keys: Record<string, string> = {};
  for (const o of outputs) {
    const ext = o.path.slice(o.path.lastIndexOf(".") + 1);
    keys[ext] = cache.put([file.abs, before, after, ext], { bytes: o.bytes, type: CONTENT_TYPES[ext] as string, name: `${b.data.id}-change-notice.${ext}` });
  }
  return { ...keys, name: `${b.data.id}-change-notice`, problems: false };
}
