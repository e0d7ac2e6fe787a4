import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileEntry, OpenResponse } from "../../src/serve/api-types.js";
import { loadModel } from "../../src/model/load-model.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { dataCopy, request, until } from "../helpers/serve.js";

const PLAN = ["某镇网络舆情应对方案", "一、组织领导", "成立网络舆情应对工作领导小组（以下简称领导小组）。", "组长：张建国（镇长）", "二、工作机制", "1.快速报告。网络信息员发现舆情后立即向领导小组报告。"].join("\n");

describe("planwright serve: start from a document", () => {
  let server: RunningServer;
  let work: ReturnType<typeof dataCopy>;
  beforeAll(async () => {
    work = dataCopy({ examples: ["university.yaml"] });
    server = await startServer({ folder: work.data, out: work.out });
    await server.ready;
  });
  afterAll(async () => server?.close());

  const upload = (name: string, raw: Buffer | string, type = "application/octet-stream") => request(server, `/api/import?name=${encodeURIComponent(name)}`, { method: "POST", raw, headers: { "content-type": type } });

  it("writes the draft as a new data file the editor opens, with the report", async () => {
    const r = await upload("镇方案.txt", PLAN);
    expect(r.status).toBe(200);
    const answer = r.json<{ path: string; report: string }>();
    expect(answer.path).toBe("zhen-fang-an.yaml");
    expect(answer.report).toMatch(/recognised: .* 1 people/);
    const file = join(work.data, answer.path);
    expect(loadModel(file).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const opened = (await request(server, `/api/file?path=${encodeURIComponent(answer.path)}`)).json<OpenResponse>();
    expect(opened.text).toBe(readFileSync(file, "utf8"));
    expect(opened.text).toContain("name: 张建国");
    await until(async () => (await request(server, "/api/files")).json<{ files: FileEntry[] }>().files.some((f) => f.path === answer.path), 10_000, "the draft in the file list");
    // A second import of the same name never replaces the first.
    expect((await upload("镇方案.txt", PLAN)).json<{ path: string }>().path).toBe("zhen-fang-an-2.yaml");
  });

  it("refuses what is not a plan with the import's message, and other content types", async () => {
    const pdf = await upload("scan.pdf", "%PDF-1.4\n%%EOF\n");
    expect(pdf.status).toBe(422);
    expect(pdf.json()).toMatchObject({ error: expect.stringMatching(/scan\.pdf is a PDF/), hint: expect.stringMatching(/OCR/) });
    expect((await upload("plan.txt", PLAN, "application/json")).status).toBe(415);
    expect((await upload("plan.txt", PLAN, "text/plain")).status).toBe(415);
  });
});
