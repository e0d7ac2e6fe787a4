import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareImport, type TripResult } from "../../src/import/measure/round-trip.js";
import { withSourceTexts } from "../../src/load/source-overlay.js";
import { buildOrganisation } from "../../src/pipeline/build-organisation.js";
import { organisationYaml } from "../prose/gen/build.js";
import { orgSpec } from "../prose/gen/spec.js";

const FILE = resolve("test/fixtures/prose/generated.yaml");
const RUNS = Number(process.env.IMPORT_RUNS ?? 30);

/**
 * Organisations nobody wrote (the prose generator's whole data space, both languages): each one's
 * plan DOCX is built in memory and imported; the draft always validates, and over all of them the
 * recall of what the plans state is measured, so no recogniser is tuned to the examples alone.
 */
describe("import: generated organisations", () => {
  it(`${RUNS} plans built from generated data import to drafts that validate`, async () => {
    const results: TripResult[] = [];
    await fc.assert(
      fc.asyncProperty(orgSpec, async (spec) => {
        const yaml = organisationYaml(spec);
        const built = await withSourceTexts(new Map([[FILE, yaml]]), () => buildOrganisation(FILE, { formats: ["docx"], only: ["plan"] }));
        const docx = built.outputs.find((o) => o.path.endsWith("/plan.docx"));
        if (!docx || !built.model) throw new Error(`the generated plan did not build:\n${yaml}`);
        const r = compareImport("generated", docx.bytes, "plan.docx", built.model.data);
        if (!r.valid) throw new Error(`draft does not validate: ${r.problems.join("; ")}\n--- data ---\n${yaml}`);
        results.push(r);
        if (process.env.IMPORT_DEBUG) console.log(JSON.stringify({ people: r.recall?.people.missed, forms: r.recall?.forms.missed }));
      }),
      { numRuns: RUNS, seed: Number(process.env.IMPORT_SEED ?? 20261206), endOnFailure: true },
    );
    type M = "people" | "phones" | "sections" | "forms" | "levels" | "deadlines";
    const sum = (m: M) => {
      const stated = results.reduce((n, r) => n + (r.recall?.[m].stated ?? 0), 0);
      return stated === 0 ? 1 : results.reduce((n, r) => n + (r.recall?.[m].found ?? 0), 0) / stated;
    };
    console.log(`import recall over ${results.length} generated plans: ${(["phones", "people", "forms", "levels", "deadlines", "sections"] as const).map((m) => `${m} ${Math.round(100 * sum(m))} %`).join(", ")}`);
    for (const m of ["phones", "people", "forms", "sections"] as const) expect(sum(m), m).toBeGreaterThanOrEqual(0.9);
    expect(sum("levels"), "levels").toBeGreaterThanOrEqual(0.8);
    expect(sum("deadlines"), "deadlines").toBeGreaterThanOrEqual(0.65);
  }, 600_000);
});
