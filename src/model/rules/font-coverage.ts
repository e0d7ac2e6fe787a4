import { loadFont } from "../../fonts/font-cache.js";
import { hasGlyph } from "../../fonts/glyphs.js";
import type { DataPath } from "../../load/parse-yaml.js";
import { selectTheme, themeOptionsFromData } from "../../theme/select-theme.js";
import type { Rule } from "./rule.js";
import { isInvisible } from "../../text/invisible.js";
import { themeFontFiles } from "./theme-fonts.js";
import { say } from "../../diagnostics/say.js";

/** Every string in a plain value, with its path. */
function* strings(value: unknown, path: DataPath = []): Generator<[string, DataPath]> {
  if (typeof value === "string") yield [value, path];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

export const fontCoverage: Rule = {
  id: "text/font-coverage",
  severity: "warning",
  description: "Every character in the data can be drawn by the chosen fonts.",
  check({ model, report }) {
    // A font that cannot be read is reported by theme/font-file; coverage is checked once it can.
    if (themeFontFiles(model).some((f) => !f.check.ok)) return;
    const theme = selectTheme(
      { name: "plan", locale: model.data.locale, title: "", organisation: "", version: "", effectiveDate: "", grid: true, author: "" },
      themeOptionsFromData(model.data, (path) => model.locate(path).file),
    );
    const faces = [...new Set([...Object.values(theme.fonts), ...theme.fallback])].map((f) => loadFont(f).font);
    const known = new Map<number, boolean>();
    const drawable = (cp: number) => {
      let ok = known.get(cp);
      if (ok === undefined) {
        ok = cp < 32 || isInvisible(cp) || faces.some((f) => hasGlyph(f, cp));
        known.set(cp, ok);
      }
      return ok;
    };
    for (const source of model.sources) {
      for (const [text, path] of strings(source.value)) {
        if (path[path.length - 1] === "note" || path[0] === "theme" || path[0] === "extends" || path[0] === "templates") continue;
        const missing = [...new Set([...text].filter((ch) => !drawable(ch.codePointAt(0) as number)))];
        if (missing.length > 0) {
          const list = missing.map((ch) => `"${ch}" (U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
          report(path, say("no font can draw %{chars}; it would print as an empty box", { chars: list }), say("Replace the character, or point theme.fonts at a font that has it."));
        }
      }
    }
  },
};
