import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/** The whole way on the command line: a plan DOCX → import → the draft validates and builds. */
describe("planwright import on the command line", () => {
  it("drafts from a plan DOCX, reports with the draft's lines, and the draft validates and builds", async () => {
    const dir = tempDir("planwright-import-cli-");
    expect((await command(["build", "data/examples/hospital.yaml", "--only", "plan", "--format", "docx", "--out", join(dir, "out"), "-q"])).code).toBe(0);
    const plan = join(dir, "out", "yanchuan-hospital", "plan.docx");
    const r = await command(["import", plan, "--out", join(dir, "draft.yaml")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/✔ wrote .*draft\.yaml from .*plan\.docx/);
    // The hospital's sheet lists its outside bodies too, with their contacts: 19 people or a few more.
    expect(r.stderr).toMatch(/recognised: \d+ sections, [12]\d people with \d+ phone numbers/);
    expect(r.stderr).toMatch(/draft: valid/);
    const draft = readFileSync(join(dir, "draft.yaml"), "utf8").split("\n");
    const check = /draft\.yaml:(\d+) {2}(\S+):/.exec(r.stderr);
    expect(check).not.toBeNull();
    expect(draft[Number(check?.[1]) - 2]).toContain("CHECK:");
    expect((await command(["validate", join(dir, "draft.yaml")])).code).toBe(0);
    const built = await command(["build", join(dir, "draft.yaml"), "--out", join(dir, "again"), "-q"]);
    expect(built.code).toBe(0);
    expect(existsSync(join(dir, "again", "yan-chuan-shi-di-yi-ren", "plan.pdf"))).toBe(true);
    // The draft goes to standard output with --out -, and an existing one is kept without --force.
    const out = await command(["import", plan, "--out", "-"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("title: 盐川市第一人民医院舆情监测与应对管理办法");
    expect((await command(["import", plan, "--out", join(dir, "draft.yaml")])).code).toBe(2);
    expect((await command(["import", plan, "--out", join(dir, "draft.yaml"), "--force"])).code).toBe(0);
  });
});
