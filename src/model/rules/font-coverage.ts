import { loadFont } from "../../fonts/font-cache.js";
import { hasGlyph } from "../../fonts/glyphs.js";
import type { DataPath } from "../../load/parse-yaml.js";
import { selectTheme, themeOptionsFromData } from "../../theme/select-theme.js";
import type { Rule } from "./rule.js";
import { isInvisible } from "../../text/invisible.js";
import { themeFontFiles } from "./theme-fonts.js";
import { say } from "../../diagnostics/say.js";

/** Calls `visit` with every string in a plain value and its path (the path array is reused: copy it to keep it). */
function eachString(value: unknown, path: Array<string | number>, visit: (text: string, path: readonly (string | number)[]) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], path, visit);
      path.pop();
    }
  } else if (value && typeof value === "object") {
    for (const k of Object.keys(value)) {
      path.push(k);
      eachString((value as Record<string, unknown>)[k], path, visit);
      path.pop();
    }
  }
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
    const allDrawable = (text: string): boolean => {
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i) as number;
        if (!drawable(cp)) return false;
        if (cp > 0xffff) i++;
      }
      return true;
    };
    for (const source of model.sources) {
      eachString(source.value, [], (text, path) => {
        if (path[path.length - 1] === "note" || path[0] === "theme" || path[0] === "extends" || path[0] === "templates") return;
        if (allDrawable(text)) return;
        const missing = [...new Set([...text].filter((ch) => !drawable(ch.codePointAt(0) as number)))];
        const list = missing.map((ch) => `"${ch}" (U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
        report([...path] as DataPath, say("no font can draw %{chars}; it would print as an empty box", { chars: list }), say("Replace the character, or point theme.fonts at a font that has it."));
      });
    }
  },
};
