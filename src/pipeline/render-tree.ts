import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { timed, timedAsync } from "../diagnostics/timing.js";
import type { Model } from "../model/model.js";
import type { TocPlan } from "../render/docx/render-docx.js";
import { layoutDocument } from "../render/pdf/layout/layout-document.js";
import { fitTables } from "../render/fit-tables.js";
import { fitToc } from "../render/fit-toc.js";
import type { Theme } from "../theme/theme.js";
import type { DocumentTree } from "../tree/types.js";
import type { Output } from "../write/write-outputs.js";

export type Format = "docx" | "pdf";

/** The date written into the files: the plan's effective date, so output bytes depend only on the input. */
export function outputDate(model: Model): Date {
  return new Date(`${model.data.document.effective_date}T00:00:00Z`);
}

/**
 * Stage 3 for one document: lay the tree out once (the PDF's pages and the
 * page numbers of the DOCX table of contents), then render each format.
 * `build` and `diff` (the change notice) both come through here. Each renderer is
 * loaded when a document first asks for its format (a PDF-only build never loads
 * the DOCX writer and its zip library, nor a DOCX-only one pdfkit).
 */
export async function renderTree(
  composed: DocumentTree,
  theme: Theme,
  o: { readonly model: Model; readonly formats: readonly Format[]; readonly path: string; readonly pdfa?: boolean },
): Promise<{ outputs: Output[]; diagnostics: Diagnostic[] }> {
  const date = outputDate(o.model);
  const fit = timed("layout", () => fitTables(composed, theme));
  const { tree, layout } = timed("layout", () => fitToc(fit.tree, (t) => layoutDocument(t, theme)));
  const diagnostics: Diagnostic[] = [...fit.diagnostics, ...layout.warnings].map((w) => ({ ...w, file: o.model.file }));
  const outputs: Output[] = [];
  if (o.formats.includes("pdf")) {
    const { renderPdf } = await import("../render/pdf/render-pdf.js");
    const pdf = await timedAsync("pdf", () => renderPdf(tree, theme, date, layout, o.pdfa === true));
    outputs.push({ path: `${o.path}.pdf`, bytes: pdf.bytes });
  }
  if (o.formats.includes("docx")) {
    const toc: TocPlan | null = layout.tocMaxLevel > 0 ? { maxLevel: layout.tocMaxLevel, entries: layout.toc.map((e) => ({ title: e.title, level: e.level - 1, page: e.page })) } : null;
    const { renderDocx } = await import("../render/docx/render-docx.js");
    outputs.push({ path: `${o.path}.docx`, bytes: await timedAsync("docx", () => renderDocx(tree, theme, date, toc, layout.figures, { rowSizes: layout.rowSizes, rowsKept: layout.rowsKept, titles: layout.titles, ...(layout.imprint ? { imprint: layout.imprint } : {}) })) });
  }
  return { outputs, diagnostics };
}
