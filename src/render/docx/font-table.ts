import type { Theme } from "../../theme/theme.js";
import { esc } from "./xml.js";

/**
 * word/fontTable.xml: every font the document names, with what Word, WPS
 * and LibreOffice use to substitute a missing one — an alternate name (the
 * Windows face of the same design), the PANOSE class, the character set and
 * the Unicode/code-page ranges. Values are those Word itself records for
 * these faces.
 */
type FontInfo = {
  readonly altName?: string;
  readonly panose: string;
  /** Windows character set, hex: 86 = GB2312, 00 = ANSI, 80 = Shift-JIS. */
  readonly charset: string;
  readonly family: "roman" | "swiss" | "modern" | "script" | "decorative" | "auto";
  readonly pitch: "fixed" | "variable";
  /** usb0–3, csb0–1. */
  readonly sig: readonly [string, string, string, string, string, string];
};

const GB_FIXED: FontInfo["sig"] = ["00000001", "080E0000", "00000010", "00000000", "00040000", "00000000"];
const GB_VARIABLE: FontInfo["sig"] = ["00000003", "288F0000", "00000016", "00000000", "00040001", "00000000"];
const LATIN: FontInfo["sig"] = ["E0002EFF", "C000785B", "00000009", "00000000", "000001FF", "00000000"];

const KNOWN: Readonly<Record<string, FontInfo>> = {
  仿宋_GB2312: { altName: "仿宋", panose: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed", sig: GB_FIXED },
  楷体_GB2312: { altName: "楷体", panose: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed", sig: GB_FIXED },
  方正小标宋简体: { altName: "FZXiaoBiaoSong-B05S", panose: "02000000000000000000", charset: "86", family: "script", pitch: "variable", sig: GB_VARIABLE },
  黑体: { altName: "SimHei", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed", sig: GB_FIXED },
  宋体: { altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "auto", pitch: "variable", sig: GB_VARIABLE },
  仿宋: { altName: "FangSong", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed", sig: GB_FIXED },
  楷体: { altName: "KaiTi", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed", sig: GB_FIXED },
  SimSun: { altName: "宋体", panose: "02010600030101010101", charset: "86", family: "auto", pitch: "variable", sig: GB_VARIABLE },
  SimHei: { altName: "黑体", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed", sig: GB_FIXED },
  KaiTi: { altName: "楷体", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed", sig: GB_FIXED },
  FangSong: { altName: "仿宋", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed", sig: GB_FIXED },
  "Times New Roman": { panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable", sig: LATIN },
  Georgia: { panose: "02040502050405020303", charset: "00", family: "roman", pitch: "variable", sig: ["00000287", "00000000", "00000000", "00000000", "0000009F", "00000000"] },
  Arial: { panose: "020B0604020202020204", charset: "00", family: "swiss", pitch: "variable", sig: LATIN },
  "MS Gothic": { altName: "ＭＳ ゴシック", panose: "020B0609070205080204", charset: "80", family: "modern", pitch: "fixed", sig: ["E00002FF", "6AC7FDFB", "08000012", "00000000", "0002009F", "00000000"] },
};

/** A font we know nothing about: CJK names get the GB2312 character set. */
function guess(name: string): FontInfo {
  const cjk = /[\u3400-\u9fff]/.test(name);
  return { panose: "02010600030101010101", charset: cjk ? "86" : "00", family: cjk ? "auto" : "roman", pitch: "variable", sig: cjk ? GB_VARIABLE : LATIN };
}

/** The faces a theme names in its Word styles, plus the check boxes' MS Gothic; in a stable order. */
export function namedFonts(theme: Theme): string[] {
  const names = new Set<string>();
  for (const f of Object.values(theme.wordFonts)) {
    names.add(f.eastAsia);
    names.add(f.latin);
  }
  names.add("MS Gothic");
  return [...names];
}

export function fontInfo(name: string): FontInfo {
  return KNOWN[name] ?? guess(name);
}

const NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;

export function fontTableXml(theme: Theme): string {
  const fonts = namedFonts(theme).map((name) => {
    const f = fontInfo(name);
    const [u0, u1, u2, u3, c0, c1] = f.sig;
    return (
      `<w:font w:name="${esc(name)}">` +
      (f.altName ? `<w:altName w:val="${esc(f.altName)}"/>` : "") +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/>` +
      `<w:sig w:usb0="${u0}" w:usb1="${u1}" w:usb2="${u2}" w:usb3="${u3}" w:csb0="${c0}" w:csb1="${c1}"/></w:font>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${NS}>${fonts.join("")}</w:fonts>`;
}
