import type { DocumentTree } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import { drawPdf } from "./draw-pdf.js";
import { layoutDocument, type LayoutResult } from "./layout/layout-document.js";

export type PdfResult = { readonly bytes: Buffer; readonly layout: LayoutResult };

/** The PDF renderer: tree + theme → layout → pdfkit → bytes. */
export async function renderPdf(tree: DocumentTree, theme: Theme, date: Date, layout: LayoutResult = layoutDocument(tree, theme)): Promise<PdfResult> {
  const bytes = await drawPdf(layout.pages, {
    title: tree.meta.title,
    author: tree.meta.author,
    subject: `${tree.meta.organisation} — ${tree.meta.name}`,
    keywords: `planwright, ${tree.meta.name}, version ${tree.meta.version}`,
    lang: tree.meta.locale,
    date,
  });
  return { bytes, layout };
}
