import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../src/serve/http-util.js";
import { startServer, type RunningServer } from "../src/serve/server.js";
import { dataCopy, request } from "./helpers/serve.js";

// `planwright serve` is safe by default: its own address only, a token, data files under the
// folder only, bounded requests, and nothing a file or a request sends stops it.
describe("planwright serve: who and what it answers", () => {
  let server: RunningServer;
  let work: ReturnType<typeof dataCopy>;

  beforeAll(async () => {
    work = dataCopy({ examples: ["university.yaml"] });
    const outside = join(work.dir, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "secret.yaml"), "id: secret\n");
    symlinkSync(join(outside, "secret.yaml"), join(work.data, "escape.yaml"));
    symlinkSync(outside, join(work.data, "outside-dir"));
    writeFileSync(join(work.data, "examples", ".hidden.yaml"), "id: hidden\n");
    server = await startServer({ folder: work.data, out: work.out });
    await server.ready;
  });
  afterAll(async () => server?.close());

  it("binds to 127.0.0.1 only, and prints an address with a long random token", () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/[A-Za-z0-9_-]{32}/$`));
  });

  it("refuses a request without the token, or with a wrong one", async () => {
    expect((await request(server, "/api/files", { token: null })).status).toBe(404);
    expect((await request(server, "/api/files", { token: "x".repeat(32) })).status).toBe(404);
    expect((await request(server, "/api/files")).status).toBe(200);
  });

  it("sends `/<token>` on to `/<token>/` (the page's relative addresses keep the token)", async () => {
    const r = await request(server, "", {});
    expect(r.status).toBe(308);
    expect(r.headers.location).toBe(`/${server.token}/`);
  });

  it("refuses another Host (DNS rebinding) and another Origin (a page on another site)", async () => {
    const rebound = await request(server, "/api/files", { headers: { host: `evil.example:${server.port}` } });
    expect(rebound.status).toBe(421);
    const otherPort = await request(server, "/api/files", { headers: { host: `127.0.0.1:${server.port + 1}` } });
    expect(otherPort.status).toBe(421);
    expect((await request(server, "/api/files", { headers: { host: `localhost:${server.port}` } })).status).toBe(200);
    const cross = await request(server, "/api/check", { headers: { origin: "http://evil.example" }, body: { path: "examples/university.yaml", text: "" } });
    expect(cross.status).toBe(403);
    const nullOrigin = await request(server, "/api/files", { headers: { origin: "null" } });
    expect(nullOrigin.status).toBe(403);
    const site = await request(server, "/api/files", { headers: { "sec-fetch-site": "cross-site" } });
    expect(site.status).toBe(403);
    const own = await request(server, "/api/files", { headers: { origin: `http://127.0.0.1:${server.port}`, "sec-fetch-site": "same-origin" } });
    expect(own.status).toBe(200);
  });

  it("lists only data files under the folder: no hidden files, no links that lead outside", async () => {
    const files = (await request(server, "/api/files")).json<{ files: Array<{ path: string }> }>().files.map((f) => f.path);
    expect(files).toEqual(["examples/university.yaml"]);
  });

  it("opens nothing outside the folder: no `..`, no absolute paths, no symbolic-link escapes, no other kinds of file", async () => {
    const open = (p: string) => request(server, `/api/file?path=${encodeURIComponent(p)}`);
    for (const p of ["../outside/secret.yaml", "examples/../../outside/secret.yaml", "/etc/passwd", "examples\\..\\x.yaml", "examples/.hidden.yaml", "examples/./university.yaml", "examples//university.yaml"]) {
      expect((await open(p)).status, p).toBe(400);
    }
    expect((await open("escape.yaml")).status).toBe(404);
    expect((await open("outside-dir/secret.yaml")).status).toBe(404);
    expect((await open("examples/nothing.yaml")).status).toBe(404);
    expect((await request(server, "/api/file?path=package.json")).status).toBe(400);
    // Saving through a link that leads outside is refused the same way, and the file outside is untouched.
    const save = await request(server, "/api/save", { body: { path: "escape.yaml", text: "id: overwritten\n", version: "", overwrite: true } });
    expect(save.status).toBe(404);
    expect(readFileSync(join(work.dir, "outside/secret.yaml"), "utf8")).toBe("id: secret\n");
  });

  it("refuses bodies over the limit, other content types and malformed JSON, and goes on answering", async () => {
    const big = await request(server, "/api/check", { raw: Buffer.alloc(MAX_BODY_BYTES + 10, 0x61), headers: { "content-type": "application/json" } });
    expect(big.status).toBe(413);
    const form = await request(server, "/api/save", { raw: "path=examples/university.yaml&text=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    const broken = await request(server, "/api/check", { raw: "{not json", headers: { "content-type": "application/json" } });
    expect(broken.status).toBe(400);
    const wrongType = await request(server, "/api/check", { body: { path: "examples/university.yaml", text: 42 } });
    expect(wrongType.status).toBe(400);
    expect((await request(server, "/api/files")).status).toBe(200);
  });

  it("answers unknown routes and methods with an error, not a crash", async () => {
    expect((await request(server, "/api/nothing")).status).toBe(404);
    expect((await request(server, "/api/save", { method: "GET" })).status).toBe(405);
    expect((await request(server, "/assets/../../package.json")).status).toBe(404);
    expect((await request(server, "/api/output/not-a-key")).status).toBe(404);
  });

  it("serves the page with a policy that allows only its own files", async () => {
    const r = await request(server, "/");
    expect(r.status).toBe(200);
    expect(String(r.headers["content-security-policy"])).toContain("default-src 'none'");
    expect(String(r.headers["content-security-policy"])).toContain("script-src 'self'");
    expect(r.body.toString("utf8")).toContain('src="assets/page.js"');
    expect((await request(server, "/assets/page.js")).status).toBe(200);
    expect((await request(server, "/assets/pdf.worker.mjs")).headers["content-type"]).toMatch(/javascript/);
  });
});

describe("planwright serve: malformed files never stop it", () => {
  let server: RunningServer;
  let work: ReturnType<typeof dataCopy>;
  const hostile: Record<string, Buffer> = {
    "binary.yaml": Buffer.from([0x69, 0x64, 0x3a, 0x00, 0xff, 0x00]),
    "gbk.yaml": Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0x0a]),
    "alias-bomb.yaml": readFileSync(new URL("invalid/alias-bomb.yaml", import.meta.url)),
    "too-deep.yaml": readFileSync(new URL("invalid/too-deep.yaml", import.meta.url)),
    "huge.yaml": Buffer.alloc(3 * 1024 * 1024, 0x61),
    "broken.yaml": Buffer.from("id: [unclosed\n  - : :\n"),
  };

  beforeAll(async () => {
    work = dataCopy({ examples: ["university.yaml"] });
    for (const [name, bytes] of Object.entries(hostile)) writeFileSync(join(work.data, name), bytes);
    server = await startServer({ folder: work.data, out: work.out });
    await server.ready;
  });
  afterAll(async () => server?.close());

  it("lists them with their problems; the good file is built", async () => {
    const files = (await request(server, "/api/files")).json<{ files: Array<{ path: string; errors: number; built: boolean }> }>().files;
    for (const name of Object.keys(hostile)) expect(files.find((f) => f.path === name)?.errors, name).toBeGreaterThan(0);
    expect(files.find((f) => f.path === "examples/university.yaml")?.built).toBe(true);
  });

  it("opening them says why (or opens the text so the problem can be fixed)", async () => {
    const open = (p: string) => request(server, `/api/file?path=${p}`);
    expect((await open("binary.yaml")).json().error).toMatch(/binary/);
    expect((await open("gbk.yaml")).json().error).toMatch(/GBK/);
    expect((await open("huge.yaml")).status).toBe(413);
    expect((await open("broken.yaml")).status).toBe(200);
  });

  it("checking hostile text answers with positioned diagnostics", async () => {
    for (const [name, bytes] of Object.entries(hostile)) {
      if (name === "huge.yaml" || name === "binary.yaml") continue;
      const r = await request(server, "/api/check", { body: { path: name, text: bytes.toString("utf8") } });
      expect(r.status, name).toBe(200);
      const d = r.json<{ diagnostics: Array<{ severity: string; here: boolean }> }>().diagnostics;
      expect(d.some((x) => x.severity === "error" && x.here), name).toBe(true);
    }
    const nul = await request(server, "/api/check", { body: { path: "broken.yaml", text: "id: a\u0000b\n" } });
    expect(nul.json<{ diagnostics: Array<{ ruleId: string }> }>().diagnostics[0]?.ruleId).toBe("input/binary");
    const bidi = await request(server, "/api/check", { body: { path: "broken.yaml", text: "id: a\u202eb\n" } });
    expect(bidi.json<{ diagnostics: Array<{ ruleId: string; line: number }> }>().diagnostics[0]).toMatchObject({ ruleId: "input/control-character", line: 1 });
    expect((await request(server, "/api/files")).status).toBe(200);
  });
});
