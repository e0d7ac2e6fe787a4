import type { DocumentTree, Section, Table, TableRow } from "../../tree/types.js";
import type { ImprintPlacement } from "../pdf/layout/layout-blocks.js";
import type { Theme } from "../../theme/theme.js";
import type { DiagramFrame } from "../diagram/geometry.js";
import { rasterizeAll } from "../svg-raster.js";
import { FontMetrics } from "../pdf/font-metrics.js";
import { renderBlock, type DocxContext, type TocPlan } from "./blocks.js";
import { figureContext, imagesIn, withMediaRelationships } from "./figure.js";
import { Numbering } from "./numbering.js";
import { paragraph, TINY } from "./paragraphs.js";
import { isSpacer } from "./tables.js";
import { stampCore } from "./deterministic.js";
import { packPart, zipPacked, type PackedPart } from "./zip-package.js";
import { PLACEHOLDER, scaffoldFor } from "./scaffold.js";
import { esc } from "./xml.js";

/**
 * The DOCX renderer: tree + theme → Word document. The body is written as
 * WordprocessingML here; the package around it (styles, headers, footers,
 * section properties…) comes from docx, once per theme and section shape.
 * Word lays the pages out; the TOC's cached entries carry page numbers from
 * planwright's own layout (`toc`), so it is right before Word updates it.
 */
export async function renderDocx(
  tree: DocumentTree,
  theme: Theme,
  date: Date,
  toc: TocPlan | null = null,
  figureFrames: readonly DiagramFrame[] = [],
  fromLayout: DocxLayoutFacts = {},
): Promise<Buffer> {
  const imprint = fromLayout.imprint ?? "same";
  const figures = figureContext(figureFrames, await rasterizeAll(imagesIn(tree)));
  const ctx: DocxContext = {
    theme,
    toc,
    nextEntry: 0,
    nextBookmark: 1,
    breakBefore: false,
    textWidth: 0,
    figures,
    numbering: new Numbering(),
    listDepth: 0,
    // Measured as the PDF layout measures (table columns come out the same).
    metrics: FontMetrics.forTheme(theme),
    rowSizes: fromLayout.rowSizes ?? new Map(),
    rowsKept: fromLayout.rowsKept ?? new Map(),
  };
  const textWidths: number[] = [];
  // A document with nothing in it still needs one section to hold its page setup.
  const sections = imprintPages(tree.sections.length ? tree.sections : [{ orientation: "portrait" as const, children: [] }], imprint);
  const bodies = sections.map((s) => {
    const pageWidth = s.orientation === "landscape" ? theme.page.height : theme.page.width;
    ctx.textWidth = pageWidth - theme.page.margin.left - theme.page.margin.right;
    ctx.breakBefore = false;
    if (s.unnumbered) return [paragraph(TINY, ""), ...renderBlock({ type: "pageBreak" }, ctx), ...s.children.flatMap((b) => renderBlock(b, ctx))];
    textWidths.push(ctx.textWidth);
    return s.children.flatMap((b, i) => {
      const out = renderBlock(b, ctx);
      // The attachment note (附件：1. … 2. …) is never split: each of its lines keeps with the next.
      const next = s.children[i + 1];
      if (b.type === "paragraph" && (b.style === "hang" || b.style === "hang-more") && next?.type === "paragraph" && next.style === "hang-more" && out.length > 0) {
        out[out.length - 1] = keptWithNext(out[out.length - 1] as string);
      }
      // GB/T 9704 7.3.5: the issuer and date never stand on a page without text: the text's last lines go with them;
      // sign-off lines under a form go with its last row.
      if ((next?.type === "signature" || (next?.type === "fields" && b.type === "table")) && out.length > 0) {
        out[out.length - 1] = keptWithNext(out[out.length - 1] as string);
        // After a table: its last row goes with the signature too.
        const table = out[out.length - 2];
        if (b.type === "table" && table?.startsWith("<w:tbl>")) {
          const at = table.lastIndexOf("<w:tr>");
          out[out.length - 2] = table.slice(0, at) + table.slice(at).replace(/<w:p><w:pPr>(<w:pStyle [^>]*\/>)?/g, (m) => `${m}<w:keepNext/>`);
        }
      }
      return out;
    });
  });
  const values: Record<keyof typeof PLACEHOLDER, string> = {
    creator: tree.meta.author,
    title: tree.meta.title,
    subject: `${tree.meta.organisation} — ${tree.meta.name}`,
    keywords: `planwright, ${tree.meta.name}, version ${tree.meta.version}`,
    header: tree.meta.header ? `${tree.meta.header}\t${tree.meta.title}` : "",
  };
  const scaffold = await scaffoldFor({
    theme,
    sections: sections.map((s) => ({ orientation: s.orientation, ...(s.unnumbered ? { unnumbered: true as const } : {}) })),
    textWidths,
    header: Boolean(theme.header && tree.meta.header),
    emptyMeta: (["creator", "title", "subject", "keywords"] as const).filter((k) => values[k] === ""),
  });
  const body = bodies.map((blocks, i) => withSection(blocks, scaffold.sectionProperties[i] as string, i === bodies.length - 1)).join("");
  const fill = (xml: string) => (xml.includes("\uE000") ? xml.replace(/\uE000(\w+)\uE000/g, (_m, k: keyof typeof PLACEHOLDER) => esc(values[k] ?? "")) : xml);
  const parts = scaffold.parts.map(([path, data]): PackedPart => {
    if (path === "word/document.xml") return packPart(path, scaffold.documentHead + body + scaffold.documentTail);
    if (path === "word/numbering.xml") return packPart(path, ctx.numbering.xml(theme));
    if (path === "docProps/core.xml") return packPart(path, stampCore(fill(data as string), date));
    if (path === "word/_rels/document.xml.rels" && figures.media.length > 0) return packPart(path, withMediaRelationships(data as string, figures.media));
    if (typeof data === "string" && data.includes("\uE000")) return packPart(path, fill(data));
    let packed = scaffold.packed.get(path);
    if (!packed) {
      packed = packPart(path, data);
      scaffold.packed.set(path, packed);
    }
    return packed;
  });
  for (const m of figures.media) parts.push(packPart(`word/media/${m.name}`, m.bytes));
  return zipPacked(parts);
}

/**
 * A section's body elements followed by its properties: the last section's
 * close the body; any other's go into its last paragraph (or a new one when it
 * ends with a table), as OOXML requires. A section never ends with a
 * full-height empty paragraph, which would spill onto a page of its own: the
 * spacer after a final table becomes a one-point paragraph.
 */
function withSection(blocks: readonly string[], sectPr: string, last: boolean): string {
  const body = isSpacer(blocks[blocks.length - 1]) ? [...blocks.slice(0, -1), paragraph(TINY, "")] : blocks;
  if (last) return body.join("") + sectPr;
  const end = body[body.length - 1];
  if (end === undefined || !end.startsWith("<w:p>")) return `${body.join("")}<w:p>${paragraphOpen(sectPr)}</w:p>`;
  const closed = end.startsWith("<w:p><w:pPr>") ? end.replace("</w:pPr>", () => `${sectPr}</w:pPr>`) : `<w:p><w:pPr>${sectPr}</w:pPr>${end.slice("<w:p>".length)}`;
  return body.slice(0, -1).join("") + closed;
}

/** What the PDF layout decided that the DOCX repeats: where the 版记 went, how high a slip's rows are and how many lines they have. */
export type DocxLayoutFacts = {
  readonly imprint?: ImprintPlacement;
  readonly rowSizes?: ReadonlyMap<TableRow, { readonly lines: number; readonly height: number }>;
  readonly rowsKept?: ReadonlyMap<Table, number>;
};

/**
 * The 版记 where the PDF layout put it: at the foot of the text's last page
 * (as written), alone on the next page (a page break before it), or after a
 * blank page — then the blank page and the 版记 page are a section of their
 * own whose footers carry no page number (GB/T 9704 7.5).
 */
function imprintPages(sections: readonly Section[], imprint: ImprintPlacement): Array<Section & { unnumbered?: true }> {
  const last = sections[sections.length - 1];
  const block = last?.children[last.children.length - 1];
  if (imprint === "same" || !last || block?.type !== "imprint") return [...sections];
  const before = last.children.slice(0, -1);
  if (imprint === "next") return [...sections.slice(0, -1), { ...last, children: [...before, { type: "pageBreak" }, block] }];
  return [...sections.slice(0, -1), ...(before.length ? [{ ...last, children: before }] : []), { orientation: last.orientation, children: [block], unnumbered: true }];
}

/** A paragraph kept on the page of the next one (`w:keepNext`, in its place after the style). */
function keptWithNext(p: string): string {
  if (!p.startsWith("<w:p>") || p.includes("<w:keepNext")) return p;
  if (!p.startsWith("<w:p><w:pPr>")) return `<w:p><w:pPr><w:keepNext/></w:pPr>${p.slice("<w:p>".length)}`;
  const style = /^<w:p><w:pPr>(<w:pStyle [^>]*\/>)?/.exec(p)?.[0] ?? "<w:p><w:pPr>";
  return `${style}<w:keepNext/>${p.slice(style.length)}`;
}

/** The properties of a tiny paragraph that carries a section's properties. */
function paragraphOpen(sectPr: string): string {
  return paragraph(TINY, "").slice("<w:p>".length, -"</w:p>".length).replace("</w:pPr>", () => `${sectPr}</w:pPr>`);
}

export type { TocPlan };
