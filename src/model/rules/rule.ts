import { spoken, type Diagnostic, type Position, type Severity } from "../../diagnostics/diagnostic.js";
import type { Said } from "../../diagnostics/say.js";
import type { DataPath } from "../../load/parse-yaml.js";
import type { Model } from "../model.js";

export type RuleContext = {
  readonly model: Model;
  /** Report a problem at the value found at `path` (say it with `say`, so it can be put in the page's language). */
  report(path: DataPath, message: string | Said, hint?: string | Said): void;
  /** Report a problem at the key `key` of the map at `path`. */
  reportKey(path: DataPath, key: string, message: string | Said, hint?: string | Said): void;
  /** Report a problem at a line and column of a file. */
  reportAt(file: string, position: Position, message: string | Said, hint?: string | Said): void;
};

/** A small, named cross-reference or consistency check. */
export type Rule = {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  check(ctx: RuleContext): void;
};

export function runRules(model: Model, rules: readonly Rule[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const push = (loc: ReturnType<Model["locate"]>, message: string | Said, hint?: string | Said) =>
      out.push({ severity: rule.severity, ruleId: rule.id, file: loc.file, position: loc.position, ...spoken(message, hint) });
    rule.check({
      model,
      report: (path, message, hint) => push(model.locate(path), message, hint),
      reportKey: (path, key, message, hint) => push(model.locateKey(path, key), message, hint),
      reportAt: (file, position, message, hint) => push({ file, position }, message, hint),
    });
  }
  return out;
}
