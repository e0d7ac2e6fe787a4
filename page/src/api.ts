// Talks to the server that served this page. Every address is relative to the page's own
// (which carries the session token), so nothing here knows the token.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** GET or POST (with a JSON body) to `api/<path>`; an answer that is not 2xx is an ApiError. */
export async function api<T>(path: string, body?: unknown, accept: readonly number[] = []): Promise<T> {
  const res = await fetch(`api/${path}`, body === undefined ? { cache: "no-store" } : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
  const data = (await res.json().catch(() => ({}))) as unknown;
  if (!res.ok && !accept.includes(res.status)) {
    const message = typeof data === "object" && data !== null && "error" in data ? String((data as { error: unknown }).error) : `HTTP ${res.status}`;
    throw new ApiError(res.status, message, data);
  }
  return data as T;
}

/** A built document kept by the server (preview, download, print). */
export function outputUrl(key: string, download = false): string {
  return `api/output/${encodeURIComponent(key)}${download ? "?download=1" : ""}`;
}

export async function outputBytes(key: string): Promise<ArrayBuffer> {
  const res = await fetch(outputUrl(key), { cache: "no-store" });
  if (!res.ok) throw new ApiError(res.status, `HTTP ${res.status}`, null);
  return res.arrayBuffer();
}
