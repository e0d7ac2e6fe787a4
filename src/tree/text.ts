import type { Inline } from "./types.js";

/** The plain text of inlines (boxes as ☐/☑, breaks as newlines). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === "text" ? i.value : i.type === "checkbox" ? (i.checked ? "☑" : "☐") : "\n")).join("");
}
