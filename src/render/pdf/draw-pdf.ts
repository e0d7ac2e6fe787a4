import PDFDocument from "pdfkit";
import type { Font } from "fontkit";
import { loadFont } from "../../fonts/font-cache.js";
import { glyphInfo } from "../../fonts/glyphs.js";
import type { Image } from "../../tree/types.js";
import { drawDiagram, drawImage } from "./draw-figure.js";
import type { Page, StructNode, TextItem } from "./page-model.js";
import { StructTree, type TaggedDoc } from "./structure.js";
import { writeMetadata, writeOutputIntent } from "./archival.js";

export type PdfInfo = {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly lang: string;
  /** Fixed creation date (from the data), so the same input gives the same bytes. */
  readonly date: Date;
  /** The archival profile, PDF/A-2b (archival.ts). */
  readonly pdfa?: boolean;
};

type Doc = InstanceType<typeof PDFDocument>;
type Embedded = {
  id: string;
  font: Font;
  scale: number;
  subset: { includeGlyph(gid: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
};

/**
 * Glyph ids for a run, one per character, straight from the cmap: no shaping,
 * so no kerning or ligatures, and glyphs advance exactly as the layout measured
 * them. Records widths and the ToUnicode map the way pdfkit's own encoder does.
 */
const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function encode(font: Embedded, text: string): string {
  let hex = "";
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const g = glyphInfo(font.font, cp);
    const gid = font.subset.includeGlyph(g.id);
    hex += (HEX2[gid >> 8] as string) + (HEX2[gid & 255] as string);
    if (font.widths[gid] == null) font.widths[gid] = g.advance * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = [cp];
  }
  return hex;
}
/** Names of ASCII lowercase letters, digits and hyphens (ours: pw-toc-3): ICU's root collation orders them by code unit. */
const PLAIN_NAME = /^[a-z0-9-]*$/;

/**
 * pdfkit sorts the named destinations with `localeCompare`, whose first call sets up ICU's
 * collator (≈ 20 ms of a fresh process). For the names planwright makes the collator's order is
 * the code units' order, so they are compared directly; any other name still goes through it.
 */
function plainNameOrder(doc: Doc): void {
  const dests = (doc as unknown as { _root: { data: { Names: { data: { Dests: { _compareKeys(a: string, b: string): number } } } } } })._root.data.Names.data.Dests;
  dests._compareKeys = (a, b) => (PLAIN_NAME.test(a) && PLAIN_NAME.test(b) ? (a < b ? -1 : a > b ? 1 : 0) : a.localeCompare(b));
}

type Internals = { _font: Embedded; page: { fonts: Record<string, unknown> } };

const num = (n: number): string => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? "0" : String(r);
};

/**
 * Draws positioned pages with pdfkit. Text is written straight into the
 * content stream (one BT…ET per run) from the layout's coordinates.
 */
export function drawPdf(
  pages: readonly Page[],
  info: PdfInfo,
  structure: readonly StructNode[] = [{ type: "Document", parent: -1 }],
  rasters: ReadonlyMap<Image, Buffer> = new Map(),
): Promise<Buffer> {
  const doc: Doc = new PDFDocument({
    tagged: true,
    autoFirstPage: false,
    // No default font: pdfkit would parse Helvetica's metrics for every document, and none of its text is used.
    font: null,
    compress: true,
    lang: info.lang,
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: "planwright",
      Producer: "planwright (pdfkit)",
      CreationDate: info.date,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  // Our own XMP (escaped, consistent with the information dictionary, PDF/A identification when asked).
  const xmp = { title: info.title, author: info.author, subject: info.subject, keywords: info.keywords, creator: "planwright", producer: "planwright (pdfkit)", lang: info.lang, date: info.date };
  (doc as unknown as { endMetadata(): void }).endMetadata = () => writeMetadata(doc as unknown as Parameters<typeof writeMetadata>[0], xmp, info.pdfa === true);
  if (info.pdfa) writeOutputIntent(doc as unknown as Parameters<typeof writeOutputIntent>[0]);
  plainNameOrder(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const fontKeys = new Map<string, string>();
  const keyFor = (file: string): string => {
    let key = fontKeys.get(file);
    if (!key) {
      key = `f${fontKeys.size}`;
      fontKeys.set(file, key);
      doc.registerFont(key, loadFont(file).font as unknown as string);
    }
    return key;
  };

  const tree = new StructTree(doc as unknown as TaggedDoc, structure);
  const outlineParents: Array<{ level: number; item: PDFKit.PDFOutline }> = [];
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    tree.startPage();
    for (const a of page.anchors) doc.addNamedDestination(a.name, "XYZ", null, a.y, null);
    for (const o of page.outline) {
      while (outlineParents.length > 0 && (outlineParents[outlineParents.length - 1]?.level ?? 0) >= o.level) outlineParents.pop();
      const parent = outlineParents[outlineParents.length - 1]?.item ?? doc.outline;
      outlineParents.push({ level: o.level, item: parent.addItem(o.title) });
    }
    drawShapes(doc, page, tree, rasters);
    drawTexts(doc, page.items.filter((i): i is TextItem => i.kind === "text"), keyFor, tree);
    for (const it of page.items) {
      if (it.kind !== "link") continue;
      // pdfkit calls structParent.add before it writes the annotation: the link joins its TOC entry.
      const structParent = { add: (r: { annotationRef: Parameters<StructTree["annotation"]>[0] }) => tree.annotation(r.annotationRef, it.node) };
      (doc as unknown as { goTo(x: number, y: number, w: number, h: number, name: string, o: object): void }).goTo(it.x, it.y, it.w, it.h, it.dest, { structParent });
    }
  }
  tree.end();
  doc.end();
  return done;
}

/** A PDF text string in UTF-16BE, for marked-content properties. */
const utf16 = (text: string): string => `<FEFF${[...text].map((c) => (c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")).join("")}>`;

/**
 * Rules and fills are artifacts; a tick box is content of its cell or line,
 * marked with the character it stands for (☐ or ☑) as its actual text; a
 * diagram or image is the content of its Figure.
 */
function drawShapes(doc: Doc, page: Page, tree: StructTree, rasters: ReadonlyMap<Image, Buffer>): void {
  let artifact = false;
  const mark = (on: boolean) => {
    if (on !== artifact) doc.addContent(on ? "/Artifact BMC" : "EMC");
    artifact = on;
  };
  for (const it of page.items) {
    switch (it.kind) {
      case "rect":
        mark(true);
        doc.save().rect(it.x, it.y, it.w, it.h).fill(it.fill).restore();
        break;
      case "line":
        mark(true);
        doc.save().lineWidth(it.width).moveTo(it.x1, it.y1).lineTo(it.x2, it.y2).stroke("#000000").restore();
        break;
      case "box": {
        mark(false);
        const s = it.size;
        if (it.node !== undefined) doc.addContent(`/Span <</MCID ${tree.mark(it.node)} /ActualText ${utf16(it.checked ? "\u2611" : "\u2610")}>> BDC`);
        else doc.addContent("/Artifact BMC");
        doc.save().lineWidth(Math.max(0.6, s * 0.06)).rect(it.x, it.y, s, s).stroke("#000000");
        if (it.checked) {
          doc.lineWidth(Math.max(0.9, s * 0.1)).lineJoin("round")
            .moveTo(it.x + 0.18 * s, it.y + 0.52 * s).lineTo(it.x + 0.42 * s, it.y + 0.78 * s).lineTo(it.x + 0.85 * s, it.y + 0.2 * s).stroke("#000000");
        }
        doc.restore();
        doc.addContent("EMC");
        break;
      }
      case "diagram":
      case "image":
        // The drawing is the content of its Figure (whose alternative text stands for it).
        mark(false);
        doc.addContent(it.node !== undefined ? `/${tree.type(it.node)} <</MCID ${tree.mark(it.node)}>> BDC` : "/Artifact BMC");
        if (it.kind === "diagram") drawDiagram(doc, it);
        else drawImage(doc, it, it.image.format === "svg" ? (rasters.get(it.image) as Buffer) : Buffer.from(it.image.data, "base64"));
        doc.addContent("EMC");
        break;
      case "text":
      case "link":
        break;
    }
  }
  mark(false);
}

/** Text runs in page order; consecutive runs of one structure node share a marked-content sequence. */
function drawTexts(doc: Doc, items: readonly TextItem[], keyFor: (file: string) => string, tree: StructTree): void {
  if (items.length === 0) return;
  const d = doc as unknown as Internals;
  doc.save();
  doc.fillColor("#000000");
  // One write for all runs of the page (pdfkit converts each write to bytes separately).
  const ops: string[] = [];
  let open: number | null | undefined;
  for (const it of items) {
    const node = it.node ?? null;
    if (node !== open) {
      if (open !== undefined) ops.push("EMC");
      ops.push(node === null ? "/Artifact BMC" : `/${tree.type(node)} <</MCID ${tree.mark(node)}>> BDC`);
      open = node;
    }
    doc.font(keyFor(it.font)).fontSize(it.size);
    const font = d._font;
    if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
    const encoded = encode(font, it.text);
    ops.push("BT", `1 0 0 -1 ${num(it.x)} ${num(it.y)} Tm`, `/${font.id} ${num(it.size)} Tf`, `${num(it.spacing)} Tc`, `<${encoded}> Tj`, "ET");
  }
  if (open !== undefined) ops.push("EMC");
  doc.addContent(ops.join("\n"));
  doc.restore();
}
