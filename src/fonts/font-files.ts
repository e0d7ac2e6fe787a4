import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The free fonts planwright ships with, all OFL, installed from npm: LXGW
 * WenKai (Regular and Bold: the stand-in for every Chinese face a machine
 * lacks — 仿宋, 楷体, 黑体, 小标宋 — with all of GBK) and Noto Serif (Latin,
 * Greek, Cyrillic: English documents, page numbers). They are used where
 * neither the data's theme.fonts nor an installed office typeface serves
 * (resolve-faces.ts), and for characters those faces lack. Packages that
 * ship only these weights keep a production install small: Noto Serif SC
 * and Noto Sans SC come only with every weight (120 and 96 MB).
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

export const BUILTIN_FACES = {
  serif: () => join(packageDir("@expo-google-fonts/noto-serif"), "400Regular", "NotoSerif_400Regular.ttf"),
  serifBold: () => join(packageDir("@expo-google-fonts/noto-serif"), "700Bold", "NotoSerif_700Bold.ttf"),
  // fontsource calls these "latin", but they are the whole fonts (30,429 glyphs); 500 is WenKai Regular.
  kai: () => join(packageDir("@fontsource/lxgw-wenkai"), "files", "lxgw-wenkai-latin-500-normal.woff"),
  kaiBold: () => join(packageDir("@fontsource/lxgw-wenkai"), "files", "lxgw-wenkai-latin-700-normal.woff"),
} as const;

export type BuiltinFace = keyof typeof BUILTIN_FACES;

export function builtinFace(key: BuiltinFace): FontFace {
  const file = BUILTIN_FACES[key]();
  return { key, file, format: file.endsWith(".woff") ? "woff" : file.endsWith(".otf") ? "otf" : "ttf" };
}
