import type { FontRole } from "../theme/theme.js";
import { builtinFace, type BuiltinFace } from "./font-files.js";
import { systemFonts, type SystemFace } from "./system-fonts.js";

/**
 * Which face sets each font role, and why: the data's `theme.fonts`, else
 * the office's own typeface installed on this machine (matched by family
 * name, in the order below), else the bundled OFL stand-in. Deterministic
 * for a machine: candidates are tried in order, faces of a family by style
 * (regular first) and then by file path.
 */
export type ResolvedFace = {
  /** Font file, with `#n` for the n-th face of a collection. */
  readonly file: string;
  readonly source: "theme" | "system" | "bundled";
  /** The family that matched (system), or the bundled face's name. */
  readonly family: string;
  /** One line: why this face. */
  readonly why: string;
};

/** The faces of the font roles, and `latin`: Latin letters and digits in Chinese text (Word's ascii/hAnsi font). */
export type FaceSet = Readonly<Record<FontRole | "latin", ResolvedFace>>;

/** Family names looked for, per role, for zh-CN documents (GB/T 9704 faces, then their Windows names). */
export const OFFICE_FAMILIES: Readonly<Record<FontRole | "latin", readonly string[]>> = {
  latin: ["Times New Roman"],
  body: ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"],
  title: ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"],
  bold: ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"],
  heading: ["黑体", "SimHei"],
  kai: ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"],
  number: ["宋体", "SimSun"],
};

export const BUNDLED: Readonly<Record<"zh-CN" | "en", Readonly<Record<FontRole | "latin", BuiltinFace>>>> = {
  "zh-CN": { body: "kai", title: "kaiBold", bold: "kaiBold", heading: "kaiBold", kai: "kai", number: "serif", latin: "serif" },
  en: { body: "serif", title: "serifBold", bold: "serifBold", heading: "serifBold", kai: "serif", number: "serif", latin: "serif" },
};

export const BUNDLED_NAMES: Readonly<Record<BuiltinFace, string>> = {
  serif: "Noto Serif Regular",
  serifBold: "Noto Serif Bold",
  kai: "LXGW WenKai Regular",
  kaiBold: "LXGW WenKai Bold",
};

const REGULAR = /^(regular|normal|book|roman|standard|常规|標準|标准|w3)$/i;

function pick(faces: readonly SystemFace[], family: string): SystemFace | undefined {
  const want = family.toLowerCase();
  const matching = faces.filter((f) => f.families.some((n) => n.toLowerCase() === want));
  matching.sort((a, b) => Number(REGULAR.test(b.style)) - Number(REGULAR.test(a.style)) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index));
  return matching[0];
}

const ref = (f: SystemFace) => (f.index > 0 || /\.(ttc|otc)$/i.test(f.file) ? `${f.file}#${f.index}` : f.file);

const cache = new Map<string, FaceSet>();

/**
 * The faces of a document's roles. `chosen` are the data's theme.fonts
 * (absolute paths), with `from` naming where they were written.
 */
export function resolveFaces(locale: "zh-CN" | "en", chosen: Partial<Record<FontRole, string>> = {}, from = "theme.fonts"): FaceSet {
  const key = `${locale}\0${JSON.stringify(chosen)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const system = locale === "zh-CN" ? systemFonts() : { how: "off" as const, faces: [], folders: [] };
  const out = {} as Record<FontRole | "latin", ResolvedFace>;
  for (const role of Object.keys(BUNDLED[locale]) as Array<FontRole | "latin">) {
    // bold follows the title face in zh-CN (a heavy Song) and the body face in English; numbers follow the body.
    const via: FontRole | undefined = role === "latin" ? undefined : chosen[role] ? role : role === "bold" ? (locale === "zh-CN" ? "title" : "body") : role === "number" ? "body" : undefined;
    const own = via ? chosen[via] : undefined;
    if (own && via) {
      out[role] = { file: own, source: "theme", family: own, why: `${from}.${via} in the data` };
      continue;
    }
    const families = locale === "zh-CN" ? OFFICE_FAMILIES[role] : [];
    let found: ResolvedFace | undefined;
    for (const family of families) {
      const f = pick(system.faces, family);
      if (f) {
        found = { file: ref(f), source: "system", family, why: `installed (${system.how === "fontconfig" ? "fontconfig" : "font folders"}): family “${family}”` };
        break;
      }
    }
    const b = BUNDLED[locale][role];
    out[role] = found ?? {
      file: builtinFace(b).file,
      source: "bundled",
      family: BUNDLED_NAMES[b],
      why:
        families.length === 0
          ? "bundled (English documents use the bundled faces)"
          : system.how === "off"
            ? "bundled (system fonts not searched: PLANWRIGHT_SYSTEM_FONTS=off)"
            : `bundled: no installed face named ${families.map((n) => `“${n}”`).join(", ")}`,
    };
  }
  cache.set(key, out);
  return out;
}

/** One line for a build summary: how many roles use installed, bundled or the data's faces. */
export function summariseFaces(set: FaceSet): string {
  const parts = (Object.entries(set) as Array<[string, ResolvedFace]>).map(([role, f]) => `${role} ${f.source === "theme" ? "theme.fonts" : f.family} (${f.source === "system" ? "installed" : f.source})`);
  return parts.join(", ");
}

export function forgetResolvedFaces(): void {
  cache.clear();
}

/** What rebuild checks hash: the faces zh-CN documents get on this machine (installing a font rebuilds them). */
export function facesFingerprint(): string {
  return JSON.stringify(resolveFaces("zh-CN"));
}
