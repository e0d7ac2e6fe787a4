import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename, extname, join } from "node:path";
import { draftFromBytes } from "../import/draft-file.js";
import { slug } from "../import/draft/ids.js";
import { MAX_IMPORT_BYTES } from "../import/read/read-input.js";
import { writeOutputs } from "../write/write-outputs.js";
import type { DataFolder } from "./data-folder.js";
import { say } from "../diagnostics/say.js";
import { HttpError, readBody, sendJson } from "./http-util.js";

/**
 * "Start from a document": the page uploads a plan (.docx, .txt, .md) as raw
 * bytes (`application/octet-stream`, which a page on another site cannot send
 * without asking first); the draft `planwright import` makes of it is written
 * as a new data file at the top of the folder — never over an existing one —
 * and the page opens it in the editor, with the import's report.
 */
export type ImportAnswer = { readonly path: string; readonly report: string } | { readonly error: string; readonly hint: string };

export async function importUpload(req: IncomingMessage, res: ServerResponse, url: URL, folder: DataFolder): Promise<void> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/octet-stream(;|$)/i.test(type)) throw new HttpError(415, say("send the document's bytes (content-type: application/octet-stream)"));
  const name = basename(url.searchParams.get("name") ?? "plan.docx").replace(/[\u0000-\u001f]/gu, "") || "plan.docx";
  const bytes = await readBody(req, MAX_IMPORT_BYTES, say("the document is larger than %{limit} MB: save it without its pictures and try again", { limit: MAX_IMPORT_BYTES / 1024 / 1024 }));
  const result = draftFromBytes(bytes, name);
  if (!result.ok) {
    sendJson(res, 422, { error: result.message, hint: result.hint } satisfies ImportAnswer);
    return;
  }
  const file = freeName(folder.root, slug(basename(name, extname(name))) || "imported-plan");
  writeOutputs(folder.root, [{ path: file, bytes: Buffer.from(result.yaml, "utf8") }]);
  const answer: ImportAnswer = { path: file, report: result.report(file, { errors: 0, warnings: 0 }).replace(/^draft: .*\n/mu, "") };
  sendJson(res, 200, answer);
}

/** `<base>.yaml`, or `<base>-2.yaml` … when that exists. */
function freeName(root: string, base: string): string {
  let name = `${base}.yaml`;
  for (let n = 2; existsSync(join(root, name)); n++) name = `${base}-${n}.yaml`;
  return name;
}
