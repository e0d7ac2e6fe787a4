import { buildOrganisation } from "../../src/pipeline/build-organisation.js";
import { lintTrees, factsOf } from "../../src/lint/index.js";
const files = process.argv.slice(2);
const counts = new Map<string, number>();
for (const f of files) {
  const b = await buildOrganisation(f, { formats: [], treesOnly: true });
  if (!b.model) { console.log(f, b.diagnostics.slice(0, 3)); continue; }
  const fs = lintTrees(b.trees, factsOf(b.model), b.model.data.locale);
  for (const x of fs) {
    counts.set(x.ruleId, (counts.get(x.ruleId) ?? 0) + 1);
    if (!process.env.ONLY || x.ruleId.includes(process.env.ONLY)) console.log(`${b.id}\t${x.ruleId}\t${x.doc}\t${x.message}\t«${x.excerpt}»`);
  }
}
console.log([...counts].sort().map(([k, v]) => `${k}: ${v}`).join("\n"));
