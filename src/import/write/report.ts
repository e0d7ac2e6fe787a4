import type { Check } from "../draft/draft-types.js";

/**
 * What import tells the admin: what was recognised (counts), what stayed as
 * text, and what to check next, each with its line in the draft.
 */
export function formatReport(a: { draftName: string; counts: Readonly<Record<string, number>>; checks: ReadonlyArray<Check & { line: number }>; problems: { errors: number; warnings: number } }): string {
  const c = a.counts;
  const n = (k: string): number => c[k] ?? 0;
  const lines = [
    `recognised: ${n("sections")} sections, ${n("people")} people with ${n("phones")} phone numbers, ${n("units")} units, ${n("roles")} roles, ${n("groups")} groups, ${n("external")} outside bodies,`,
    `            ${n("levels")} levels, ${n("procedures")} procedures with ${n("steps")} steps (${n("deadlines")} deadlines), ${n("forms")} forms, ${n("attachments")} attachments`,
    `kept as text: ${n("textKept")} section${n("textKept") === 1 ? "" : "s"} whose sentences are not rules planwright reads (they print as written)`,
    `draft: ${a.problems.errors === 0 ? "valid" : `${a.problems.errors} problem${a.problems.errors === 1 ? "" : "s"} to fix`}${a.problems.warnings ? `, ${a.problems.warnings} warning${a.problems.warnings === 1 ? "" : "s"} from validate` : ""}`,
  ];
  const sorted = [...a.checks].sort((x, y) => x.line - y.line);
  if (sorted.length > 0) {
    lines.push(`check next (${sorted.length}, marked "CHECK:" in the draft):`);
    for (const ch of sorted) lines.push(`  ${a.draftName}:${ch.line}  ${pathText(ch.path)}: ${ch.note}`);
  }
  lines.push(`then: planwright validate ${a.draftName}   ·   planwright build ${a.draftName}`);
  return `${lines.join("\n")}\n`;
}

function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
