import { localeText } from "../locale/index.js";
import { dirname, resolve } from "node:path";
import type { DocumentMeta } from "../tree/types.js";
import { officialZhTheme } from "./official-zh.js";
import { plainEnTheme } from "./plain-en.js";
import type { FontRole, Theme } from "./theme.js";
import { resolveFaces } from "../fonts/resolve-faces.js";

/** Theme settings a data file may give (`theme:`), with font paths resolved. */
export type ThemeOptions = {
  readonly paper?: "a4" | "letter";
  readonly headingBold?: boolean;
  readonly fonts?: Partial<Record<FontRole, string>>;
};

/** `fileOf(path)` says which data file wrote a value: font paths are relative to it. */
/** The `theme:` block of a data file, as the schema gives it. */
export type ThemeInput = {
  readonly paper?: "a4" | "letter" | undefined;
  readonly heading_bold?: boolean | undefined;
  readonly fonts?: Readonly<Record<string, string | undefined>> | undefined;
};

export function themeOptionsFromData(data: { readonly theme?: ThemeInput | undefined }, fileOf: (path: readonly (string | number)[]) => string): ThemeOptions {
  const t = data.theme;
  if (!t) return {};
  const fonts: Partial<Record<FontRole, string>> = {};
  for (const [k, v] of Object.entries(t.fonts ?? {})) if (v) fonts[k as FontRole] = resolve(dirname(resolve(fileOf(["theme", "fonts", k]))), v);
  return {
    ...(t.paper ? { paper: t.paper } : {}),
    ...(t.heading_bold !== undefined ? { headingBold: t.heading_bold } : {}),
    ...(Object.keys(fonts).length ? { fonts } : {}),
  };
}

/**
 * The theme for a document: GB/T 9704 for zh-CN, the plain theme for
 * English, with each font role's face resolved (theme.fonts, the office's
 * installed typefaces, the bundled fonts: fonts/resolve-faces.ts).
 */
export function selectTheme(meta: DocumentMeta, options: ThemeOptions = {}): Theme {
  const locale = localeText(meta.locale);
  const official = locale.officialLayout;
  const { latin, ...roles } = resolveFaces(official ? "zh-CN" : "en", options.fonts);
  const fonts = Object.fromEntries(Object.entries(roles).map(([role, f]) => [role, f.file])) as Record<FontRole, string>;
  const theme = official ? officialZhTheme({ grid: meta.grid, ...options, fonts, latin: latin.file }) : plainEnTheme({ paper: locale.paper, ...options, fonts });
  return { ...theme, lang: locale.lang, colon: locale.colon };
}
