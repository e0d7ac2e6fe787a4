// Measures `planwright import` (see README, "Importing a plan"): for every example, its plan DOCX is
// built, imported and compared with the data it came from; the five seed plans, imported as text,
// are compared with the examples written from them. Prints both tables as Markdown.
// Run after `npm run build`: node scripts/import-recall.js
import { readFileSync } from "node:fs";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { roundTrip, compareImport } from "../dist/import/measure/round-trip.js";
import { loadModel } from "../dist/model/load-model.js";
import { seedPlans, SEED_EXAMPLES } from "../dist/import/measure/seed-plans.js";

const MEASURES = ["phones", "people", "forms", "levels", "deadlines", "sections"];

function table(rows) {
  const head = `| plan | valid | ${MEASURES.join(" | ")} |`;
  const rule = `|---|---|${MEASURES.map(() => "---").join("|")}|`;
  const total = Object.fromEntries(MEASURES.map((m) => [m, { stated: 0, found: 0 }]));
  const lines = rows.map((r) => {
    const cells = MEASURES.map((m) => {
      const x = r.recall?.[m];
      if (!x) return "–";
      total[m].stated += x.stated;
      total[m].found += x.found;
      return x.stated === 0 ? "–" : `${x.found}/${x.stated}`;
    });
    return `| ${r.name} | ${r.valid ? "yes" : "**no**"} | ${cells.join(" | ")} |`;
  });
  const all = MEASURES.map((m) => (total[m].stated ? `**${Math.round((100 * total[m].found) / total[m].stated)} %** (${total[m].found}/${total[m].stated})` : "–"));
  return [head, rule, ...lines, `| all | ${rows.filter((r) => r.valid).length}/${rows.length} | ${all.join(" | ")} |`].join("\n");
}

const examples = readdirSync("data/examples").filter((f) => f.endsWith(".yaml")).sort();
const trips = [];
for (const f of examples) trips.push(await roundTrip(join("data/examples", f)));
console.log("Round trip (plan DOCX built from each example, imported, compared with the example):\n");
console.log(table(trips));
for (const t of trips) if (t.problems.length) console.log(`\n${t.name}: ${t.problems.join("; ")}`);

const seeds = seedPlans(readFileSync("test/fixtures/import/seed/plans-zh.md", "utf8"));
const real = [];
for (const seed of seeds) {
  const example = loadModel(join("data/examples", SEED_EXAMPLES[seed.name])).model;
  real.push(compareImport(`${seed.name} → ${SEED_EXAMPLES[seed.name]}`, Buffer.from(seed.text, "utf8"), `${seed.name}.md`, example.data));
}
console.log("\nSeed plans (plain text, compared with the example written from each):\n");
console.log(table(real));
for (const t of real) if (t.problems.length) console.log(`\n${t.name}: ${t.problems.join("; ")}`);
