// node scripts/run-ts.js test/prose/dump.ts <index> [--seed S] [--out dir] — writes the data file of one
// generated organisation (as the prose report numbers them) so it can be built and read like any other.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { organisationYaml } from "./gen/build.js";
import { orgSpec } from "./gen/spec.js";

const { values, positionals } = parseArgs({ options: { seed: { type: "string" }, out: { type: "string" } }, allowPositionals: true });
const index = Number(positionals[0] ?? 0);
const seed = Number(values.seed ?? 19);
const out = values.out ?? "out/generated";
const spec = fc.sample(orgSpec, { numRuns: index + 1, seed })[index]!;
mkdirSync(out, { recursive: true });
const file = join(out, `generated-${seed}-${index}.yaml`);
writeFileSync(file, organisationYaml(spec));
console.log(file);
