import { hasErrors, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../diagnostics/reporter.js";
import { loadModel } from "../../model/load-model.js";
import { expandInputs } from "../inputs.js";
import type { Io } from "../io.js";

/** `planwright validate`: every problem of every file, in one pass. */
export function validateCommand(inputs: string[], io: Io): number {
  const files = expandInputs(inputs);
  const all: Diagnostic[] = [];
  for (const file of files) all.push(...loadModel(file).diagnostics);
  io.err(`${formatDiagnostics(all)}\n`);
  return hasErrors(all) ? 1 : 0;
}
