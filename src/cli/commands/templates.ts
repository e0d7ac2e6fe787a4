import { loadTemplateSet } from "../../compose/template-set.js";
import { loadModel } from "../../model/load-model.js";
import { customTemplateDirs } from "../../pipeline/template-dirs.js";
import { expandInputs } from "../inputs.js";
import { report, UsageError, type Io } from "../io.js";

/** `planwright templates <file>`: which template each document uses, and where it comes from. */
export function templatesCommand(inputs: string[], io: Io): number {
  let code = 0;
  for (const file of expandInputs(inputs)) {
    const loaded = loadModel(file);
    if (loaded.base) throw new UsageError(`${file} is a base file (used through \`extends:\`), not an organisation: give the file of an organisation that extends it`);
    if (!loaded.model) {
      report(loaded.diagnostics, io);
      code = 1;
      continue;
    }
    const custom = customTemplateDirs(loaded.model);
    const { set, diagnostics } = loadTemplateSet(loaded.model.data.locale, custom.dirs);
    if (custom.diagnostics.length > 0 || diagnostics.length > 0) {
      report([...custom.diagnostics, ...diagnostics], io);
      code = 1;
      continue;
    }
    io.out(`${file} (${set.locale})\n  documents:\n`);
    for (const t of set.documents.values()) io.out(`    ${t.name.padEnd(12)} ${t.path}${t.origin === "built-in" ? "" : "   (custom)"}\n`);
    const customPartials = [...set.partials.values()].filter((p) => p.origin !== "built-in");
    io.out(`  partials: ${set.partials.size} (${customPartials.length ? `custom: ${customPartials.map((p) => `${p.name} ← ${p.path}`).join(", ")}` : "all built-in"})\n`);
  }
  return code;
}
