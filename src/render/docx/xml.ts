/**
 * Small helpers for writing WordprocessingML as strings. The body of a
 * document is written here directly (docx's object model costs ~10× more for
 * table-heavy documents); the escaping matches docx's, so text reads the same
 * whichever path wrote it.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

/** Escapes text or an attribute value; control characters XML cannot carry are dropped. */
export function esc(value: string): string {
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (ch) => ESCAPES[ch] ?? "");
}

/** ` a="1" b="2"`, in the given order, undefined ones left out. */
export function attributes(attrs: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): string {
  let out = "";
  for (const [k, v] of attrs) if (v !== undefined) out += ` ${k}="${typeof v === "string" ? esc(v) : String(v)}"`;
  return out;
}

/** A text element that keeps its spaces. */
export function textElement(name: "w:t" | "w:instrText", text: string): string {
  return `<${name} xml:space="preserve">${esc(text)}</${name}>`;
}
