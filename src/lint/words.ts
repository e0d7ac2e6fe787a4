import { wordSegmenter } from "../text/segmenter.js";

/** The last text segmented: rules ask about one passage several times in a row. */
let last: { key: string; starts: ReadonlySet<number> } | undefined;

/**
 * Word boundaries from the platform's segmenter (ICU's dictionary for
 * Chinese): where a word starts. A doubled word or a name's prefix counts only
 * when it stands on word boundaries — 涉及我院及我院 doubles no word, 上市公司 holds no 市 + 公司.
 */
export function wordStarts(text: string, lang: string): ReadonlySet<number> {
  const key = `${lang}\0${text}`;
  if (last?.key === key) return last.starts;
  const starts = new Set<number>();
  for (const s of wordSegmenter(lang).segment(text)) starts.add(s.index);
  starts.add(text.length);
  last = { key, starts };
  return starts;
}
