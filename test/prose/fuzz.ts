// npm run fuzz:prose [-- --runs N] [--seed S]
// Thousands of generated organisations (test/prose/gen/), built in memory and linted; for every
// class of defect already fixed (test/prose/open-classes.ts) a finding is a failure. fast-check
// shrinks the first failure to a small organisation, which is written to test/fixtures/prose/
// (npm test reads every file there) and printed with what was found.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { describeProblem, problemsOf, type Problem } from "./gen/check.js";
import { orgSpec } from "./gen/spec.js";
import { FIXED_PROSE_RULES } from "./open-classes.js";

const { values } = parseArgs({ options: { runs: { type: "string" }, seed: { type: "string" } } });
const runs = Number(values.runs ?? 3000);
const seed = Number(values.seed ?? Date.now() % 1_000_000);
let last: Problem | undefined;
const started = Date.now();
const result = await fc.check(
  fc.asyncProperty(orgSpec, async (spec) => {
    const p = await problemsOf(spec, FIXED_PROSE_RULES);
    if (p.errors.length > 0 || p.findings.length > 0) {
      last = p;
      return false;
    }
    return true;
  }),
  { numRuns: runs, seed },
);
const secs = ((Date.now() - started) / 1000).toFixed(0);
if (!result.failed) {
  console.log(`✔ ${result.numRuns} generated organisations (seed ${seed}) in ${secs} s: valid, and nothing found by ${FIXED_PROSE_RULES.length} fixed rules`);
} else {
  // `last` is the shrunk counter-example: the property ran on it last.
  const rule = last!.findings[0]?.ruleId.replace("prose/", "") ?? "invalid";
  const file = `test/fixtures/prose/${rule}-${seed}-${result.numRuns}.yaml`;
  writeFileSync(file, `# Shrunk by npm run fuzz:prose (seed ${seed}, after ${result.numRuns} runs, ${result.numShrinks} shrinks):\n${describeProblem(last!).split("\n").map((l) => `# ${l}`).join("\n")}\n${last!.yaml}`);
  console.log(`✖ failed after ${result.numRuns} organisations (seed ${seed}, ${secs} s); shrunk counter-example written to ${file}:\n${describeProblem(last!)}`);
  process.exitCode = 1;
}
