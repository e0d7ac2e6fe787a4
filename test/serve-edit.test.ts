import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckResponse, FileEntry, NoticeResponse, OpenResponse, RenderResponse } from "../src/serve/api-types.js";
import { startServer, type RunningServer } from "../src/serve/server.js";
import { docxParagraphs, openDocx } from "./helpers/docx.js";
import { readPdf } from "./helpers/pdf.js";
import { dataCopy, request, until } from "./helpers/serve.js";

const ORG = "examples/university.yaml";
const TITLE = "上海电力学院网络舆情应对及处置方案";
const pdfText = async (bytes: Uint8Array) => (await readPdf(bytes)).flatMap((p) => p.items.map((i) => i.str)).join("");

describe("planwright serve: checking, previewing and saving a data file", () => {
  let server: RunningServer;
  let work: ReturnType<typeof dataCopy>;
  let original: string;

  beforeAll(async () => {
    work = dataCopy({ examples: ["university.yaml"], county: true });
    original = readFileSync(join(work.data, ORG), "utf8");
    server = await startServer({ folder: work.data, out: work.out });
    await server.ready;
  });
  afterAll(async () => server?.close());

  const check = (path: string, text: string, document?: string) => request(server, "/api/check", { body: { path, text, ...(document ? { document } : {}) } }).then((r) => r.json<CheckResponse>());
  const output = async (key: string) => new Uint8Array((await request(server, `/api/output/${key}`)).body);

  it("builds the whole folder at start, through the same manifest as `planwright build`", async () => {
    const files = (await request(server, "/api/files")).json<{ files: FileEntry[] }>().files;
    expect(files.map((f) => [f.path, f.base, f.built, f.errors])).toEqual([
      ["county/base.yaml", true, false, 0],
      ["county/township-east.yaml", false, true, 0],
      ["county/township-west.yaml", false, true, 0],
      [ORG, false, true, 0],
    ]);
    expect(existsSync(join(work.out, ".planwright-manifest.json"))).toBe(true);
    expect(readdirSync(join(work.out, "shiep")).sort()).toEqual(["checklists.docx", "checklists.pdf", "contacts.docx", "contacts.pdf", "forms.docx", "forms.pdf", "plan.docx", "plan.pdf"]);
  });

  it("checks unsaved text: the diagnostic names the line and column of the edit; nothing is written", async () => {
    const text = original.replace("actor: monitor-officer", "actor: monitor-oficer");
    const line = text.slice(0, text.indexOf("monitor-oficer")).split("\n").length;
    const before = readFileSync(join(work.out, "shiep/plan.pdf"));
    const r = await check(ORG, text);
    const d = r.diagnostics.find((x) => x.ruleId === "refs/unknown-id");
    expect(d).toMatchObject({ here: true, file: ORG, line, column: text.split("\n")[line - 1]?.indexOf("monitor-oficer") as number + 1 });
    expect(d?.message).toContain("did you mean `monitor-officer`");
    expect(r.preview).toEqual({ document: "plan", failed: true });
    expect(readFileSync(join(work.data, ORG), "utf8")).toBe(original);
    expect(Buffer.compare(readFileSync(join(work.out, "shiep/plan.pdf")), before)).toBe(0);
  });

  it("previews the selected document built from the unsaved text", async () => {
    const r = await check(ORG, original.replace(`title: ${TITLE}`, `title: ${TITLE}（草稿）`), "contacts");
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.documents).toEqual(["plan", "checklists", "contacts", "forms"]);
    expect(r.ids.find((e) => e.id === "monitor-officer")).toMatchObject({ kind: "role" });
    expect(r.preview?.document).toBe("contacts");
    expect(await pdfText(await output(r.preview?.key as string))).toContain("（草稿）");
  });

  it("shows problems in a base file the organisation extends, at the base's line", async () => {
    const base = join(work.data, "county/base.yaml");
    const baseText = readFileSync(base, "utf8");
    writeFileSync(base, baseText.replace(/(\n\s+deadline: )30min/, "$1soonish"));
    try {
      const own = readFileSync(join(work.data, "county/township-east.yaml"), "utf8");
      const r = await check("county/township-east.yaml", own);
      const inBase = r.diagnostics.find((d) => d.file === "county/base.yaml");
      expect(inBase).toMatchObject({ here: false, severity: "error" });
      expect(readFileSync(base, "utf8").split("\n")[(inBase?.line as number) - 1]).toContain("soonish");
    } finally {
      writeFileSync(base, baseText);
    }
  });

  it("checking a base shows what its change breaks in the organisations extending it", async () => {
    const baseText = readFileSync(join(work.data, "county/base.yaml"), "utf8");
    const r = await check("county/base.yaml", baseText.replaceAll("county-cac", "county-cac2"));
    expect(r.base).toBe(true);
    expect(r.dependents).toEqual(["county/township-east.yaml", "county/township-west.yaml"]);
    const broken = r.diagnostics.filter((d) => d.file === "county/township-west.yaml");
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0]?.message).toContain("county-cac");
  });

  it("renders any document as DOCX or PDF for download; an unknown document is refused with a reason", async () => {
    const r = (await request(server, "/api/render", { body: { path: ORG, text: original, document: "forms", format: "docx" } })).json<RenderResponse>();
    expect(r.name).toBe("shiep-forms.docx");
    const dl = await request(server, `/api/output/${r.key}?download=1`);
    expect(dl.headers["content-disposition"]).toMatch(/^attachment; filename="shiep-forms.docx"/);
    expect(docxParagraphs(openDocx(new Uint8Array(dl.body)).xml("word/document.xml")).join("")).toContain("登记表");
    const none = await request(server, "/api/render", { body: { path: ORG, text: original, document: "nothing", format: "pdf" } });
    expect(none.status).toBe(422);
  });

  it("words the rule changes since the file was opened, and writes the 修订说明", async () => {
    const after = original.replace("deadline: 1h", "deadline: 30min");
    const diff = (await request(server, "/api/diff", { body: { path: ORG, before: original, after } })).json<{ lines: string[] }>();
    expect(diff.lines).toEqual(["建立快速报告机制 第2步：时限 1小时内 → 30分钟内"]);
    const notice = (await request(server, "/api/notice", { body: { path: ORG, before: original, after } })).json<NoticeResponse>();
    expect(notice.name).toBe("shiep-change-notice");
    expect(await pdfText(await output(notice.pdf as string))).toContain("修订");
    expect(docxParagraphs(openDocx(await output(notice.docx as string)).xml("word/document.xml")).join("")).toContain("30分钟");
  });

  it("saves atomically, refuses to overwrite a file changed since it was opened, and overwrites only when asked", async () => {
    const path = join(work.data, ORG);
    const opened = (await request(server, `/api/file?path=${ORG}`)).json<OpenResponse>();
    const mine = opened.text.replace(`title: ${TITLE}`, `title: ${TITLE}（保存）`);
    const saved = await request(server, "/api/save", { body: { path: ORG, text: mine, version: opened.version } });
    expect(saved.json()).toMatchObject({ saved: true });
    expect(readFileSync(path, "utf8")).toBe(mine);
    expect(readdirSync(join(work.data, "examples")).filter((f) => !f.endsWith(".yaml"))).toEqual([]);
    // Someone else changes the file; a save from the old version is a conflict that returns their text.
    const theirs = mine.replace("2026-03-01", "2026-03-05");
    writeFileSync(path, theirs);
    const stale = await request(server, "/api/save", { body: { path: ORG, text: `${mine}# mine\n`, version: saved.json<{ version: string }>().version } });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ conflict: true, text: theirs });
    expect(readFileSync(path, "utf8")).toBe(theirs);
    const forced = await request(server, "/api/save", { body: { path: ORG, text: `${mine}# mine\n`, version: "whatever", overwrite: true } });
    expect(forced.status).toBe(200);
    expect(readFileSync(path, "utf8")).toBe(`${mine}# mine\n`);
  });

  it("after a save, the organisation is built into the output folder", async () => {
    await until(async () => (await pdfText(readFileSync(join(work.out, "shiep/plan.pdf")))).includes("（保存）"), 20_000, "the rebuilt plan");
    await server.builder.settled();
    const entry = (await request(server, "/api/files")).json<{ files: FileEntry[] }>().files.find((f) => f.path === ORG);
    expect(entry).toMatchObject({ built: true, errors: 0 });
  });

  it("keeps a file's byte-order mark and Windows line ends", async () => {
    const path = join(work.data, "county/township-east.yaml");
    writeFileSync(path, `\uFEFF${readFileSync(path, "utf8").replace(/\n/g, "\r\n")}`);
    await server.builder.settled();
    const opened = (await request(server, "/api/file?path=county/township-east.yaml")).json<OpenResponse>();
    expect(opened).toMatchObject({ bom: true, crlf: true });
    const text = opened.text.replace("东岭镇网络舆情", "东岭镇网络舆情（修订）");
    await request(server, "/api/save", { body: { path: "county/township-east.yaml", text, version: opened.version, bom: true } });
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).not.toMatch(/[^\r]\n/);
  });

  it("tells open pages when a file changes on disk", async () => {
    const events: string[] = [];
    const stream = httpRequest({ host: "127.0.0.1", port: server.port, path: `/${server.token}/api/events` }, (res) => res.on("data", (c: Buffer) => events.push(c.toString("utf8"))));
    stream.end();
    await until(() => events.join("").includes("event: files"), 5000, "the first event");
    writeFileSync(join(work.data, "county/township-west.yaml"), `${readFileSync(join(work.data, "county/township-west.yaml"), "utf8")}# touched\n`);
    await until(() => events.join("").includes('"type":"changed","path":"county/township-west.yaml"'), 10_000, "the change event");
    stream.destroy();
  });
});

describe("planwright serve beside another serve and the command line", () => {
  it("two servers on one folder: a save in one is a conflict in the other, never a silent overwrite", async () => {
    const work = dataCopy({ examples: ["university.yaml"] });
    const a = await startServer({ folder: work.data, out: work.out });
    const b = await startServer({ folder: work.data, out: work.out });
    try {
      await Promise.all([a.ready, b.ready]);
      const fromA = (await request(a, `/api/file?path=${ORG}`)).json<OpenResponse>();
      const fromB = (await request(b, `/api/file?path=${ORG}`)).json<OpenResponse>();
      const textA = fromA.text.replace("2026-03-01", "2026-04-01");
      expect((await request(a, "/api/save", { body: { path: ORG, text: textA, version: fromA.version } })).status).toBe(200);
      const second = await request(b, "/api/save", { body: { path: ORG, text: fromB.text.replace("2026.1", "2026.9"), version: fromB.version } });
      expect(second.status).toBe(409);
      expect(readFileSync(join(work.data, ORG), "utf8")).toBe(textA);
      await Promise.all([a.builder.settled(), b.builder.settled()]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("a command-line build running beside a save: the data file has the save, every output is a whole file", async () => {
    const work = dataCopy({ examples: ["university.yaml", "crisis-comms.yaml", "town.yaml"] });
    const server = await startServer({ folder: work.data, out: work.out });
    try {
      await server.ready;
      const cli = spawn(process.execPath, [new URL("../bin/planwright.js", import.meta.url).pathname, "build", work.data, "--out", work.out, "--force", "-q"], { stdio: "ignore" });
      const exited = new Promise<number | null>((done) => cli.on("exit", (code) => done(code)));
      const opened = (await request(server, `/api/file?path=${ORG}`)).json<OpenResponse>();
      const text = opened.text.replace(`title: ${TITLE}`, `title: ${TITLE}（并行）`);
      expect((await request(server, "/api/save", { body: { path: ORG, text, version: opened.version } })).status).toBe(200);
      expect(await exited).toBe(0);
      await server.builder.settled();
      expect(readFileSync(join(work.data, ORG), "utf8")).toBe(text);
      for (const org of readdirSync(work.out).filter((d) => !d.startsWith("."))) {
        for (const f of readdirSync(join(work.out, org))) {
          const bytes = readFileSync(join(work.out, org, f));
          if (f.endsWith(".pdf")) expect(bytes.subarray(-6).toString("latin1"), f).toMatch(/%%EOF\s*$/);
          else expect(() => openDocx(new Uint8Array(bytes)).xml("word/document.xml"), f).not.toThrow();
        }
      }
      expect(readdirSync(join(work.out, "shiep")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
