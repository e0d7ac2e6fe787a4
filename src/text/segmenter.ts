const segmenters = new Map<string, Intl.Segmenter>();

/** The platform's word segmenter for a language (ICU's dictionary for Chinese), made once per language. */
export function wordSegmenter(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: "word" })));
  return seg;
}
