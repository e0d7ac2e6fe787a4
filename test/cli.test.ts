import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

const tmp = () => tempDir("planwright-cli-");

describe("planwright CLI", () => {
  it("--version and --help exit 0", () => {
    const v = cli(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = cli(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("build");
    expect(h.stdout).toContain("validate");
  });

  it("usage errors exit 2", () => {
    expect(cli(["build"]).code).toBe(2);
    expect(cli(["frobnicate"]).code).toBe(2);
    expect(cli(["build", "data/examples/university.yaml", "--no-such-option"]).code).toBe(2);
    const missing = cli(["build", "no/such/file.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect(cli(["build", "data/examples/university.yaml", "--format", "odt"]).code).toBe(2);
  });

  it("invalid input exits 1 with file:line:col and no stack trace", () => {
    const dir = tmp();
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "id: bad\nlocale: zh-CN\ndocument:\n  title: 测试\n  version: \"1\"\n  effective_date: 2026-13-01\n");
    const r = cli(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:6:19\s+error\s+.*date/);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    const b = cli(["build", file, "--out", join(dir, "out")]);
    expect(b.code).toBe(1);
    expect(() => readdirSync(join(dir, "out"))).toThrow();
  });

  it("builds the example, and builds it again to the same bytes", () => {
    const a = tmp();
    const b = tmp();
    expect(cli(["build", "data/examples/university.yaml", "--out", a]).code).toBe(0);
    expect(cli(["build", "data/examples/university.yaml", "--out", b]).code).toBe(0);
    const files = readdirSync(join(a, "shiep")).sort();
    expect(files).toEqual(["checklists.docx", "checklists.pdf", "contacts.docx", "contacts.pdf", "forms.docx", "forms.pdf", "plan.docx", "plan.pdf"]);
    for (const f of files) {
      expect(Buffer.compare(readFileSync(join(a, "shiep", f)), readFileSync(join(b, "shiep", f))), f).toBe(0);
    }
  });

  it("builds an organisation in a batch to the same bytes as alone", () => {
    const alone = tmp();
    const batch = tmp();
    expect(cli(["build", "data/examples/university.yaml", "--out", alone, "--only", "plan,checklists"]).code).toBe(0);
    expect(cli(["build", "test/fixtures/edge-cases.yaml", "data/examples/university.yaml", "--out", batch, "--only", "plan,checklists"]).code).toBe(0);
    for (const f of readdirSync(join(alone, "shiep"))) {
      expect(Buffer.compare(readFileSync(join(alone, "shiep", f)), readFileSync(join(batch, "shiep", f))), f).toBe(0);
    }
  });

  it("--format and --only limit what is written", () => {
    const dir = tmp();
    expect(cli(["build", "data/examples/university.yaml", "--out", dir, "--format", "pdf", "--only", "plan"]).code).toBe(0);
    expect(readdirSync(join(dir, "shiep"))).toEqual(["plan.pdf"]);
  });

  it("--to json prints the document tree", () => {
    const r = cli(["build", "data/examples/university.yaml", "--to", "json", "--only", "plan"]);
    expect(r.code).toBe(0);
    const tree = JSON.parse(r.stdout) as { type: string; meta: { name: string }; sections: unknown[] };
    expect(tree.type).toBe("document");
    expect(tree.meta.name).toBe("plan");
    expect(tree.sections.length).toBeGreaterThan(0);
  });
});
