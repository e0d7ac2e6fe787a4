import { hasErrors, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { buildOrganisation } from "../../pipeline/build-organisation.js";
import { expandInputs } from "../inputs.js";
import { formatCapped, type Io } from "../io.js";

/**
 * `planwright validate`: every problem of every file, in one pass (the report shows the first 200):
 * the data and its references, the templates as they compose the documents, and what the prose
 * lint finds in the documents' sentences (as warnings). Nothing is rendered or written.
 */
export async function validateCommand(inputs: string[], io: Io): Promise<number> {
  const files = expandInputs(inputs);
  const all: Diagnostic[] = [];
  for (const file of files) all.push(...(await buildOrganisation(file, { formats: [], treesOnly: true, prose: true })).diagnostics);
  io.err(`${formatCapped(all)}\n`);
  return hasErrors(all) ? 1 : 0;
}
