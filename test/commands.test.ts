import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "./helpers/cli.js";
import { pdfText, readPdf } from "./helpers/pdf.js";
import { squash } from "./helpers/build.js";
import { unexpectedProblems } from "./prose/open-classes.js";
import { tempDir } from "./helpers/temp.js";

const tmp = () => tempDir("planwright-cmd-");

describe("planwright diff", () => {
  it("names a changed deadline and a new role, and writes a change notice", async () => {
    const dir = tmp();
    const after = join(dir, "new.yaml");
    writeFileSync(
      after,
      readFileSync("data/examples/university.yaml", "utf8")
        .replace("        deadline: 1h\n        to: leading-group", "        deadline: 30min\n        to: leading-group")
        .replace("roles:\n", "roles:\n  - id: commentator\n    name: 网络评论员\n    holders: [xu-yang]\n"),
    );
    const r = await command(["diff", "data/examples/university.yaml", after, "--out", join(dir, "out")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("建立快速报告机制 第2步：时限 1小时内 → 30分钟内");
    expect(r.stdout).toContain("新增岗位：网络评论员");
    const notice = squash(pdfText(await readPdf(readFileSync(join(dir, "out", "shiep", "change-notice.pdf")))));
    expect(notice).toContain(squash("1小时内 → 30分钟内"));
    expect(existsSync(join(dir, "out", "shiep", "change-notice.docx"))).toBe(true);
  });

  it("says when nothing changed, and fails on invalid input", async () => {
    const same = await command(["diff", "data/examples/university.yaml", "data/examples/university.yaml"]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("无变化");
    expect((await command(["diff", "data/examples/university.yaml", "test/invalid/bad-date.yaml"])).code).toBe(1);
  });
});

describe("planwright validate --strict on every example", () => {
  it("finds nothing: no plan-checker warning and no prose-lint finding of any class (issues 19 and 20)", async () => {
    const v = await command(["validate", "--strict", "data"]);
    expect(v.stderr).toContain("no problems");
    expect(v.stderr).not.toMatch(/\[(?:prose|levels|contacts|forms|duty|reports)\//u);
    expect(v.code, v.stderr).toBe(0);
  });
});

describe("planwright init", () => {
  for (const kind of ["public-opinion", "epidemic", "crisis-comms"]) {
    for (const locale of ["zh-CN", "en"]) {
      it(`${kind} ${locale}: the starter validates and builds without problems`, async () => {
        const dir = tmp();
        expect((await command(["init", dir, "--kind", kind, "--locale", locale])).code).toBe(0);
        const file = join(dir, `${kind}.yaml`);
        expect(readFileSync(file, "utf8")).toMatch(/^# yaml-language-server: \$schema=planwright\.schema\.json/);
        expect(existsSync(join(dir, "planwright.schema.json"))).toBe(true);
        // No problems but the prose-lint classes still being fixed (test/prose/open-classes.ts).
        const v = await command(["validate", file]);
        expect(v.code).toBe(0);
        expect(unexpectedProblems(v.stderr)).toEqual([]);
        const b = await command(["build", file, "--out", join(dir, "out"), "--format", "pdf"]);
        expect(b.code, b.stderr).toBe(0);
        expect(unexpectedProblems(b.stderr)).toEqual([]);
      });
    }
  }

  it("does not overwrite an existing file without --force", async () => {
    const dir = tmp();
    expect((await command(["init", dir])).code).toBe(0);
    expect((await command(["init", dir])).code).toBe(2);
    expect((await command(["init", dir, "--force"])).code).toBe(0);
    expect((await command(["init", dir, "--kind", "nonsense"])).code).toBe(2);
  });
});

describe("planwright templates", () => {
  it("lists each document's template and marks custom ones", async () => {
    const r = await command(["templates", "test/invalid-templates/missing-field/data.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/plan\s+test\/invalid-templates\/missing-field\/tpl\/zh-CN\/plan\.md\.hbs\s+\(custom\)/);
    expect(r.stdout).toMatch(/checklists\s+templates\/zh-CN\/checklists\.md\.hbs\n/);
  });
});
