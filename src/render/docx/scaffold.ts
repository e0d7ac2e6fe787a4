import { Document, Packer, Paragraph } from "docx";
import type { Orientation } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import { stableRelationshipIds } from "./deterministic.js";
import { footers, headers, sectionProperties } from "./page-setup.js";
import type { PackedPart } from "./zip-package.js";
import { docxStyles } from "./styles.js";

/**
 * The package around a document's body: content types, relationships, styles,
 * settings, numbering, fonts, headers and footers, and each section's
 * properties. docx writes it; it depends only on the theme and the sections'
 * shape, so it is compiled once per shape and filled in per document (the
 * metadata and header line are placeholders until then).
 */
export type Scaffold = {
  /** Every part but the body, as docx wrote them; some hold placeholders. */
  readonly parts: ReadonlyArray<readonly [string, string | Uint8Array]>;
  /** word/document.xml up to and including `<w:body>`, and from `</w:body>` on. */
  readonly documentHead: string;
  readonly documentTail: string;
  /** Each section's `<w:sectPr>…</w:sectPr>`, in order. */
  readonly sectionProperties: readonly string[];
  /** Parts the same in every document of this shape, deflated once (filled in on first use). */
  readonly packed: Map<string, PackedPart>;
};

export type ScaffoldShape = {
  readonly theme: Theme;
  readonly sections: readonly Orientation[];
  /** Width of each section's text block, pt (the header's right tab). */
  readonly textWidths: readonly number[];
  readonly header: boolean;
  /** Which metadata fields are empty (docx leaves those elements out). */
  readonly emptyMeta: readonly string[];
};

/** Placeholders docx writes through unchanged (private-use characters need no escaping). */
export const PLACEHOLDER = {
  creator: "\uE000creator\uE000",
  title: "\uE000title\uE000",
  subject: "\uE000subject\uE000",
  keywords: "\uE000keywords\uE000",
  header: "\uE000header\uE000",
} as const;

const DOCUMENT = "word/document.xml";
const cache = new Map<string, Scaffold>();
const CACHE_LIMIT = 32;

export function scaffoldFor(shape: ScaffoldShape): Scaffold {
  const key = JSON.stringify(shape);
  const hit = cache.get(key);
  if (hit) return hit;
  const built = compileScaffold(shape);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, built);
  return built;
}

function compileScaffold(shape: ScaffoldShape): Scaffold {
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
    sections: shape.sections.map((orientation, i) => {
      const head = shape.header ? headers(theme, PLACEHOLDER.header, shape.textWidths[i] ?? 0) : undefined;
      return {
        properties: sectionProperties(theme, orientation),
        footers: footers(theme),
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
  const parts = stableRelationshipIds(compiled);
  const documentXml = String(parts.find(([path]) => path === DOCUMENT)?.[1] ?? "");
  const open = documentXml.indexOf("<w:body>");
  const close = documentXml.lastIndexOf("</w:body>");
  const sectionPr = documentXml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
  if (open < 0 || close < open || sectionPr.length !== shape.sections.length) throw new Error(`docx wrote an unexpected document body (${sectionPr.length} sections for ${shape.sections.length}): ${documentXml.slice(open, open + 300)}`);
  return { parts, packed: new Map(), documentHead: documentXml.slice(0, open + "<w:body>".length), documentTail: documentXml.slice(close), sectionProperties: sectionPr };
}
