import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** A fresh random session token for the printed address. */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/** `code: "token"`: not this server's session (it was restarted, or the address is an old one); the page says how to reconnect. */
export type Refusal = { readonly status: number; readonly message: string; readonly code?: "token" };

/**
 * The checks every request passes before it is routed: the server answers
 * only to its own address (a page on another site that rebinds a name to
 * 127.0.0.1 sends its own Host and Origin, and is refused), only to requests
 * that carry the session token as the first path segment, and never to a
 * cross-site request. Returns the path after the token, or why not.
 */
export function admit(req: IncomingMessage, port: number, token: string): { path: string; slash: boolean } | Refusal {
  const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = req.headers.host ?? "";
  if (!own.has(host)) return { status: 421, message: "this server answers only at its own address (127.0.0.1)" };
  const origin = req.headers.origin;
  if (origin !== undefined && !(origin.startsWith("http://") && own.has(origin.slice("http://".length)))) {
    return { status: 403, message: "requests from other sites are refused" };
  }
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return { status: 403, message: "requests from other sites are refused" };
  const url = req.url ?? "/";
  if (!url.startsWith("/") || url.length > 4096) return { status: 400, message: "bad request" };
  const [first = "", ...rest] = url.slice(1).split("/");
  if (!sameToken(first.split("?")[0] ?? "", token)) return { status: 404, message: "not found (open the address planwright serve printed, with its token)", code: "token" };
  // `/<token>` alone is sent on to `/<token>/`, so that the page's relative addresses keep the token.
  return { path: `/${rest.join("/")}`, slash: rest.length > 0 };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
