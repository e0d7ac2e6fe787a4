import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../diagnostics/reporter.js";

export type Io = {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** stderr is a terminal (progress bars, colours). */
  readonly tty: boolean;
};

export const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  tty: process.stderr.isTTY === true,
};

export function report(diagnostics: readonly Diagnostic[], io: Io, summary = true): void {
  if (diagnostics.length > 0) io.err(`${formatDiagnostics(diagnostics, { summary })}\n`);
}

export class UsageError extends Error {}
