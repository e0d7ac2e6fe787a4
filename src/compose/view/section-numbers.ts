import type { PlanData, SectionT } from "../../model/model.js";
import { formatNumber } from "../../text/numerals.js";
import { isContinuous, isScheme, NUMBERING_SCHEMES, numberGap, styleKind, type StyleKind } from "../../text/numbering-schemes.js";
import type { LocaleText } from "../../locale/index.js";

/** How a numbered section is laid out. */
export type SectionDisplay = "heading" | "centered" | "runIn" | "article" | "plain";

export type SectionNumber = {
  /** The number as printed: 第十二条, 4.2, （三）, A. — or "" when unnumbered. */
  readonly number: string;
  /** The number and the gap before the title: "第十二条　", "4.2 ", "（三）". */
  readonly prefix: string;
  /** How other text cites this section: 第十二条, 4.2, 三（二）, IV.A. */
  readonly ref: string;
  readonly style: string;
  readonly kind: StyleKind;
  /** Heading level 2..6. */
  readonly level: number;
};

/**
 * Numbers every section of the plan outline once, before anything is worded,
 * so that text anywhere can cite a section by id. A plan names a scheme
 * (`numbering: articles`) or the style of its top level; a section's own
 * `numbering` sets the style of its items, or a scheme for its whole subtree.
 * Articles (第一条) count on across chapters; everything else restarts under
 * its parent.
 */
export function numberSections(data: Pick<PlanData, "plan">, t: LocaleText): Map<SectionT, SectionNumber> {
  const out = new Map<SectionT, SectionNumber>();
  const continuous = new Map<string, number>();
  const top = data.plan.numbering;
  const defaults = (depth: number) => t.defaultNumbering(depth);
  const scheme: (depth: number) => string = top && isScheme(top) ? schemeAt(NUMBERING_SCHEMES[top], 1, defaults) : defaults;
  const walk = (list: readonly SectionT[] | undefined, depth: number, style: string, styles: (depth: number) => string, parent: SectionNumber | undefined) => {
    list?.forEach((s, i) => {
      const n = continuousNumber(continuous, style, i + 1);
      const number = formatNumber(style, n, parent?.number ?? "");
      const kind = styleKind(style);
      const entry: SectionNumber = {
        number,
        prefix: number ? `${number}${numberGap(style, t.numberGap)}` : "",
        ref: citation(number, kind, parent, t),
        style,
        kind,
        level: headingLevel(kind, t.headingLevel(style, depth), parent),
      };
      out.set(s, entry);
      const own = s.numbering;
      const childStyles = own && isScheme(own) ? schemeAt(NUMBERING_SCHEMES[own], depth + 1, styles) : styles;
      const childStyle = own && !isScheme(own) ? own : childStyles(depth + 1);
      walk(s.items, depth + 1, childStyle, childStyles, entry);
    });
  };
  const first = top && !isScheme(top) ? top : scheme(1);
  walk(data.plan.sections, 1, first, scheme, undefined);
  return out;
}

/** The styles of a scheme from `depth` on (a scheme chosen for a subtree starts at that subtree). */
function schemeAt(list: readonly string[], from: number, fallback: (depth: number) => string): (depth: number) => string {
  return (depth) => list[depth - from] ?? fallback(depth);
}

function continuousNumber(counters: Map<string, number>, style: string, n: number): number {
  if (!isContinuous(style)) return n;
  const next = (counters.get(style) ?? 0) + 1;
  counters.set(style, next);
  return next;
}

/**
 * A citation: articles, chapters and decimals are unique as printed; item
 * numbers (（二）, A.) are prefixed by their parents' (三（二）, IV.A).
 */
function citation(number: string, kind: StyleKind, parent: SectionNumber | undefined, t: LocaleText): string {
  if (!number) return parent?.ref ?? "";
  if (kind === "chapter" || kind === "part" || kind === "article" || kind === "decimal") return number;
  const bare = t.citePart(number);
  if (!parent || !parent.ref || parent.kind === "chapter" || parent.kind === "part") return bare;
  return t.citeJoin(parent.ref, bare);
}

/** Chapters are level 2, 节 level 3, articles 4; below an article or any section, at least one level deeper than the parent. */
function headingLevel(kind: StyleKind, byStyle: number, parent: SectionNumber | undefined): number {
  const own = kind === "chapter" ? 2 : kind === "part" ? 3 : kind === "article" ? 4 : byStyle;
  return Math.max(2, Math.min(Math.max(own, (parent?.level ?? 1) + 1), 6));
}
