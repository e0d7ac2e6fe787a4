import { chineseNumeral, CIRCLED, letter, roman } from "../../text/numerals.js";
import { attr, child, children, find, type XmlNode } from "./docx-xml.js";

/**
 * Word list numbering (word/numbering.xml): the numbers Word draws in front of
 * list paragraphs are not in their text, so they are counted here as Word
 * counts them — per list (a `w:num` with its own start restarts; lists sharing
 * an abstract definition otherwise continue), deeper levels restarting when a
 * higher one moves on — and written with the level's format and text (`%1.`).
 */
type Level = { readonly start: number; readonly format: string; readonly text: string; readonly legal: boolean };
type List = { readonly key: string; readonly levels: ReadonlyMap<number, Level> };

export class ListNumbers {
  private readonly lists = new Map<string, List>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: XmlNode[] | undefined) {
    const root = numberingXml ? find(numberingXml, "w:numbering") : undefined;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const a of children(root, "w:abstractNum")) {
      const levels = new Map<number, Level>();
      for (const l of children(a, "w:lvl")) levels.set(Number(attr(l, "w:ilvl") ?? 0), readLevel(l));
      abstracts.set(attr(a, "w:abstractNumId") ?? "", levels);
    }
    for (const n of children(root, "w:num")) {
      const id = attr(n, "w:numId") ?? "";
      const abs = attr(child(n, "w:abstractNumId"), "w:val") ?? "";
      const levels = new Map(abstracts.get(abs) ?? []);
      let restarts = false;
      for (const o of children(n, "w:lvlOverride")) {
        const ilvl = Number(attr(o, "w:ilvl") ?? 0);
        const start = attr(child(o, "w:startOverride"), "w:val");
        const own = child(o, "w:lvl");
        const base = own ? readLevel(own) : levels.get(ilvl);
        if (base) levels.set(ilvl, start !== undefined ? { ...base, start: Number(start) } : base);
        if (start !== undefined || own) restarts = true;
      }
      this.lists.set(id, { key: restarts ? `num:${id}` : `abs:${abs}`, levels });
    }
  }

  /** The number Word draws for the next paragraph of list `numId` at level `ilvl` ("" for bullets and none). */
  next(numId: string, ilvl: number): string {
    const list = this.lists.get(numId);
    if (!list || numId === "0") return "";
    const counts = this.counters.get(list.key) ?? [];
    for (let i = 0; i <= ilvl; i++) if (counts[i] === undefined) counts[i] = (list.levels.get(i)?.start ?? 1) - (i === ilvl ? 1 : 0);
    counts[ilvl] = (counts[ilvl] as number) + 1;
    counts.length = ilvl + 1;
    this.counters.set(list.key, counts);
    const level = list.levels.get(ilvl);
    if (!level || level.format === "bullet" || level.format === "none") return "";
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = list.levels.get(i);
      return formatValue(level.legal ? "decimal" : (l?.format ?? "decimal"), counts[i] ?? l?.start ?? 1);
    });
  }
}

function readLevel(l: XmlNode): Level {
  return {
    start: Number(attr(child(l, "w:start"), "w:val") ?? 1),
    format: attr(child(l, "w:numFmt"), "w:val") ?? "decimal",
    text: attr(child(l, "w:lvlText"), "w:val") ?? "",
    legal: child(l, "w:isLgl") !== undefined,
  };
}

const TIANGAN = "甲乙丙丁戊己庚辛壬癸";

function formatValue(format: string, n: number): string {
  switch (format) {
    case "upperRoman":
      return roman(n, true);
    case "lowerRoman":
      return roman(n);
    case "upperLetter":
      return letter(n, true);
    case "lowerLetter":
      return letter(n, false);
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "ideographDigital":
    case "japaneseCounting":
    case "taiwaneseCounting":
      return chineseNumeral(n);
    case "ideographTraditional":
      return TIANGAN[n - 1] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return CIRCLED[n - 1] ?? String(n);
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "decimalFullWidth":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}
