/** Points → twentieths of a point (twips), the unit of most OOXML lengths. */
export const twips = (pt: number): number => Math.round(pt * 20);
/** Points → half-points, the unit of OOXML font sizes. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/** Points → eighths of a point, the unit of OOXML border widths. */
export const eighths = (pt: number): number => Math.max(2, Math.round(pt * 8));
