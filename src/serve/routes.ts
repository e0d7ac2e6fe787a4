import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join } from "node:path";
import { sfntBytes } from "../fonts/font-cache.js";
import { BUILTIN_FACES } from "../fonts/font-files.js";
import { DIST } from "../paths.js";
import type { OpenResponse, ReviseResponse, RevisionProposal, SaveResponse } from "./api-types.js";
import type { Builder } from "./builder.js";
import { diffDrafts, noticeOfDrafts } from "./changes.js";
import { FolderError, type DataFolder } from "./data-folder.js";
import type { EventHub } from "./events.js";
import { HttpError, readJson, sendBytes, sendJson, text, uiLang } from "./http-util.js";
import { importUpload } from "./import-upload.js";
import { checkDraft, renderDraft, type CheckContext } from "./live-check.js";
import { say, sayIn } from "../diagnostics/say.js";
import { schemaIn } from "./schema-words.js";
import { proposeRevision, recordRevision } from "./revise.js";

export const PAGE_DIR = join(DIST, "page");

const ASSET_TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
};

/**
 * The page may load only its own files: no other site, no inline script, no eval (pdf.js is told
 * not to use it), frames only for printing its own PDFs.
 */
const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");

export type Services = CheckContext & { readonly builder: Builder; readonly events: EventHub; readonly out: string };

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, s: Services) => Promise<void> | void;

const GET: Record<string, Handler> = {
  "/": (_req, res) => page(res),
  "/api/schema": (req, res) => sendBytes(res, "application/schema+json", schemaIn(uiLang(req))),
  "/api/files": (_req, res, _url, s) => sendJson(res, 200, { files: s.builder.files(), out: s.out }),
  "/api/file": (_req, res, url, s) => sendJson(res, 200, open(s.folder, url.searchParams.get("path"))),
  "/api/events": (_req, res, _url, s) => s.events.attach(res, { type: "files", files: s.builder.files(), out: s.out }),
};

const POST: Record<string, Handler> = {
  "/api/check": async (req, res, _url, s) => {
    const body = await readJson(req);
    const document = typeof body.document === "string" ? body.document : undefined;
    sendJson(res, 200, await checkDraft(s, s.folder.resolve(body.path), text(body, "text"), document, uiLang(req)));
  },
  "/api/render": async (req, res, _url, s) => {
    const body = await readJson(req);
    const format = body.format === "docx" ? "docx" : body.format === "pdf" ? "pdf" : null;
    if (!format) throw new HttpError(400, say("`format` must be pdf or docx"));
    const r = await renderDraft(s, s.folder.resolve(body.path), text(body, "text"), text(body, "document"), format, uiLang(req));
    sendJson(res, r.key ? 200 : 422, r);
  },
  "/api/save": async (req, res, _url, s) => {
    const body = await readJson(req);
    const file = s.folder.resolve(body.path);
    const bytes = Buffer.from(`${body.bom === true ? "\uFEFF" : ""}${text(body, "text")}`, "utf8");
    const r = s.folder.save(file, bytes, typeof body.version === "string" ? body.version : null, body.overwrite === true);
    if (!r.saved) {
      const conflict: SaveResponse = { saved: false, conflict: true, text: stripBom(r.disk.toString("utf8")), version: r.version };
      sendJson(res, 409, conflict);
      return;
    }
    sendJson(res, 200, { saved: true, version: r.version } satisfies SaveResponse);
    // Build what the save affects, through the same engine and manifest as `planwright build`.
    void s.builder.changed(file.abs);
  },
  "/api/diff": async (req, res, _url, s) => {
    const body = await readJson(req);
    sendJson(res, 200, diffDrafts(s.folder.resolve(body.path), text(body, "before"), text(body, "after")));
  },
  "/api/import": (req, res, url, s) => importUpload(req, res, url, s.folder),
  "/api/revision": async (req, res, _url, s) => {
    const body = await readJson(req);
    sendJson(res, 200, proposeRevision(s.folder.resolve(body.path), text(body, "before"), text(body, "after")) satisfies RevisionProposal);
  },
  "/api/revise": async (req, res, _url, s) => {
    const body = await readJson(req);
    s.folder.resolve(body.path);
    const by = typeof body.by === "string" && body.by.trim() ? { by: body.by.trim() } : {};
    const [version, date, effective, summary] = (["version", "date", "effective", "summary"] as const).map((k) => text(body, k).trim()) as [string, string, string, string];
    const r = recordRevision(text(body, "text"), { version, date, effective, summary, ...by });
    sendJson(res, "text" in r ? 200 : 422, ("text" in r ? { text: r.text } : { problem: sayIn(r.problem, uiLang(req)) }) satisfies ReviseResponse);
  },
  "/api/notice": async (req, res, _url, s) => {
    const body = await readJson(req);
    sendJson(res, 200, await noticeOfDrafts(s.folder.resolve(body.path), text(body, "before"), text(body, "after"), s.cache));
  },
};

/** Routes an admitted request (its path after the token). */
export async function route(req: IncomingMessage, res: ServerResponse, path: string, s: Services): Promise<void> {
  const url = new URL(path, "http://localhost");
  const p = url.pathname;
  if (req.method === "GET" || req.method === "HEAD") {
    const handler = GET[p];
    if (handler) return handler(req, res, url, s);
    if (p === "/assets/ui-font.ttf") return sendBytes(res, "font/ttf", sfntBytes(BUILTIN_FACES.kai()), { "cache-control": "private, max-age=86400" });
    if (p.startsWith("/assets/")) return asset(res, p.slice("/assets/".length));
    if (p.startsWith("/api/output/")) return output(res, s, p.slice("/api/output/".length), url.searchParams.get("download") === "1");
  } else if (req.method === "POST") {
    const handler = POST[p];
    if (handler) return handler(req, res, url, s);
  }
  throw GET[p] || POST[p] ? new HttpError(405, say("method not allowed")) : new HttpError(404, say("not found"));
}

function open(folder: DataFolder, path: string | null): OpenResponse {
  const file = folder.resolve(path);
  const { bytes, version } = folder.read(file);
  if (bytes.includes(0)) throw new FolderError(422, say("%{path} is a binary file, not YAML text", { path: file.rel }));
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FolderError(422, say("%{path} is not UTF-8 text (it may be saved as GBK/GB2312): re-save it as UTF-8, then open it here", { path: file.rel }));
  }
  const bom = decoded.charCodeAt(0) === 0xfeff;
  const body = bom ? decoded.slice(1) : decoded;
  return { path: file.rel, text: body, version, bom, crlf: body.includes("\r\n") };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function page(res: ServerResponse): void {
  let html: Buffer;
  try {
    html = readFileSync(join(PAGE_DIR, "index.html"));
  } catch {
    throw new HttpError(503, say("the page was not built: run `npm run build` in planwright's folder"));
  }
  sendBytes(res, ASSET_TYPES[".html"] as string, html, { "content-security-policy": PAGE_POLICY, "x-frame-options": "SAMEORIGIN" });
}

let assetNames: Set<string> | undefined;

function asset(res: ServerResponse, name: string): void {
  assetNames ??= new Set(safeList(PAGE_DIR));
  const type = ASSET_TYPES[extname(name)];
  if (!assetNames.has(name) || !type) throw new HttpError(404, say("not found"));
  sendBytes(res, type, readFileSync(join(PAGE_DIR, name)));
}

function output(res: ServerResponse, s: Services, key: string, download: boolean): void {
  const o = s.cache.get(key);
  if (!o) throw new HttpError(404, say("that document is no longer kept; build it again"));
  const disposition = `${download ? "attachment" : "inline"}; filename="${o.name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(o.name)}`;
  sendBytes(res, o.type, o.bytes, { "content-disposition": disposition, "x-frame-options": "SAMEORIGIN" });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => !n.startsWith("."));
  } catch {
    return [];
  }
}
