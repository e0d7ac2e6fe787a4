import { resolveFaces, summariseFaces, type FaceSet } from "../../fonts/resolve-faces.js";
import { systemFonts } from "../../fonts/system-fonts.js";
import { localeText } from "../../locale/index.js";
import { loadModel } from "../../model/load-model.js";
import { themeOptionsFromData } from "../../theme/select-theme.js";
import type { FontRole } from "../../theme/theme.js";
import { expandInputs } from "../inputs.js";
import { report, type Io } from "../io.js";

/** What each font role sets, per locale (the Word name the DOCX gives it in brackets). */
const USES: Readonly<Record<"zh-CN" | "en", Readonly<Record<FontRole | "latin", string>>>> = {
  "zh-CN": {
    body: "body text, level 3–4 headings [仿宋_GB2312]",
    title: "document title [方正小标宋简体]",
    bold: "bold text",
    heading: "level 1 headings, table headers [黑体]",
    kai: "level 2 headings, subtitle [楷体_GB2312]",
    number: "page numbers [宋体]",
    latin: "Latin letters and digits in Chinese text [Times New Roman]",
  },
  en: { body: "body text", title: "document title", bold: "bold text", heading: "headings, table headers", kai: "(unused)", number: "page numbers", latin: "(unused)" },
};

function print(io: Io, title: string, locale: "zh-CN" | "en", faces: FaceSet): void {
  io.out(`${title}\n`);
  for (const [role, f] of Object.entries(faces) as Array<[FontRole | "latin", FaceSet[FontRole]]>) {
    io.out(`  ${role.padEnd(8)} ${USES[locale][role]}\n`);
    io.out(`           ${f.source === "theme" ? "theme.fonts" : f.family} (${f.source === "system" ? "installed" : f.source === "bundled" ? "bundled" : "the data's file"})  ${f.file}\n`);
    io.out(`           why: ${f.why}\n`);
  }
}

/**
 * `planwright fonts [files…]`: for each font role, the face and file a PDF
 * is set in on this machine, and why — the data's theme.fonts, an installed
 * office typeface, or the bundled stand-in. Without files: the defaults for
 * zh-CN and English documents.
 */
export function fontsCommand(inputs: string[], io: Io): number {
  const sys = systemFonts();
  const where = sys.how === "off" ? "not searched (PLANWRIGHT_SYSTEM_FONTS=off)" : sys.how === "fontconfig" ? `fontconfig, ${sys.faces.length} faces` : `font folders ${sys.folders.join(", ")}: ${sys.faces.length} faces`;
  io.out(`System fonts: ${where}\n\n`);
  if (inputs.length === 0) {
    print(io, "zh-CN documents (GB/T 9704)", "zh-CN", resolveFaces("zh-CN"));
    io.out("\n");
    print(io, "English documents", "en", resolveFaces("en"));
    return 0;
  }
  let code = 0;
  for (const file of expandInputs(inputs)) {
    const loaded = loadModel(file);
    if (!loaded.model) {
      report(loaded.diagnostics, io);
      code = 1;
      continue;
    }
    const model = loaded.model;
    const locale = localeText(model.data.locale).templates === "en" ? "en" : "zh-CN";
    const options = themeOptionsFromData(model.data, (path) => model.locate(path).file);
    print(io, `${file} (${model.data.locale})`, locale, resolveFaces(locale, options.fonts));
    io.out("\n");
  }
  return code;
}

/** The build summary's line about typefaces (zh-CN defaults on this machine). */
export function typefaceSummary(): string {
  return `typefaces for zh-CN on this machine: ${summariseFaces(resolveFaces("zh-CN"))} (planwright fonts says which files and why)`;
}
