// Talks to the server that served this page. Every address is relative to the page's own
// (which carries the session token), so nothing here knows the token. Every request says the
// page's language, which the server answers in (diagnostics, errors, the schema's help).
import { lang, t } from "./i18n.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** GET or POST (with a JSON body) to `api/<path>`; an answer that is not 2xx is an ApiError, in the page's language. */
export async function api<T>(path: string, body?: unknown, accept: readonly number[] = []): Promise<T> {
  const headers: Record<string, string> = { "x-planwright-lang": lang(), ...(body === undefined ? {} : { "content-type": "application/json" }) };
  const res = await reach(`api/${path}`, body === undefined ? { cache: "no-store", headers } : { method: "POST", headers, body: JSON.stringify(body), cache: "no-store" });
  const data = (await res.json().catch(() => ({}))) as unknown;
  if (!res.ok && !accept.includes(res.status)) {
    const message = typeof data === "object" && data !== null && "error" in data ? String((data as { error: unknown }).error) : t("httpError", { status: res.status });
    // A request the server refuses for its token: it is another session now (restarted) — say how to reconnect.
    const stale = typeof data === "object" && data !== null && (data as { code?: unknown }).code === "token";
    throw new ApiError(res.status, stale ? t("restarted") : message, data);
  }
  return data as T;
}

/** `fetch`, with a failure to reach the server said in the page's language (status 0). */
async function reach(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ApiError(0, t("offline"), null);
  }
}

/** A built document kept by the server (preview, download, print). */
export function outputUrl(key: string, download = false): string {
  return `api/output/${encodeURIComponent(key)}${download ? "?download=1" : ""}`;
}

export async function outputBytes(key: string): Promise<ArrayBuffer> {
  const res = await reach(outputUrl(key), { cache: "no-store" });
  if (!res.ok) throw new ApiError(res.status, t("httpError", { status: res.status }), null);
  return res.arrayBuffer();
}
