import { sayIn, type Said } from "./say.js";

/**
 * Errors as data. Every stage reports problems as Diagnostics with a position
 * (file:line:col) and a rule id; only the CLI decides how to print them.
 */
export type Severity = "error" | "warning";

export type Position = {
  readonly line: number; // 1-based
  readonly column: number; // 1-based
};

export type Diagnostic = {
  readonly severity: Severity;
  readonly message: string;
  /** Stable identifier of the check that produced it, e.g. `schema/unknown-key`. */
  readonly ruleId: string;
  readonly file?: string;
  readonly position?: Position;
  /** A hint on what to do about it. */
  readonly hint?: string;
  /** The message and hint as data (`say.ts`), to be put in another language; `message` and `hint` are their English. */
  readonly said?: { readonly message: Said; readonly hint?: Said };
};

/** The message and hint of a diagnostic: English text, and the same as data when it is `Said`. */
export function spoken(message: string | Said, hint?: string | Said): Pick<Diagnostic, "message" | "hint" | "said"> {
  const en = (s: string | Said) => (typeof s === "string" ? s : sayIn(s, "en"));
  const text = { message: en(message), ...(hint !== undefined && en(hint) !== "" ? { hint: en(hint) } : {}) };
  if (typeof message === "string") return text;
  return { ...text, said: { message, ...(hint !== undefined && typeof hint !== "string" ? { hint } : {}) } };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.file ?? "";
  const fb = b.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.position?.line ?? 0;
  const lb = b.position?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.position?.column ?? 0;
  const cb = b.position?.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** `file:line:col` (or as much of it as is known). */
export function formatLocation(d: Pick<Diagnostic, "file" | "position">): string {
  const file = d.file ?? "<input>";
  return d.position ? `${file}:${d.position.line}:${d.position.column}` : file;
}

/**
 * Thrown by a stage that cannot continue; carries the diagnostics that explain why.
 * The CLI prints them and exits 1 — never a stack trace unless --trace.
 */
export class DiagnosticError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[], options?: { cause?: unknown }) {
    super(diagnostics.map((d) => `${formatLocation(d)} ${d.message}`).join("\n"), options);
    this.name = "DiagnosticError";
    this.diagnostics = diagnostics;
  }
}

export function isDiagnosticError(e: unknown): e is DiagnosticError {
  return e instanceof DiagnosticError;
}
