import { dirname, relative, resolve } from "node:path";
import { inspectFontFile, type FontCheck } from "../../load/font-file.js";
import type { Model } from "../model.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

/** The font files `theme.fonts` names, resolved against the file that names each one. */
export function themeFontFiles(model: Pick<Model, "data" | "locate">): Array<{ key: string; path: string; check: FontCheck }> {
  const fonts = (model.data.theme?.fonts ?? {}) as Readonly<Record<string, string | undefined>>;
  return Object.entries(fonts).flatMap(([key, v]) => {
    if (typeof v !== "string" || v === "") return [];
    const path = resolve(dirname(resolve(model.locate(["theme", "fonts", key]).file)), v);
    return [{ key, path, check: inspectFontFile(path) }];
  });
}

function shown(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("..") ? rel : p;
}

export const themeFonts: Rule = {
  id: "theme/font-file",
  severity: "error",
  description: "Every font file theme.fonts names is a regular font file planwright can read.",
  check({ model, report }) {
    for (const f of themeFontFiles(model)) {
      if (!f.check.ok) report(["theme", "fonts", f.key], say("font file %{file} %{problem}", { file: shown(f.path), problem: f.check.problem }), f.check.hint);
    }
  },
};
