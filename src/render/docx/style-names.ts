import type { FontRole, Theme } from "../../theme/theme.js";
import type { HeadingLevel, ParagraphStyle } from "../../tree/types.js";

/** Word style ids for the tree's headings and paragraph styles (defined in styles.ts). */
export const HEADING_STYLE: Record<HeadingLevel, string> = {
  1: "Title",
  2: "Heading1",
  3: "Heading2",
  4: "Heading3",
  5: "Heading4",
  6: "Heading5",
};

export const PARAGRAPH_STYLE: Record<ParagraphStyle, string> = {
  body: "Normal",
  mark: "PwMark",
  subtitle: "Subtitle",
  meta: "PwMeta",
  center: "PwCenter",
  right: "PwRight",
  note: "PwNote",
  small: "PwSmall",
  label: "PwLabel",
  flush: "PwFlush",
  hang: "PwHang",
  "hang-more": "PwHangMore",
};

export type WordFont = { readonly ascii: string; readonly hAnsi: string; readonly eastAsia: string; readonly cs: string };

export function fontOf(theme: Theme, role: FontRole): WordFont {
  const f = theme.wordFonts[role];
  return { ascii: f.latin, hAnsi: f.latin, eastAsia: f.eastAsia, cs: f.latin };
}
