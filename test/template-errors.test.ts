import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { formatDiagnostics } from "../src/diagnostics/reporter.js";

/**
 * Template mistakes name the template file and line:col. Each case folder has
 * data.yaml pointing at its own templates (tpl/) and golden diagnostics in
 * expected.txt.
 */
const DIR = "test/invalid-templates";

describe("template errors", () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, async () => {
      const b = await buildOrganisation(join(DIR, name, "data.yaml"), { formats: ["pdf"] });
      const text = `${formatDiagnostics(b.diagnostics)}\n`;
      const golden = join(DIR, name, "expected.txt");
      if (process.env.UPDATE || !existsSync(golden)) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, "utf8"));
      const errors = b.diagnostics.filter((d) => d.severity === "error");
      expect(errors.length).toBeGreaterThan(0);
      expect(b.outputs).toEqual([]);
      for (const e of errors) expect(e.file).toMatch(/tpl\/zh-CN\/.*\.hbs$/);
    });
  }
});
