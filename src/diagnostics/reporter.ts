import { compareDiagnostics, type Diagnostic } from "./diagnostic.js";

/**
 * Formats diagnostics the way linters do: grouped by file, one line each as
 * `file:line:col  severity  message  [rule-id]`, then a summary line.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: { summary?: boolean } = {}): string {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const out: string[] = [];
  let currentFile: string | undefined | null = null;
  for (const d of sorted) {
    if (d.file !== currentFile) {
      if (currentFile !== null) out.push("");
      out.push(d.file ?? "<input>");
      currentFile = d.file;
    }
    const loc = `${d.file ?? "<input>"}:${d.position?.line ?? 1}:${d.position?.column ?? 1}`;
    out.push(`  ${loc}  ${d.severity}  ${d.message}  [${d.ruleId}]`);
    if (d.hint) out.push(`      ${d.hint}`);
  }
  if (options.summary !== false) {
    if (out.length > 0) out.push("");
    out.push(summaryLine(diagnostics));
  }
  return out.join("\n");
}

export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file ?? "<input>")).size;
  if (diagnostics.length === 0) return "✔ no problems";
  const parts = [`${errors} error${errors === 1 ? "" : "s"}`, `${warnings} warning${warnings === 1 ? "" : "s"}`];
  return `${errors > 0 ? "✖" : "⚠"} ${parts.join(", ")} in ${files} file${files === 1 ? "" : "s"}`;
}
