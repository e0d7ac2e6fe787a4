import { factsOf, lintTrees, type ProseFinding } from "../../../src/lint/index.js";
import type { ProseRule } from "../../../src/lint/rule.js";
import { buildGenerated } from "./build.js";
import type { OrgSpec } from "./spec.js";

/** What is wrong with a generated organisation: it is not valid, or the rules find something in its documents. */
export type Problem = { readonly yaml: string; readonly errors: readonly string[]; readonly findings: readonly ProseFinding[] };

export async function problemsOf(spec: OrgSpec, rules: readonly ProseRule[]): Promise<Problem> {
  const b = await buildGenerated(spec);
  const errors = b.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.ruleId}: ${d.message}`);
  const findings = b.model && errors.length === 0 ? lintTrees(b.trees, factsOf(b.model), b.model.data.locale, rules) : [];
  return { yaml: b.yaml, errors, findings };
}

export function describeProblem(p: Problem): string {
  return [...p.errors.map((e) => `not valid — ${e}`), ...p.findings.map((f) => `${f.ruleId} ${f.doc}: ${f.message} — “${f.excerpt}”`)].join("\n");
}
