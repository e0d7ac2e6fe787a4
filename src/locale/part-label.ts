import type { ChangePart } from "../diff/change.js";

/** A part's label with its qualifier: "周一 白班" / "Monday, day shift". */
export function partLabel(p: ChangePart, sep: string): string {
  return p.qualifier ? `${p.label}${sep}${p.qualifier}` : p.label;
}
