import { spawn } from "node:child_process";
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { safeJoin } from "../src/write/write-outputs.js";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { readPdf } from "./helpers/pdf.js";
import { command } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

const tmp = () => tempDir("planwright-safety-");

function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe("outputs are never lost or half-written", () => {
  it("a failing build leaves an earlier out/ byte-for-byte unchanged", async () => {
    const work = tmp();
    const out = join(work, "out");
    const data = join(work, "org.yaml");
    cpSync("data/examples/university.yaml", data);
    expect((await command(["build", data, "--out", out])).code).toBe(0);
    const before = snapshot(out);
    // Break a rule: the step now names a role that does not exist.
    writeFileSync(data, readFileSync(data, "utf8").replace("actor: monitor-officer\n        deadline: 1h", "actor: monitor-oficer\n        deadline: 1h"));
    const r = await command(["build", data, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("monitor-oficer");
    const after = snapshot(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [k, v] of before) expect(Buffer.compare(v, after.get(k) as Buffer), k).toBe(0);
  });

  it("an interrupted build (Ctrl-C) leaves no temp or partial files", async () => {
    const work = tmp();
    const out = join(work, "out");
    expect((await command(["build", "data/examples/university.yaml", "--out", out])).code).toBe(0);
    const before = snapshot(out);
    for (let attempt = 0; attempt < 3; attempt++) {
      const child = spawn(process.execPath, ["bin/planwright.js", "build", "data/examples/*.yaml", "--out", out, "--force"], { stdio: "ignore" });
      const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
      await new Promise((r) => setTimeout(r, 400 + attempt * 300));
      child.kill("SIGINT");
      // Ctrl-C stops the batch (exit 130) unless it had already finished.
      expect([0, 130, null]).toContain(await exited);
      const after = snapshot(out);
      for (const name of after.keys()) expect(name).not.toMatch(/\.tmp$/);
      // Whatever was replaced was replaced whole: the university set is still complete and valid,
      // and the manifest (which gains the organisations built before the interrupt) still parses.
      for (const [k, v] of before) {
        const now = after.get(k);
        expect(now, k).toBeDefined();
        if (k.endsWith(".planwright-manifest.json")) {
          expect(Object.keys(JSON.parse((now as Buffer).toString("utf8")).entries).some((e) => e.includes("university")), k).toBe(true);
        } else expect(Buffer.compare(v, now as Buffer), k).toBe(0);
      }
    }
  });

  it("output paths derived from ids cannot leave the output folder", () => {
    const root = tmp();
    expect(safeJoin(root, "shiep/plan.pdf")).toBe(join(root, "shiep/plan.pdf"));
    for (const bad of ["../x.pdf", "a/../../x.pdf", "/etc/passwd", "", ".", "a\0b"]) expect(() => safeJoin(root, bad), bad).toThrow();
  });
});

describe("hostile text is laid out safely", () => {
  it("wraps extremely long words and strings inside the margins", async () => {
    const work = tmp();
    const data = join(work, "long.yaml");
    const word = "超长".repeat(300) + "A".repeat(600) + "https://example.org/" + "x".repeat(800);
    writeFileSync(
      data,
      [
        "id: long-words",
        "locale: zh-CN",
        "document: { title: 长文本测试, version: '1', effective_date: 2026-03-01 }",
        "organisation: { name: 长文本单位 }",
        "people:",
        `  - { id: p, name: 张三, title: "${"Y".repeat(300)}", phones: { mobile: "1390000000100000000000000000000000" } }`,
        "roles:",
        "  - { id: r, name: 值班员, holders: [p] }",
        "plan:",
        "  sections:",
        `    - { title: "${"题".repeat(120)}", text: "${word}" }`,
        "    - { title: 岗位, roles: [r] }",
        "",
      ].join("\n"),
    );
    const b = await buildOrganisation(data, { formats: ["pdf"] });
    expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    for (const o of b.outputs) {
      for (const page of await readPdf(o.bytes)) {
        for (const item of page.items) {
          expect(item.x, `${o.path}: ${item.str.slice(0, 20)}`).toBeGreaterThanOrEqual(0);
          expect(item.x + item.width, `${o.path}: ${item.str.slice(0, 20)}`).toBeLessThanOrEqual(page.width - 20);
        }
      }
    }
  });
});
