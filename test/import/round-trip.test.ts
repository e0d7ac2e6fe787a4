import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { roundTrip, compareImport, type TripResult } from "../../src/import/measure/round-trip.js";
import { seedPlans, SEED_EXAMPLES } from "../../src/import/measure/seed-plans.js";
import { loadModel } from "../../src/model/load-model.js";
import { importText } from "./helpers.js";

const MEASURES = ["phones", "people", "forms", "levels", "deadlines", "sections"] as const;

function total(results: readonly TripResult[]): Record<(typeof MEASURES)[number], number> {
  return Object.fromEntries(
    MEASURES.map((m) => {
      const stated = results.reduce((n, r) => n + (r.recall?.[m].stated ?? 0), 0);
      const found = results.reduce((n, r) => n + (r.recall?.[m].found ?? 0), 0);
      return [m, stated === 0 ? 1 : found / stated];
    }),
  ) as Record<(typeof MEASURES)[number], number>;
}

/**
 * Measured, not hoped: every example's plan DOCX, built and imported, gives a draft that validates and
 * holds what the plan states (README, "Importing a plan", has the table). The floors are the measured
 * figures rounded down: a change that loses recall fails here.
 */
describe("import: round trip of the examples' plan DOCX", () => {
  const files = readdirSync("data/examples").filter((f) => f.endsWith(".yaml")).sort();
  const results: TripResult[] = [];

  it.each(files)("%s imports to a draft that validates", async (f) => {
    const r = await roundTrip(join("data/examples", f));
    expect(r.problems).toEqual([]);
    expect(r.valid).toBe(true);
    results.push(r);
  });

  it("recalls phones, people, forms, levels and sections at 90 % or more, deadlines at 80 % or more", () => {
    expect(results).toHaveLength(files.length);
    const t = total(results);
    for (const m of ["phones", "people", "forms", "levels", "sections"] as const) expect(t[m], m).toBeGreaterThanOrEqual(0.9);
    expect(t.deadlines).toBeGreaterThanOrEqual(0.8);
  });
});

describe("import: real plans as plain text", () => {
  const seeds = seedPlans(readFileSync("test/fixtures/import/seed/plans-zh.md", "utf8"));

  it("the five seed plans import to drafts that validate, with the sections of the examples written from them", () => {
    expect(seeds.map((s) => s.name)).toEqual(Object.keys(SEED_EXAMPLES));
    const results = seeds.map((s) => {
      const example = loadModel(join("data/examples", SEED_EXAMPLES[s.name] as string)).model;
      if (!example) throw new Error(`example for ${s.name} does not load`);
      return compareImport(s.name, Buffer.from(s.text, "utf8"), `${s.name}.md`, example.data);
    });
    for (const r of results) expect(r.problems, r.name).toEqual([]);
    expect(total(results).sections).toBeGreaterThanOrEqual(0.8);
  });

  it.each(readdirSync("test/fixtures/import/corpus").filter((f) => /^\d\d-.*\.md$/.test(f)))("corpus %s imports to a draft that validates", (f) => {
    const d = importText(readFileSync(join("test/fixtures/import/corpus", f)), f);
    expect(d.errors).toEqual([]);
  });
});
