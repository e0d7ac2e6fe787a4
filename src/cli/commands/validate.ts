import { hasErrors, strictly, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { loadModel } from "../../model/load-model.js";
import { expandInputs } from "../inputs.js";
import { formatCapped, type Io } from "../io.js";

/** `planwright validate`: every problem of every file, in one pass (the report shows the first 200); `--strict` counts warnings as errors. */
export function validateCommand(inputs: string[], io: Io, strict = false): number {
  const files = expandInputs(inputs);
  const all: Diagnostic[] = [];
  for (const file of files) all.push(...(strict ? strictly(loadModel(file).diagnostics) : loadModel(file).diagnostics));
  io.err(`${formatCapped(all)}\n`);
  return hasErrors(all) ? 1 : 0;
}
