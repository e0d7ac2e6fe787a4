import { localeText } from "../../locale/index.js";
import type { FigureWords } from "../../locale/types.js";

export type { FigureWords };

/** The words a generated flowchart prints itself: from the locale's table. */
export function figureWords(locale: string): FigureWords {
  return localeText(locale).figures;
}
