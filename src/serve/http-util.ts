import type { IncomingMessage, ServerResponse } from "node:http";
import { LIMITS } from "../load/limits.js";
import { FolderError } from "./data-folder.js";

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
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON body, refusing other content types, bodies over the limit and malformed JSON. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json(;|$)/i.test(type)) throw new HttpError(415, "send JSON (content-type: application/json)");
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) throw new HttpError(413, `request larger than ${Math.round(limit / 1024)} KiB`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `request larger than ${Math.round(limit / 1024)} KiB`);
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "malformed JSON");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new HttpError(400, "expected a JSON object");
  return value as Record<string, unknown>;
}

export function text(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== "string") throw new HttpError(400, `\`${key}\` must be text`);
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

export function sendError(res: ServerResponse, e: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (e instanceof HttpError || e instanceof FolderError) sendJson(res, e.status, { error: e.message });
  else sendJson(res, 500, { error: `internal error: ${(e as Error)?.message ?? String(e)}` });
}

export function commonHeaders(): Record<string, string> {
  return { ...COMMON_HEADERS };
}
