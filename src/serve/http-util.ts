import type { IncomingMessage, ServerResponse } from "node:http";
import { LIMITS } from "../load/limits.js";
import { FolderError } from "./data-folder.js";
import { say, sayIn, type Said, type UiLang } from "../diagnostics/say.js";

/** Largest request body: two data files at their size limit (a diff sends both) and some room for JSON. */
export const MAX_BODY_BYTES = 2 * LIMITS.maxFileBytes + 256 * 1024;

const COMMON_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
};

/** An answer to the page that is not a success, with a message it can show. */
export class HttpError extends Error {
  readonly said: Said;
  constructor(
    readonly status: number,
    said: Said,
  ) {
    super(sayIn(said, "en"));
    this.said = said;
  }
}

/**
 * The language the page asks its answers in (`x-planwright-lang`, sent by the page with every
 * request; else the browser's Accept-Language): diagnostics and errors are said in it.
 */
export function uiLang(req: IncomingMessage): UiLang {
  const asked = req.headers["x-planwright-lang"];
  if (asked === "zh" || asked === "en") return asked;
  return /^\s*zh/i.test(String(req.headers["accept-language"] ?? "")) ? "zh" : "en";
}

/** Reads a JSON body, refusing other content types, bodies over the limit and malformed JSON. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json(;|$)/i.test(type)) throw new HttpError(415, say("send JSON (content-type: application/json)"));
  const body = await readBody(req, limit, say("request larger than %{limit} KiB", { limit: Math.round(limit / 1024) }));
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    throw new HttpError(400, say("malformed JSON"));
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new HttpError(400, say("expected a JSON object"));
  return value as Record<string, unknown>;
}

/** Reads a request's body, refusing one over `limit` bytes (declared or sent) with `tooLarge`. */
export async function readBody(req: IncomingMessage, limit: number, tooLarge: Said): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) throw new HttpError(413, tooLarge);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, tooLarge);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function text(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== "string") throw new HttpError(400, say("`%{key}` must be text", { key }));
  return v;
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { ...COMMON_HEADERS, "content-type": "application/json; charset=utf-8", "content-length": body.length });
  res.end(body);
}

export function sendBytes(res: ServerResponse, type: string, bytes: Uint8Array, extra: Record<string, string> = {}): void {
  res.writeHead(200, { ...COMMON_HEADERS, "content-type": type, "content-length": bytes.length, ...extra });
  res.end(bytes);
}

export function sendError(res: ServerResponse, e: unknown, lang: UiLang = "en"): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (e instanceof HttpError || e instanceof FolderError) sendJson(res, e.status, { error: sayIn(e.said, lang) });
  else sendJson(res, 500, { error: sayIn(say("internal error: %{problem}", { problem: (e as Error)?.message ?? String(e) }), lang) });
}

export function commonHeaders(): Record<string, string> {
  return { ...COMMON_HEADERS };
}
