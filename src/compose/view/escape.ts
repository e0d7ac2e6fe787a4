/**
 * User text goes into Markdown, so it is escaped once, when the view is built:
 * every ASCII punctuation character gets a backslash (always valid CommonMark),
 * which makes `* _ | # < > [ ] { } \`` and friends come out literally.
 * Line breaks inside a value are joined the way the text is written: nothing
 * between Chinese characters, one space between Latin words.
 */
const PUNCT = /[!-/:-@[-`{-~]/g;

export function escapeMarkdown(text: string): string {
  return softJoin(text).replace(PUNCT, (c) => `\\${c}`);
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Joins the lines of one paragraph; collapses indentation left by YAML blocks. */
export function softJoin(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  let out = "";
  for (const line of lines) {
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    const a = out.charAt(out.length - 1);
    const b = line.charAt(0);
    out += CJK.test(a) || CJK.test(b) ? line : ` ${line}`;
  }
  return out;
}

/** Splits free text into paragraphs at blank lines. */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
