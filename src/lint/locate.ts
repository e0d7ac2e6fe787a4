import type { Model, Located } from "../model/model.js";
import type { DataPath } from "../load/parse-yaml.js";

/** Every string the data holds, as written, with its path (for pointing a finding at the text that produced it). */
export type DataStrings = ReadonlyArray<{ readonly path: DataPath; readonly text: string }>;

export function dataStrings(model: Model): DataStrings {
  const out: Array<{ path: DataPath; text: string }> = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === "string") {
      // Text with slots ({role}, {quick-report.deadline}) is found by its literal pieces.
      for (const piece of v.split(/\{[^{}]*\}/u)) if (piece.trim().length >= 2) out.push({ path: [...path], text: piece.trim() });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(model.raw, []);
  return out;
}

/**
 * Where in the data the text around [start, end) of `text` was written: the
 * longest string of the data that appears in `text` covering the finding, else
 * the longest one overlapping it. Undefined when the words are the tool's own.
 */
export function locateText(model: Model, strings: DataStrings, text: string, start: number, end: number): Located | undefined {
  let best: { path: DataPath; score: number } | undefined;
  for (const s of strings) {
    if (s.text.length > text.length) continue;
    for (let i = text.indexOf(s.text); i >= 0; i = text.indexOf(s.text, i + 1)) {
      const overlap = Math.min(end, i + s.text.length) - Math.max(start, i);
      if (overlap <= 0 && !(end === start && i <= start && start <= i + s.text.length)) continue;
      const covers = i <= start && end <= i + s.text.length;
      const score = (covers ? 1e6 : 0) + (covers ? -s.text.length : s.text.length);
      if (!best || score > best.score) best = { path: s.path, score };
      break;
    }
  }
  return best ? model.locate(best.path) : undefined;
}

/** The data string the text was written from (its longest piece found in it), if any. */
export function sourceOf(strings: DataStrings, text: string, min = 4): DataPath | undefined {
  let best: { path: DataPath; length: number } | undefined;
  for (const s of strings) if (s.text.length >= min && (!best || s.text.length > best.length) && text.includes(s.text)) best = { path: s.path, length: s.text.length };
  return best?.path;
}
