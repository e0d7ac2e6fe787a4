import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NoticeResponse, ReviseResponse, RevisionProposal } from "../src/serve/api-types.js";
import { nextVersion, recordRevision } from "../src/serve/revise.js";
import { startServer, type RunningServer } from "../src/serve/server.js";
import { readPdf } from "./helpers/pdf.js";
import { dataCopy, request } from "./helpers/serve.js";

// The 修订说明 of the page: a new version when the version was not changed, today's date, the
// revision record added to the data, and never the summary of an earlier revision beside the changes.

const ORG = "examples/university.yaml";
const EAST = "county/township-east.yaml";
const squash = (s: string) => s.replace(/\s+/g, "");

describe("the revision record and the 修订说明", () => {
  let server: RunningServer;
  let work: ReturnType<typeof dataCopy>;
  let university: string;
  let east: string;

  beforeAll(async () => {
    work = dataCopy({ examples: ["university.yaml"], county: true });
    university = readFileSync(join(work.data, ORG), "utf8");
    east = readFileSync(join(work.data, EAST), "utf8");
    server = await startServer({ folder: work.data, out: work.out });
    await server.ready;
  });
  afterAll(async () => server?.close());

  const post = <T>(path: string, body: unknown) => request(server, path, { body }).then((r) => r.json<T>());
  const edited = () => university.replace("deadline: 1h\n        to: leading-group", "deadline: 45min\n        to: leading-group");
  const noticeText = async (before: string, after: string, path = ORG) => {
    const n = await post<NoticeResponse>("/api/notice", { path, before, after });
    const pdf = await request(server, `/api/output/${n.pdf}`);
    return squash((await readPdf(new Uint8Array(pdf.body))).flatMap((p) => p.items.map((i) => i.str)).join(""));
  };

  it("next versions: the last number plus one", () => {
    expect(nextVersion("2026.1")).toBe("2026.2");
    expect(nextVersion("1.9")).toBe("1.10");
    expect(nextVersion("v3")).toBe("v4");
    expect(nextVersion("第2版")).toBe("第3版");
    expect(nextVersion("draft")).toBe("draft.1");
  });

  it("proposes a new version when it was not changed, and no stale summary", async () => {
    const p = await post<RevisionProposal>("/api/revision", { path: ORG, before: university, after: edited() });
    expect(p).toMatchObject({ from: "2026.1", version: "2026.2", summary: "", by: "党委宣传部" });
  });

  it("records the revision in the text, changing only the version, the date and the list of revisions", async () => {
    const r = await post<ReviseResponse>("/api/revise", { path: ORG, text: edited(), version: "2026.2", date: "2026-03-10", effective: "2026-03-15", summary: "报告时限改为45分钟。", by: "党委宣传部" });
    if (!("text" in r)) throw new Error(JSON.stringify(r));
    const before = edited().split("\n");
    const after = r.text.split("\n");
    expect(after.length).toBe(before.length + 4);
    expect(after.filter((l, i) => l !== before[i] && !before.includes(l))).toEqual([
      '  version: "2026.2"',
      "  effective_date: 2026-03-15",
      '    - version: "2026.2"',
      "      date: 2026-03-10",
      "      summary: 报告时限改为45分钟。",
    ]);
    // The new entry follows the old one, at its indentation; the file still checks.
    expect(r.text).toContain('      by: 党委宣传部\n    - version: "2026.2"\n      date: 2026-03-10');
    const check = await post<{ diagnostics: Array<{ severity: string }> }>("/api/check", { path: ORG, text: r.text });
    expect(check.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // The notice: 2026.1 → 2026.2, the new summary, the change, the record's date.
    const text = await noticeText(university, r.text);
    expect(text).toContain(squash("2026.1 → 2026.2"));
    expect(text).toContain("报告时限改为45分钟");
    expect(text).not.toContain("依据2022年方案修订");
    expect(text).toContain("45分钟");
    expect(text).toContain("2026年3月10日");
    // Recording it again replaces the entry rather than adding a second one.
    const again = recordRevision(r.text, { version: "2026.2", date: "2026-03-11", effective: "2026-03-15", summary: "报告时限改为45分钟，并调整值班。" });
    if (!("text" in again)) throw new Error("not recorded");
    expect(again.text.match(/- version: "2026\.2"/g)).toHaveLength(1);
    expect(again.text).toContain("date: 2026-03-11");
    expect(again.text).toMatch(/- version: "2026\.2"\n {6}date: 2026-03-11\n {6}summary: 报告时限改为45分钟，并调整值班。\n(?! {6}by:)/);
  });

  it("a file without revisions gets the list, under `document:`", async () => {
    const text = east.replace("1h", "2h");
    const r = recordRevision(text, { version: "2026.2", date: "2026-05-01", effective: "2026-05-01", summary: "调整上报时限。" });
    if (!("text" in r)) throw new Error("not recorded");
    expect(r.text).toContain('  issuer: 东岭镇人民政府\n  revisions:\n    - version: "2026.2"\n      date: 2026-05-01\n      summary: 调整上报时限。\norganisation:');
    expect(r.text).toContain('  version: "2026.2"\n  effective_date: 2026-05-01\n');
  });

  it("the command line's notice never prints an earlier revision's summary beside the changes", async () => {
    const text = await noticeText(university, edited());
    expect(text).toContain(squash("2026.1 → 2026.1"));
    expect(text).not.toContain("依据2022年方案修订");
  });
});
