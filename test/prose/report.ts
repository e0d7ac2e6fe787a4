// npm run prose:report [-- --generated N] [--seed S] [--show rule-id] [--examples-only] [--samples]
// Counts the prose lint's findings per rule on every example and on N organisations generated
// from the whole data space (test/prose/gen/), so the work left is visible class by class.
import { readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { buildOrganisation } from "../../src/pipeline/build-organisation.js";
import { factsOf, lintTrees, PROSE_RULES, type ProseFinding } from "../../src/lint/index.js";
import { buildGenerated } from "./gen/build.js";
import { orgSpec } from "./gen/spec.js";
import { OPEN_PROSE_RULES } from "./open-classes.js";

const { values } = parseArgs({
  options: { generated: { type: "string" }, seed: { type: "string" }, show: { type: "string" }, "examples-only": { type: "boolean" }, samples: { type: "boolean" } },
});
const generated = Number(values.generated ?? 1000);
const seed = Number(values.seed ?? 19);
const show = values.show;

type Tally = { findings: Map<string, number>; orgs: Map<string, number>; samples: Map<string, string[]> };
const tally = (): Tally => ({ findings: new Map(), orgs: new Map(), samples: new Map() });

function count(t: Tally, org: string, findings: readonly ProseFinding[]): void {
  const rules = new Set<string>();
  for (const f of findings) {
    t.findings.set(f.ruleId, (t.findings.get(f.ruleId) ?? 0) + 1);
    rules.add(f.ruleId);
    const s = t.samples.get(f.ruleId) ?? [];
    if (s.length < 3) s.push(`${org} ${f.doc}: ${f.message} — “${f.excerpt}”`);
    t.samples.set(f.ruleId, s);
    if (show && f.ruleId === show) console.log(`${org}\t${f.doc}\t${f.message}\t“${f.excerpt}”`);
  }
  for (const r of rules) t.orgs.set(r, (t.orgs.get(r) ?? 0) + 1);
}

const examples = [...readdirSync("data/examples").map((f) => `data/examples/${f}`), "data/county/township-east.yaml", "data/county/township-west.yaml"].filter((f) => f.endsWith(".yaml")).sort();
const ex = tally();
for (const file of examples) {
  const b = await buildOrganisation(file, { formats: [], treesOnly: true });
  if (b.model) count(ex, b.id ?? file, lintTrees(b.trees, factsOf(b.model), b.model.data.locale));
}

const gen = tally();
let errors = 0;
if (!values["examples-only"]) {
  const specs = fc.sample(orgSpec, { numRuns: generated, seed });
  for (const [i, spec] of specs.entries()) {
    const b = await buildGenerated(spec);
    if (!b.model || b.diagnostics.some((d) => d.severity === "error")) {
      errors++;
      if (errors <= 3) console.error(`generated #${i} is not valid: ${b.diagnostics.filter((d) => d.severity === "error").map((d) => d.message).join("; ")}`);
      continue;
    }
    count(gen, `#${i} (${spec.locale})`, lintTrees(b.trees, factsOf(b.model), b.model.data.locale));
  }
}

const rows = PROSE_RULES.map((r) => r.id);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));
console.log(`\nprose lint: findings per rule (organisations with any) — ${examples.length} examples; ${generated} generated organisations (seed ${seed}${errors ? `, ${errors} not valid` : ""})\n`);
console.log(`${pad("rule", 28)}${pad("status", 8)}${pad("examples", 16)}generated`);
for (const id of rows) {
  const e = `${ex.findings.get(id) ?? 0} (${ex.orgs.get(id) ?? 0})`;
  const g = `${gen.findings.get(id) ?? 0} (${gen.orgs.get(id) ?? 0})`;
  console.log(`${pad(id, 28)}${pad(OPEN_PROSE_RULES.has(id) ? "open" : "fixed", 8)}${pad(e, 16)}${g}`);
}
if (values.samples)
  for (const id of rows) for (const s of [...(ex.samples.get(id) ?? []), ...(gen.samples.get(id) ?? [])]) console.log(`  ${id}  ${s}`);
