import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { confinedPath } from "../load/confinement.js";
import type { YamlSource } from "../load/parse-yaml.js";
import { spoken } from "../diagnostics/diagnostic.js";
import { say, type Said } from "../diagnostics/say.js";

/**
 * Custom template folders, each relative to the file that names it: a base's before the
 * organisation's own. A folder that does not exist (a misspelt path) or is a file is an
 * error at the `templates:` line, never a silent fall-back to the built-in templates.
 */
export function customTemplateDirs(model: { readonly sources: readonly YamlSource[] }): { dirs: string[]; diagnostics: Diagnostic[] } {
  const dirs: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const s of model.sources) {
    const t = (s.value as Record<string, unknown> | undefined)?.templates;
    if (typeof t !== "string") continue;
    const dir = resolve(dirname(resolve(s.file)), t);
    const allowed = confinedPath(dir, "folder");
    let problem: Said | undefined;
    let hint = say("`templates:` names a folder of .md.hbs templates, relative to this file.");
    if ("refused" in allowed) {
      problem = say("templates folder %{folder} cannot be used here: it is %{why}", { folder: t, why: { say: allowed.refused } });
      hint = say("planwright serve uses only templates inside the folder it serves: copy the folder into it.");
    } else {
      try {
        if (!statSync(allowed.path).isDirectory()) problem = say("templates folder %{folder} is a file, not a folder", { folder: t });
      } catch {
        problem = say("templates folder %{folder} does not exist (looked for %{dir})", { folder: t, dir });
      }
    }
    if (problem) {
      diagnostics.push({ severity: "error", ruleId: "templates/folder", file: s.file, position: s.locate(["templates"]), ...spoken(problem, hint) });
    } else dirs.push(dir);
  }
  return { dirs, diagnostics };
}

