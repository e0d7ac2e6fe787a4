import { Document, Packer, Paragraph } from "docx";
import { stableRelationshipIds } from "./deterministic.js";
import { blankFooters, footers, headers, sectionProperties } from "./page-setup.js";
import { fontTableXml } from "./font-table.js";
import { docxStyles, finishStyles } from "./styles.js";
import { PLACEHOLDER, type Scaffold, type ScaffoldShape } from "./scaffold.js";

const DOCUMENT = "word/document.xml";

/** docx writes the package for a shape, with placeholders for what each document fills in. */
export function compileScaffold(shape: ScaffoldShape): Scaffold {
  const { theme } = shape;
  const meta = (k: keyof typeof PLACEHOLDER) => (shape.emptyMeta.includes(k) ? "" : PLACEHOLDER[k]);
  const doc = new Document({
    creator: meta("creator"),
    lastModifiedBy: "planwright",
    title: meta("title"),
    subject: meta("subject"),
    keywords: meta("keywords"),
    revision: 1,
    evenAndOddHeaderAndFooters: theme.pageNumber.placement === "outside",
    styles: docxStyles(theme),
    sections: shape.sections.map((section, i) => {
      const head = shape.header ? headers(theme, PLACEHOLDER.header, shape.textWidths[i] ?? 0) : undefined;
      return {
        properties: sectionProperties(theme, section.orientation),
        footers: section.unnumbered ? blankFooters(theme) : footers(theme),
        ...(head ? { headers: head } : {}),
        children: [] as Paragraph[],
      };
    }),
  });
  const compiler = (Packer as unknown as { compiler?: { compile(d: Document, prettify: undefined, overrides: []): Map<string, unknown> } }).compiler;
  if (!compiler || typeof compiler.compile !== "function") throw new Error("docx no longer exposes Packer.compiler: planwright needs the docx version it pins");
  const compiled: Array<[string, string | Uint8Array]> = [];
  for (const [path, value] of compiler.compile(doc, undefined, [])) {
    const data = typeof value === "object" && value !== null && "data" in value ? (value as { data: unknown }).data : value;
    compiled.push([path, typeof data === "string" ? data : (data as Uint8Array)]);
  }
  const parts = stableRelationshipIds(compiled).map(([path, data]): [string, string | Uint8Array] => {
    if (path === "word/styles.xml") return [path, finishStyles(String(data), theme)];
    if (path === "word/fontTable.xml") return [path, fontTableXml(theme)];
    return [path, data];
  });
  const documentXml = String(parts.find(([path]) => path === DOCUMENT)?.[1] ?? "");
  const open = documentXml.indexOf("<w:body>");
  const close = documentXml.lastIndexOf("</w:body>");
  const sectionPr = documentXml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
  if (open < 0 || close < open || sectionPr.length !== shape.sections.length) throw new Error(`docx wrote an unexpected document body (${sectionPr.length} sections for ${shape.sections.length}): ${documentXml.slice(open, open + 300)}`);
  return { parts, packed: new Map(), documentHead: documentXml.slice(0, open + "<w:body>".length), documentTail: documentXml.slice(close), sectionProperties: sectionPr };
}
