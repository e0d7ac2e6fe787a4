import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../src/model/load-model.js";
import { formatDiagnostics } from "../src/diagnostics/reporter.js";
import { tempDir } from "./helpers/temp.js";

/**
 * The invalid-input corpus: each test/invalid/<case>.yaml has golden
 * diagnostics in <case>.expected (written when missing; UPDATE=1 rewrites).
 * Cases named warn-* must give warnings only; every other case must fail.
 */
const DIR = "test/invalid";
const cases = readdirSync(DIR).filter((f) => f.endsWith(".yaml")).sort();

describe("invalid input corpus", () => {
  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of cases) {
    it(file, () => {
      const path = join(DIR, file);
      const result = loadModel(path);
      const text = `${formatDiagnostics(result.diagnostics)}\n`;
      const golden = path.replace(/\.yaml$/, ".expected");
      if (process.env.UPDATE || !existsSync(golden)) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, "utf8"));
      expect(result.diagnostics.length).toBeGreaterThan(0);
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      if (file.startsWith("warn-")) {
        expect(errors).toEqual([]);
        expect(result.model).toBeDefined();
      } else {
        expect(errors.length).toBeGreaterThan(0);
        expect(result.model).toBeUndefined();
      }
      for (const d of result.diagnostics) {
        expect(d.file).toBe(path);
        expect(d.message).not.toMatch(/\n\s+at /);
        if (!/^(io|input\/(too-large|binary))/.test(d.ruleId)) expect(d.position, `${d.ruleId}: ${d.message}`).toBeDefined();
      }
    });
  }
});

describe("hostile inputs generated on the fly", () => {
  const dir = tempDir("planwright-hostile-");

  it("refuses a very large file", () => {
    const f = join(dir, "huge.yaml");
    writeFileSync(f, `id: huge\nx: "${"a".repeat(3 * 1024 * 1024)}"\n`);
    const r = loadModel(f);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(["input/too-large"]);
  });

  it("refuses deeply nested flow collections without overflowing the stack", () => {
    const f = join(dir, "deep-flow.yaml");
    writeFileSync(f, `id: deep\nx: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
    const r = loadModel(f);
    expect(r.model).toBeUndefined();
    expect(r.diagnostics[0]!.ruleId).toMatch(/^(input\/too-deep|yaml\/)/);
  });

  it("refuses a file with thousands of aliases", () => {
    const f = join(dir, "aliases.yaml");
    writeFileSync(f, `a: &a x\nb: [${Array.from({ length: 500 }, () => "*a").join(", ")}]\n`);
    expect(loadModel(f).diagnostics.map((d) => d.ruleId)).toContain("input/alias-bomb");
  });

  it("does not let __proto__ in the data reach Object.prototype", () => {
    const f = join(dir, "proto.yaml");
    writeFileSync(f, "__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nid: p\n");
    loadModel(f);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
