import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The free fonts planwright ships with, all OFL, installed from npm:
 * Noto Serif SC (宋体/仿宋 and 小标宋 stand-ins), Noto Sans SC (黑体 stand-in)
 * and LXGW WenKai (楷体 stand-in). Nothing depends on system fonts.
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
  serif: () => join(packageDir("@expo-google-fonts/noto-serif-sc"), "400Regular", "NotoSerifSC_400Regular.ttf"),
  serifBold: () => join(packageDir("@expo-google-fonts/noto-serif-sc"), "700Bold", "NotoSerifSC_700Bold.ttf"),
  sans: () => join(packageDir("@expo-google-fonts/noto-sans-sc"), "400Regular", "NotoSansSC_400Regular.ttf"),
  sansBold: () => join(packageDir("@expo-google-fonts/noto-sans-sc"), "700Bold", "NotoSansSC_700Bold.ttf"),
  kai: () => join(packageDir("@fontsource/lxgw-wenkai"), "files", "lxgw-wenkai-latin-500-normal.woff"),
} as const;

export type BuiltinFace = keyof typeof BUILTIN_FACES;

export function builtinFace(key: BuiltinFace): FontFace {
  const file = BUILTIN_FACES[key]();
  return { key, file, format: file.endsWith(".woff") ? "woff" : file.endsWith(".otf") ? "otf" : "ttf" };
}
