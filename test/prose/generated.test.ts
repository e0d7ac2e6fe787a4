import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { factsOf, lintTrees } from "../../src/lint/index.js";
import { withSourceTexts } from "../../src/load/source-overlay.js";
import { buildOrganisation } from "../../src/pipeline/build-organisation.js";
import { describeProblem, problemsOf } from "./gen/check.js";
import { orgSpec } from "./gen/spec.js";
import { FIXED_PROSE_RULES } from "./open-classes.js";

/**
 * Organisations nobody wrote: drawn from the whole data space (test/prose/gen/), built through
 * the real pipeline in memory, valid, and — for every class of defect already fixed — with no
 * finding of the prose lint. `npm run fuzz:prose` runs thousands; its shrunk counter-examples
 * are kept under test/fixtures/prose/ and read here too.
 */
const RUNS = Number(process.env.PROSE_RUNS ?? 250);

describe("generated organisations", () => {
  it(`${RUNS} are valid and read right for the fixed classes (${FIXED_PROSE_RULES.map((r) => r.id).join(", ") || "none yet"})`, async () => {
    await fc.assert(
      fc.asyncProperty(orgSpec, async (spec) => {
        const p = await problemsOf(spec, FIXED_PROSE_RULES);
        if (p.errors.length > 0 || p.findings.length > 0) throw new Error(`${describeProblem(p)}\n--- data ---\n${p.yaml}`);
      }),
      { numRuns: RUNS, seed: Number(process.env.PROSE_SEED ?? 20261206), endOnFailure: !process.env.PROSE_SHRINK },
    );
  }, 600_000);

  const dir = "test/fixtures/prose";
  const fixtures = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
  for (const f of fixtures)
    it(`the kept counter-example ${f} reads right now`, async () => {
      const file = `${dir}/${f}`;
      const b = await withSourceTexts(new Map([[file, readFileSync(file, "utf8")]]), () => buildOrganisation(file, { formats: [], treesOnly: true }));
      expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const findings = lintTrees(b.trees, factsOf(b.model!), b.model!.data.locale, FIXED_PROSE_RULES);
      expect(findings.map((x) => `${x.ruleId} ${x.doc}: ${x.message} — “${x.excerpt}”`)).toEqual([]);
    });
});
