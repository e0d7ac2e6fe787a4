import type { FontRole } from "../theme/theme.js";
import type { SystemFace } from "./system-fonts.js";

/**
 * Which installed families can set each font role of a zh-CN document, in
 * the order they are tried: first the office's own typefaces by name (the
 * GB/T 9704 faces and their Windows names), then free families of the same
 * class (仿宋, then a 宋 serif, for the body; a heavy 宋 for the title; a 黑
 * sans for headings; a 楷 for level-2 headings; Times New Roman's metric
 * twins for Latin text). `weight` says which face of a family suits the role.
 */
export type FaceClass = {
  readonly office: readonly string[];
  readonly free: readonly string[];
  readonly weight: "regular" | "medium" | "heavy";
};

const SONG = ["Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "Source Han Serif CN", "思源宋体", "FandolSong", "AR PL UMing CN"];
const XIAOBIAOSONG = ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"];

export const FACE_CLASSES: Readonly<Record<FontRole | "latin", FaceClass>> = {
  latin: { office: ["Times New Roman"], free: ["Liberation Serif", "Tinos", ...SONG], weight: "regular" },
  body: { office: ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"], free: ["FandolFang", "Zhuque Fangsong (technical preview)", "朱雀仿宋（预览测试版）", ...SONG], weight: "regular" },
  title: { office: XIAOBIAOSONG, free: SONG, weight: "heavy" },
  bold: { office: XIAOBIAOSONG, free: SONG, weight: "heavy" },
  heading: { office: ["黑体", "SimHei"], free: ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "思源黑体", "WenQuanYi Zen Hei", "文泉驿正黑", "WenQuanYi Micro Hei", "FandolHei"], weight: "medium" },
  kai: { office: ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"], free: ["LXGW WenKai", "霞鹜文楷", "AR PL UKai CN", "FandolKai"], weight: "regular" },
  number: { office: ["宋体", "SimSun"], free: SONG, weight: "regular" },
};

const ITALIC = /italic|oblique|斜/i;
/** Style names per wanted weight, best first. */
const STYLE_ORDER: Readonly<Record<FaceClass["weight"], readonly RegExp[]>> = {
  regular: [/^(regular|normal|book|roman|standard|常规|標準|标准|w3)$/, /^medium$/, /^light$/],
  medium: [/^medium$/, /^(regular|normal|book|standard|常规|标准|w3)$/, /^(demibold|semibold)$/, /^bold$/],
  heavy: [/^(black|heavy)$/, /^(extrabold|ultrabold)$/, /^bold$/, /^(semibold|demibold)$/, /^medium$/, /^(regular|normal|book|常规)$/],
};

/** Rank of a style name for a wanted weight: lower is better. */
function styleRank(style: string, weight: FaceClass["weight"]): number {
  const s = style.toLowerCase();
  if (ITALIC.test(s)) return 99;
  const k = STYLE_ORDER[weight].findIndex((re) => re.test(s));
  return k < 0 ? 50 : k;
}

/** The face of `family` that suits `weight`; ties by file path and index, so the choice is the same on every run. */
export function pickFace(faces: readonly SystemFace[], family: string, weight: FaceClass["weight"]): SystemFace | undefined {
  const want = family.toLowerCase();
  const matching = faces.filter((f) => f.families.some((n) => n.toLowerCase() === want));
  matching.sort((a, b) => styleRank(a.style, weight) - styleRank(b.style, weight) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index));
  return matching[0];
}
