/**
 * Invisible format characters that text copied out of a web page or a word
 * processor carries: zero-width spaces and joiners, the word joiner and
 * invisible operators, byte-order marks inside the text, and the
 * left-to-right / right-to-left / Arabic letter marks. They are never
 * printed (no font draws them, so they would show as empty boxes), and
 * `validate` warns where they are (model/rules/invisible-characters.ts).
 * Bidirectional embeddings, overrides and isolates are refused when the file
 * is read (load/read-text.ts).
 */
export const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u061C\u180E]/g;

const NAMES: Readonly<Record<number, string>> = {
  0x200b: "zero width space",
  0x200c: "zero width non-joiner",
  0x200d: "zero width joiner",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
  0x2060: "word joiner",
  0xfeff: "zero width no-break space (byte-order mark)",
  0x061c: "Arabic letter mark",
  0x180e: "Mongolian vowel separator",
};

export function invisibleName(cp: number): string {
  return NAMES[cp] ?? "invisible operator";
}

export function isInvisible(cp: number): boolean {
  return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff || cp === 0x061c || cp === 0x180e;
}

/** The text without them. */
export function dropInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}
