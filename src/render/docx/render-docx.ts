import { Document, Packer, type FileChild } from "docx";
import type { DocumentTree } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import { renderBlock, type DocxContext, type TocPlan } from "./blocks.js";
import { makeDeterministic, zipParts } from "./deterministic.js";
import { footers, headers, sectionProperties } from "./page-setup.js";
import { docxStyles } from "./styles.js";

/**
 * The DOCX renderer: tree + theme → Word document. Word lays the pages out;
 * the TOC's cached entries carry page numbers from planwright's own layout
 * (`toc`), so it is right before Word updates it.
 */
export async function renderDocx(tree: DocumentTree, theme: Theme, date: Date, toc: TocPlan | null = null): Promise<Buffer> {
  const ctx: DocxContext = { theme, toc, nextEntry: 0, breakBefore: false, textWidth: 0 };
  const sections = tree.sections.map((s) => {
    const landscape = s.orientation === "landscape";
    const pageWidth = landscape ? theme.page.height : theme.page.width;
    ctx.textWidth = pageWidth - theme.page.margin.left - theme.page.margin.right;
    ctx.breakBefore = false;
    const children: FileChild[] = s.children.flatMap((b) => renderBlock(b, ctx));
    const head = headers(theme, tree.meta.header, tree.meta.title, ctx.textWidth);
    return {
      properties: sectionProperties(theme, s.orientation),
      footers: footers(theme),
      ...(head ? { headers: head } : {}),
      children,
    };
  });
  const doc = new Document({
    creator: tree.meta.author,
    lastModifiedBy: "planwright",
    title: tree.meta.title,
    subject: `${tree.meta.organisation} — ${tree.meta.name}`,
    keywords: `planwright, ${tree.meta.name}, version ${tree.meta.version}`,
    revision: 1,
    evenAndOddHeaderAndFooters: theme.pageNumber.placement === "outside",
    styles: docxStyles(theme),
    sections,
  });
  return pack(doc, date);
}

type Compiled = Map<string, string | Uint8Array | { data: string | Uint8Array }>;

/**
 * Packs the document deterministically. docx's own compiler gives the package
 * parts, which are zipped once; if a future docx version hides it, fall back to
 * zipping, unzipping and zipping again.
 */
async function pack(doc: Document, date: Date): Promise<Buffer> {
  const compiler = (Packer as unknown as { compiler?: { compile(d: Document, prettify: undefined, overrides: []): Compiled } }).compiler;
  if (compiler && typeof compiler.compile === "function") {
    const parts: Record<string, Uint8Array> = {};
    for (const [path, value] of compiler.compile(doc, undefined, [])) {
      const data = typeof value === "object" && value !== null && "data" in value ? value.data : value;
      parts[path] = typeof data === "string" ? new TextEncoder().encode(data) : data;
    }
    return zipParts(parts, date);
  }
  return makeDeterministic(await Packer.toBuffer(doc), date);
}

export type { TocPlan };
