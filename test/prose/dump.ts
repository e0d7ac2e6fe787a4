// node scripts/run-ts.js test/prose/dump.ts <index> [--seed S] [--out dir] — writes the data file of one
// generated organisation (as the prose report numbers them) so it can be built and read like any other.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { organisationYaml } from "./gen/build.js";
import { orgSpec } from "./gen/spec.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const index = Number(args[0] ?? 0);
const seed = Number(opt("seed") ?? 19);
const out = opt("out") ?? "out/generated";
const spec = fc.sample(orgSpec, { numRuns: index + 1, seed })[index]!;
mkdirSync(out, { recursive: true });
const file = join(out, `generated-${seed}-${index}.yaml`);
writeFileSync(file, organisationYaml(spec));
console.log(file);
