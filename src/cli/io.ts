import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { formatDiagnostics, summaryLine } from "../diagnostics/reporter.js";
import { LIMITS } from "../load/limits.js";

export type Io = {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** stderr is a terminal (progress bars, colours). */
  readonly tty: boolean;
};

/**
 * Standard output and error that fail politely: a reader that goes away
 * (`planwright build --to json | head`) ends the output quietly, and a full
 * disk (`> /dev/full`) is one line saying so and exit code 1 — never a stack trace.
 */
const broken = { out: false, err: false };
let guarded = false;

function guardStreams(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    broken.out = true;
    if (e.code === "EPIPE") return;
    const why = e.code === "ENOSPC" ? "no space left on the device" : e.message;
    if (!broken.err) process.stderr.write(`planwright: cannot write to standard output: ${why}${e.code ? ` (${e.code})` : ""}\n`);
    process.exit(1);
  });
  process.stderr.on("error", () => {
    broken.err = true;
  });
}

export const processIo: Io = {
  out: (s) => {
    guardStreams();
    if (!broken.out) process.stdout.write(s);
  },
  err: (s) => {
    guardStreams();
    if (!broken.err) process.stderr.write(s);
  },
  tty: process.stderr.isTTY === true,
};

/**
 * Prints diagnostics grouped by file, at most LIMITS.maxReported of them (the
 * first, by file and line) and how many more there are; the summary counts all.
 */
export function report(diagnostics: readonly Diagnostic[], io: Io, summary = true): void {
  if (diagnostics.length > 0) io.err(`${formatCapped(diagnostics, summary)}\n`);
}

export function formatCapped(diagnostics: readonly Diagnostic[], summary = true): string {
  if (diagnostics.length <= LIMITS.maxReported) return formatDiagnostics(diagnostics, { summary });
  const shown = [...diagnostics].sort(compareDiagnostics).slice(0, LIMITS.maxReported);
  const more = diagnostics.length - shown.length;
  return [
    formatDiagnostics(shown, { summary: false }),
    "",
    `… and ${more} more problem${more === 1 ? "" : "s"} not shown (fix these, then run again to see the rest)`,
    ...(summary ? ["", summaryLine(diagnostics)] : []),
  ].join("\n");
}

export class UsageError extends Error {}
