import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The free fonts planwright ships with, all OFL, installed from npm. For
 * Chinese documents on a machine without the office's typefaces: Noto Serif
 * SC (Regular for body text, Bold for bold text, Black for the title — the
 * 宋/小标宋 class), Noto Sans SC (the 黑体 class: level-1 headings, table
 * headers) and LXGW WenKai (楷体: level-2 headings; with all of GBK, it is
 * also the fallback for characters the others lack). Noto Serif sets Latin
 * text, English documents and page numbers. They are used where neither the
 * data's theme.fonts nor an installed typeface serves (resolve-faces.ts).
 * The Noto SC files are fontsource's simplified-Chinese builds (GB 2312 and
 * 600 more ideographs, 1.6–2 MB each); WenKai covers the rest of GBK.
 */
export type FontFace = {
  /** Stable key used in themes and in the PDF (e.g. `serif`). */
  readonly key: string;
  /** Absolute path of the font file. */
  readonly file: string;
  readonly format: "ttf" | "otf" | "woff";
};

const require = createRequire(import.meta.url);

const packageDirs = new Map<string, string>();

/** Where an installed font package is; resolved once per process (themes ask for every document). */
function packageDir(name: string): string {
  let dir = packageDirs.get(name);
  if (dir === undefined) {
    dir = dirname(require.resolve(`${name}/package.json`));
    packageDirs.set(name, dir);
  }
  return dir;
}

const notoSc = (family: "sans" | "serif", weight: number) => join(packageDir(`@fontsource/noto-${family}-sc`), "files", `noto-${family}-sc-chinese-simplified-${weight}-normal.woff`);

export const BUILTIN_FACES = {
  serif: () => join(packageDir("@expo-google-fonts/noto-serif"), "400Regular", "NotoSerif_400Regular.ttf"),
  serifBold: () => join(packageDir("@expo-google-fonts/noto-serif"), "700Bold", "NotoSerif_700Bold.ttf"),
  // fontsource calls these "latin", but they are the whole fonts (30,429 glyphs); 500 is WenKai Regular.
  kai: () => join(packageDir("@fontsource/lxgw-wenkai"), "files", "lxgw-wenkai-latin-500-normal.woff"),
  kaiBold: () => join(packageDir("@fontsource/lxgw-wenkai"), "files", "lxgw-wenkai-latin-700-normal.woff"),
  song: () => notoSc("serif", 400),
  songBold: () => notoSc("serif", 700),
  songHeavy: () => notoSc("serif", 900),
  hei: () => notoSc("sans", 500),
} as const;

export type BuiltinFace = keyof typeof BUILTIN_FACES;

export function builtinFace(key: BuiltinFace): FontFace {
  const file = BUILTIN_FACES[key]();
  return { key, file, format: file.endsWith(".woff") ? "woff" : file.endsWith(".otf") ? "otf" : "ttf" };
}
