import type { Inline, Table, TableRow } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import type { FontMetrics } from "../pdf/font-metrics.js";
import type { FigureContext } from "./figure.js";
import type { Numbering } from "./numbering.js";
import { attributes } from "./xml.js";

export type TocPlan = {
  /** Entry index → { title, level (1-based TOC level), page }. */
  readonly entries: ReadonlyArray<{ title: string; level: number; page?: number }>;
  readonly maxLevel: number;
};

/** State shared by the handlers while one document is written. */
export type DocxContext = {
  readonly theme: Theme;
  readonly toc: TocPlan | null;
  /** Index of the next TOC entry (headings and run-in leads, in order). */
  nextEntry: number;
  /** Number of the next bookmark (`w:id`). */
  nextBookmark: number;
  /** A page break is due before the next block. */
  breakBefore: boolean;
  /** Width of the text block of the current section, pt. */
  textWidth: number;
  /** Figures: frames from the PDF layout, drawing ids, pictures added to the package. */
  readonly figures?: FigureContext;
  /** Lists and their numbering instances (word/numbering.xml). */
  readonly numbering: Numbering;
  /** Depth of the list being written (0 outside lists). */
  listDepth: number;
  /** The PDF's font measurements (table columns come out as in the PDF). */
  readonly metrics: FontMetrics;
  /** Rows the PDF layout sized to their page (a slip grown to fill it), with their writing lines. */
  readonly rowSizes: ReadonlyMap<TableRow, { readonly lines: number; readonly height: number }>;
  /** Tables the PDF printed with fewer blank rows. */
  readonly rowsKept: ReadonlyMap<Table, number>;
};

export type Tab = { readonly type: "left" | "right" | "clear"; readonly pos: number; readonly leader?: string };
export type Border = { readonly style: string; readonly color: string; readonly size: number; readonly space?: number };

/** Paragraph properties, written in the order CT_PPr gives them. */
export type ParagraphProps = {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly pageBreakBefore?: boolean;
  /** List membership: numbering instance and level. */
  readonly num?: { readonly id: number; readonly level: number };
  readonly borderBottom?: Border;
  readonly tabs?: readonly Tab[];
  /** false: this paragraph keeps its own line height on a document grid. */
  readonly snapToGrid?: false;
  readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number; readonly lineRule?: "exact" | "atLeast" | "auto" };
  readonly indent?: { readonly left?: number; readonly right?: number; readonly hanging?: number; readonly firstLine?: number };
  readonly align?: "left" | "center" | "right";
  /** Size of the paragraph mark, half-points. */
  readonly markSize?: number;
};

export function border(name: string, b: Border): string {
  return `<${name}${attributes([["w:val", b.style], ["w:color", b.color], ["w:sz", b.size], ["w:space", b.space]])}/>`;
}

export function paragraphProperties(p: ParagraphProps): string {
  let out = "";
  if (p.style) out += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext !== undefined) out += p.keepNext ? "<w:keepNext/>" : `<w:keepNext w:val="false"/>`;
  if (p.keepLines) out += "<w:keepLines/>";
  if (p.pageBreakBefore) out += "<w:pageBreakBefore/>";
  if (p.num) out += `<w:numPr><w:ilvl w:val="${p.num.level}"/><w:numId w:val="${p.num.id}"/></w:numPr>`;
  if (p.borderBottom) out += `<w:pBdr>${border("w:bottom", p.borderBottom)}</w:pBdr>`;
  if (p.tabs?.length) out += `<w:tabs>${p.tabs.map((t) => `<w:tab${attributes([["w:val", t.type], ["w:leader", t.leader], ["w:pos", t.pos]])}/>`).join("")}</w:tabs>`;
  if (p.snapToGrid === false) out += `<w:snapToGrid w:val="0"/>`;
  if (p.spacing) out += `<w:spacing${attributes([["w:after", p.spacing.after], ["w:before", p.spacing.before], ["w:line", p.spacing.line], ["w:lineRule", p.spacing.lineRule]])}/>`;
  if (p.indent) out += `<w:ind${attributes([["w:left", p.indent.left], ["w:right", p.indent.right], ["w:hanging", p.indent.hanging], ["w:firstLine", p.indent.firstLine]])}/>`;
  if (p.align) out += `<w:jc w:val="${p.align}"/>`;
  if (p.markSize !== undefined) out += `<w:rPr><w:sz w:val="${p.markSize}"/><w:szCs w:val="${p.markSize}"/></w:rPr>`;
  return out ? `<w:pPr>${out}</w:pPr>` : "";
}

export function paragraph(p: ParagraphProps, runs: string): string {
  return `<w:p>${paragraphProperties(p)}${runs}</w:p>`;
}

/**
 * An empty paragraph one point high that never snaps to the grid: what
 * follows a table (Word needs a paragraph there) without ever spilling onto
 * a page of its own, and the anchor of the floating 版记.
 */
export const TINY: ParagraphProps = { snapToGrid: false, spacing: { before: 0, after: 0, line: 20, lineRule: "exact" }, indent: { firstLine: 0 }, markSize: 2 };

export const plain = (inlines: readonly Inline[]) => inlines.map((i) => (i.type === "text" ? i.value : "")).join("");

export function takeBreak(ctx: DocxContext): { pageBreakBefore?: true } {
  if (!ctx.breakBefore) return {};
  ctx.breakBefore = false;
  return { pageBreakBefore: true };
}
