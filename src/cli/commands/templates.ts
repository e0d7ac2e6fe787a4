import { loadTemplateSet } from "../../compose/template-set.js";
import { loadModel } from "../../model/load-model.js";
import { templateDirs } from "../../pipeline/build-organisation.js";
import { expandInputs } from "../inputs.js";
import { report, type Io } from "../io.js";

/** `planwright templates <file>`: which template each document uses, and where it comes from. */
export function templatesCommand(inputs: string[], io: Io): number {
  let code = 0;
  for (const file of expandInputs(inputs)) {
    const loaded = loadModel(file);
    if (!loaded.model) {
      report(loaded.diagnostics, io);
      code = 1;
      continue;
    }
    const { set } = loadTemplateSet(loaded.model.data.locale, templateDirs(loaded.model));
    io.out(`${file} (${set.locale})\n  documents:\n`);
    for (const t of set.documents.values()) io.out(`    ${t.name.padEnd(12)} ${t.path}${t.origin === "built-in" ? "" : "   (custom)"}\n`);
    const custom = [...set.partials.values()].filter((p) => p.origin !== "built-in");
    io.out(`  partials: ${set.partials.size} (${custom.length ? `custom: ${custom.map((p) => `${p.name} ← ${p.path}`).join(", ")}` : "all built-in"})\n`);
  }
  return code;
}
