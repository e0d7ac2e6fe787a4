import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckResponse, FileEntry } from "../src/serve/api-types.js";
import { startServer, type RunningServer } from "../src/serve/server.js";
import { dataCopy, request } from "./helpers/serve.js";

// Two data files with one organisation id would write the same out/<id>/ folder. In the page,
// as in `planwright build`, the clash is reported in both files, and neither file's build ever
// writes over the other organisation's documents.

const ORG = "examples/university.yaml";
const OTHER = "examples/other.yaml";

describe("planwright serve: two files with one organisation id", () => {
  let server: RunningServer;
  let work: ReturnType<typeof dataCopy>;
  let university: string;
  let other: string;

  beforeAll(async () => {
    work = dataCopy({ examples: ["university.yaml"] });
    university = readFileSync(join(work.data, ORG), "utf8");
    other = university.replace("id: shiep\n", "id: other\n").replace("上海电力学院网络舆情应对及处置方案", "另一学院网络舆情应对及处置方案");
    writeFileSync(join(work.data, OTHER), other);
    server = await startServer({ folder: work.data, out: work.out });
    await server.ready;
  });
  afterAll(async () => server?.close());

  const check = (path: string, text: string) => request(server, "/api/check", { body: { path, text } }).then((r) => r.json<CheckResponse>());
  const files = async () => (await request(server, "/api/files")).json<{ files: FileEntry[] }>().files;
  const outputs = (id: string) => ["plan", "contacts"].map((d) => readFileSync(join(work.out, id, `${d}.pdf`)).toString("base64"));
  const save = async (path: string, text: string) => {
    const r = await request(server, "/api/save", { body: { path, text, version: "", overwrite: true } });
    expect(r.status).toBe(200);
    await server.builder.settled();
  };
  const idLine = (text: string) => text.slice(0, text.indexOf("\nid: ") + 1).split("\n").length;

  it("while typing: the edited file is told at its id line which other file uses the id", async () => {
    const text = other.replace("id: other\n", "id: shiep\n");
    const r = await check(OTHER, text);
    const d = r.diagnostics.find((x) => x.ruleId === "build/duplicate-id");
    expect(d).toMatchObject({ here: true, severity: "error", line: idLine(text) });
    expect(d?.message).toContain(`${ORG}:${idLine(university)}`);
    // The same while the text has other problems too (no model to take the id from).
    const broken = await check(OTHER, text.replace("kind: public-opinion", "kind: no-such-kind"));
    expect(broken.diagnostics.some((x) => x.ruleId === "build/duplicate-id" && x.here)).toBe(true);
    // The file on disk does not clash yet: the other file shows nothing.
    expect((await check(ORG, university)).diagnostics.some((x) => x.ruleId === "build/duplicate-id")).toBe(false);
  });

  it("saved: both files are listed with the problem, and neither build writes over the other's documents", async () => {
    const before = outputs("shiep");
    await save(OTHER, other.replace("id: other\n", "id: shiep\n"));
    const listed = await files();
    for (const path of [ORG, OTHER]) expect(listed.find((f) => f.path === path), path).toMatchObject({ errors: 1, built: false });
    expect(outputs("shiep")).toEqual(before);
    // Opening the other file shows the clash there too.
    const r = await check(ORG, university);
    expect(r.diagnostics.find((x) => x.ruleId === "build/duplicate-id")).toMatchObject({ here: true, line: idLine(university) });
    expect(r.diagnostics.find((x) => x.ruleId === "build/duplicate-id")?.message).toContain(OTHER);
  });

  it("an edit of the other file alone is built with its partner, and still refused", async () => {
    const before = outputs("shiep");
    await save(ORG, university.replace("上海电力学院网络舆情应对及处置方案", "上海电力学院网络舆情应对及处置方案（修订）"));
    expect((await files()).filter((f) => f.errors > 0).map((f) => f.path).sort()).toEqual([OTHER, ORG]);
    expect(outputs("shiep")).toEqual(before);
  });

  it("once the clash is resolved, both organisations are built again", async () => {
    await save(OTHER, other);
    const listed = await files();
    for (const path of [ORG, OTHER]) expect(listed.find((f) => f.path === path), path).toMatchObject({ errors: 0, built: true });
    expect(outputs("other")).toHaveLength(2);
  });
});
