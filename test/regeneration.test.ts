import { spawn } from "node:child_process";
import { cpSync, readFileSync, statSync, writeFileSync, existsSync, readdirSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { loadModel } from "../src/model/load-model.js";
import { command } from "./helpers/cli.js";
import { pdfText, readPdf, unspaced } from "./helpers/pdf.js";
import { squash } from "./helpers/build.js";
import { tempDir } from "./helpers/temp.js";

const tmp = () => tempDir("planwright-regen-");

function copyCounty(): string {
  const dir = tmp();
  cpSync("data/county", join(dir, "county"), { recursive: true });
  return join(dir, "county");
}

async function planText(file: string): Promise<{ plan: string; forms: string }> {
  const b = await buildOrganisation(file, { formats: ["pdf"] });
  expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const text = async (n: string) => squash(pdfText(await readPdf(b.outputs.find((o) => o.path.endsWith(`/${n}.pdf`))!.bytes)));
  return { plan: await text("plan"), forms: await text("forms") };
}

describe("shared rules: a base and two organisations that extend it", () => {
  it("each organisation inherits the county rules and applies its own overrides", async () => {
    const east = await planText("data/county/township-east.yaml");
    const west = await planText("data/county/township-west.yaml");
    // Inherited as is: the county's 30-minute rule and its external bodies.
    // The group is named in full once, then by its short name (以下简称镇领导小组).
    // The officer's two steps share one subject: 网络信息员立即登记……；在30分钟内向镇领导小组报告.
    expect(east.plan).toMatch(/网络信息员立即登记[^。]*；在30分钟内向镇领导小组报告/u);
    expect(east.plan).toContain("秀川县委网信办");
    // Overridden: West reports within 15 minutes and adds a commentator.
    expect(west.plan).toMatch(/网络信息员立即登记[^。]*；在15分钟内向镇领导小组报告/u);
    expect(west.plan).not.toContain("30分钟内");
    expect(west.plan).toContain("网络评论员");
    // `omit:` drops an inherited form.
    expect(east.forms).toContain("网络舆情值班记录表");
    expect(west.forms).not.toContain("网络舆情值班记录表");
    expect(west.forms).toContain("网络舆情登记表");
  });

  it("errors in a base point at the base file and line", () => {
    const dir = copyCounty();
    const base = join(dir, "base.yaml");
    writeFileSync(base, readFileSync(base, "utf8").replace("record: opinion-register", "record: opinion-registr"));
    const r = loadModel(join(dir, "township-east.yaml"));
    const d = r.diagnostics.find((x) => x.ruleId === "refs/unknown-id");
    expect(d?.file).toMatch(/base\.yaml$/);
    expect(d?.position?.line).toBe(readFileSync(base, "utf8").split("\n").findIndex((l) => l.includes("opinion-registr")) + 1);
    expect(d?.message).toContain("did you mean `opinion-register`");
  });

  it("a base file is not built on its own, and a missing base is reported at `extends:`", async () => {
    const dir = copyCounty();
    const out = join(dir, "out");
    const r = await command(["build", join(dir, "base.yaml"), "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("base file");
    writeFileSync(join(dir, "orphan.yaml"), "extends: nowhere.yaml\nid: orphan\n");
    const m = loadModel(join(dir, "orphan.yaml"));
    expect(m.diagnostics[0]).toMatchObject({ ruleId: "extends/not-found", position: { line: 1, column: 10 } });
  });
});

describe("batch builds", () => {
  it("one invalid organisation does not stop the others; the exit code says something failed", async () => {
    const dir = tmp();
    const src = readFileSync("data/examples/university.yaml", "utf8");
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `org-${i}.yaml`), src.replace("id: shiep", `id: org-${i}`));
    writeFileSync(join(dir, "org-2.yaml"), src.replace("id: shiep", "id: org-2").replace("deadline: 1h", "deadline: soon"));
    const out = join(dir, "out");
    const r = await command(["build", join(dir, "*.yaml"), "--out", out, "--format", "pdf", "--only", "plan", "--jobs", "2"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("org-2.yaml");
    expect(r.stderr).toMatch(/4 built, 0 up to date, 1 failed/);
    for (const i of [0, 1, 3, 4]) expect(existsSync(join(out, `org-${i}`, "plan.pdf"))).toBe(true);
    expect(existsSync(join(out, "org-2"))).toBe(false);
  });

  it("a rebuild after one rule change rewrites only that organisation's affected files", async () => {
    const dir = tmp();
    const src = readFileSync("data/examples/university.yaml", "utf8");
    for (const n of ["a", "b", "c"]) writeFileSync(join(dir, `${n}.yaml`), src.replace("id: shiep", `id: org-${n}`));
    const out = join(dir, "out");
    expect((await command(["build", join(dir, "*.yaml"), "--out", out, "--format", "pdf"])).code).toBe(0);
    const stamp = () =>
      new Map(
        ["a", "b", "c"].flatMap((n) =>
          readdirSync(join(out, `org-${n}`)).map((f) => {
            const p = join(out, `org-${n}`, f);
            return [p, { mtime: statSync(p).mtimeMs, bytes: readFileSync(p) }] as const;
          }),
        ),
      );
    const before = stamp();
    await new Promise((r) => setTimeout(r, 50));
    // Change one rule of org b: the 1-hour report becomes 30 minutes (plan, checklists and the report form, whose text refers to it, change; contacts do not).
    writeFileSync(join(dir, "b.yaml"), readFileSync(join(dir, "b.yaml"), "utf8").replace("deadline: 1h\n        to: leading-group", "deadline: 30min\n        to: leading-group"));
    const r = await command(["build", join(dir, "*.yaml"), "--out", out, "--format", "pdf"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 built, 2 up to date/);
    const after = stamp();
    const changed = [...after.keys()].filter((k) => after.get(k)!.mtime !== before.get(k)!.mtime).map((k) => k.slice(out.length + 1)).sort();
    expect(changed).toEqual(["org-b/checklists.pdf", "org-b/forms.pdf", "org-b/plan.pdf"]);
    for (const [k, v] of before) if (!changed.includes(k.slice(out.length + 1))) expect(Buffer.compare(v.bytes, after.get(k)!.bytes)).toBe(0);
    // A data file touched but not changed: reported up to date, nothing rewritten.
    const mtimes = stamp();
    utimesSync(join(dir, "c.yaml"), new Date(), new Date(Date.now() + 5000));
    expect((await command(["build", join(dir, "*.yaml"), "--out", out, "--format", "pdf"])).stderr).toMatch(/0 built, 3 up to date/);
    for (const [k, v] of stamp()) expect(v.mtime, k).toBe(mtimes.get(k)!.mtime);
    // --force rebuilds everything (bytes are the same, so nothing is rewritten).
    expect((await command(["build", join(dir, "*.yaml"), "--out", out, "--format", "pdf", "--force"])).stderr).toMatch(/3 built, 0 up to date/);
  });
});

describe("watch", () => {
  it("rebuilds when a data file changes, and keeps watching after an error", async () => {
    const dir = tmp();
    const file = join(dir, "org.yaml");
    cpSync("data/examples/university.yaml", file);
    const out = join(dir, "out");
    const child = spawn(process.execPath, ["bin/planwright.js", "watch", file, "--out", out, "--format", "pdf", "--only", "plan"], { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    child.stderr.on("data", (c: Buffer) => (log += c.toString()));
    let mark = 0;
    const waitFor = async (re: RegExp, ms = 30_000) => {
      const start = Date.now();
      while (!re.test(log.slice(mark))) {
        if (Date.now() - start > ms) throw new Error(`timed out waiting for ${re}; log:\n${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    try {
      await waitFor(/watching/);
      const first = readFileSync(join(out, "shiep", "plan.pdf"));
      mark = log.length;
      writeFileSync(file, readFileSync(file, "utf8").replace("deadline: soon", "x").replace("actor: monitor-officer\n        deadline: 1h", "actor: monitor-oficer\n        deadline: 1h"));
      await waitFor(/monitor-oficer/);
      await waitFor(/not built/);
      mark = log.length;
      writeFileSync(file, readFileSync(file, "utf8").replace("monitor-oficer", "monitor-officer").replace("deadline: 1h\n        to: leading-group", "deadline: 45min\n        to: leading-group"));
      await waitFor(/1 file\(s\) written/);
      const second = readFileSync(join(out, "shiep", "plan.pdf"));
      expect(Buffer.compare(first, second)).not.toBe(0);
      expect(squash(pdfText(await readPdf(second)))).toContain("在45分钟内");
    } finally {
      // A child that already ended has nothing to wait for (its exit event is gone).
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.on("exit", r));
        child.kill("SIGINT");
        await exited;
      }
    }
  });
});

describe("revision history", () => {
  it("prints the revision table in the plan and the version and effective date on every document", async () => {
    const b = await buildOrganisation("data/examples/university.yaml", { formats: ["pdf"] });
    for (const o of b.outputs) {
      const pages = await readPdf(o.bytes);
      const all = unspaced(pages.map((p) => p.items.map((i) => i.str).join("")).join(""));
      expect(all, o.path).toContain("2026.1");
      expect(all, o.path).toContain("2026年3月1日");
      if (!o.path.endsWith("plan.pdf")) for (const p of pages) expect(p.items.map((i) => i.str).join(""), o.path).toContain("版本 2026.1");
    }
    const plan = squash(pdfText(await readPdf(b.outputs.find((o) => o.path.endsWith("plan.pdf"))!.bytes)));
    expect(plan).toContain("修订记录");
    expect(plan).toContain(squash("依据2022年方案修订"));
  });
});
