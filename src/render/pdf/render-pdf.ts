import type { DocumentTree } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import { rasterizeAll } from "../svg-raster.js";
import { drawPdf } from "./draw-pdf.js";
import { layoutDocument, type LayoutResult } from "./layout/layout-document.js";

export type PdfResult = { readonly bytes: Buffer; readonly layout: LayoutResult };

/** The PDF renderer: tree + theme → layout → pdfkit → bytes. */
export async function renderPdf(tree: DocumentTree, theme: Theme, date: Date, layout: LayoutResult = layoutDocument(tree, theme), pdfa = false): Promise<PdfResult> {
  // pdfkit draws PNG and JPEG; SVG images go in as their PNG rendering.
  const rasters = await rasterizeAll(layout.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === "image" ? [i.image] : []))));
  const bytes = await drawPdf(layout.pages, {
    title: tree.meta.title,
    author: tree.meta.author,
    subject: `${tree.meta.organisation} — ${tree.meta.name}`,
    keywords: `planwright, ${tree.meta.name}, version ${tree.meta.version}`,
    lang: tree.meta.locale,
    date,
    pdfa,
  }, layout.structure, rasters);
  return { bytes, layout };
}
