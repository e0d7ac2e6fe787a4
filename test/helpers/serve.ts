import { cpSync, mkdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import type { RunningServer } from "../../src/serve/server.js";
import { tempDir } from "./temp.js";

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; json<T = Record<string, unknown>>(): T };

/**
 * A raw HTTP request to a running server (node:http, so Host, Origin and the
 * rest can be set as an attacker's page or a rebinding name would).
 */
export function request(
  server: Pick<RunningServer, "port" | "token">,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; raw?: Buffer | string; token?: string | null } = {},
): Promise<Reply> {
  const payload = options.raw !== undefined ? Buffer.from(options.raw) : options.body !== undefined ? Buffer.from(JSON.stringify(options.body)) : undefined;
  const prefix = options.token === null ? "" : `/${options.token ?? server.token}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: server.port,
        method: options.method ?? (payload ? "POST" : "GET"),
        path: `${prefix}${path}`,
        headers: { ...(payload && options.raw === undefined ? { "content-type": "application/json" } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: <T>() => JSON.parse(body.toString("utf8")) as T });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** A temporary copy of some of the repository's data folders: `{ examples: ["university.yaml"], county: true }`. */
export function dataCopy(parts: { examples?: readonly string[]; county?: boolean }): { dir: string; data: string; out: string } {
  const dir = tempDir("planwright-serve-");
  const data = join(dir, "data");
  mkdirSync(join(data, "examples"), { recursive: true });
  for (const f of parts.examples ?? []) cpSync(new URL(`../../data/examples/${f}`, import.meta.url), join(data, "examples", f));
  if (parts.county) cpSync(new URL("../../data/county", import.meta.url), join(data, "county"), { recursive: true });
  return { dir, data, out: join(dir, "out") };
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, what = "condition"): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 40));
  }
  throw new Error(`timed out waiting for ${what}`);
}
