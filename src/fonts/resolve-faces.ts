import type { FontRole } from "../theme/theme.js";
import { builtinFace, type BuiltinFace } from "./font-files.js";
import { FACE_CLASSES, pickFace } from "./face-classes.js";
import { systemFonts, type SystemFace, type SystemFontSource } from "./system-fonts.js";

/**
 * Which face sets each font role, and why: the data's `theme.fonts`, else
 * the office's own typeface installed on this machine (matched by family
 * name), else an installed free face of the role's class (face-classes.ts),
 * else the bundled OFL stand-in. Deterministic for a machine: candidates are
 * tried in order, faces of a family by the weight the role wants and then by
 * file path.
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

export const BUNDLED: Readonly<Record<"zh-CN" | "en", Readonly<Record<FontRole | "latin", BuiltinFace>>>> = {
  // Latin letters and digits in Chinese text: the Song face's own (as a suite without Times New Roman sets them).
  "zh-CN": { body: "song", title: "songHeavy", bold: "songBold", heading: "hei", kai: "kai", number: "serif", latin: "song" },
  en: { body: "serif", title: "serifBold", bold: "serifBold", heading: "serifBold", kai: "serif", number: "serif", latin: "serif" },
};

export const BUNDLED_NAMES: Readonly<Record<BuiltinFace, string>> = {
  serif: "Noto Serif Regular",
  serifBold: "Noto Serif Bold",
  kai: "LXGW WenKai Regular",
  kaiBold: "LXGW WenKai Bold",
  song: "Noto Serif SC Regular",
  songBold: "Noto Serif SC Bold",
  songHeavy: "Noto Serif SC Black",
  hei: "Noto Sans SC Medium",
};

const ref = (f: SystemFace) => (f.index > 0 || /\.(ttc|otc)$/i.test(f.file) ? `${f.file}#${f.index}` : f.file);

/** The first installed face of the role's class: the office's own by name, else a free family of its kind. */
function installed(role: FontRole | "latin", system: SystemFontSource): ResolvedFace | undefined {
  const c = FACE_CLASSES[role];
  const how = system.how === "fontconfig" ? "fontconfig" : "font folders";
  for (const [families, kind] of [
    [c.office, "the office's typeface"],
    [c.free, "a free face of its class"],
  ] as const) {
    for (const family of families) {
      const f = pickFace(system.faces, family, c.weight);
      if (f) return { file: ref(f), source: "system", family, why: `installed (${how}), ${kind}: family “${family}”, ${f.style || "regular"}` };
    }
  }
  return undefined;
}

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
    const found = locale === "zh-CN" ? installed(role, system) : undefined;
    const families = locale === "zh-CN" ? [...FACE_CLASSES[role].office, ...FACE_CLASSES[role].free] : [];
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
            : `bundled: no installed face of the family ${families.map((n) => `“${n}”`).join(", ")}`,
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
