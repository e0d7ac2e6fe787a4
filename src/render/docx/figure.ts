import type { Block, DocumentTree, Figure, Image } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import { diagramStyle, layoutDiagram } from "../diagram/diagram-layout.js";
import type { DiagramFrame } from "../diagram/geometry.js";
import { diagramMeasure } from "../diagram/measure.js";
import { imageBox } from "../figure-frame.js";
import { FontMetrics } from "../pdf/font-metrics.js";
import type { Measure } from "../diagram/wrap.js";
import { runsOf } from "./inlines.js";
import { diagramDrawing, pictureDrawing, type DrawingIds } from "./drawing.js";
import { fontOf } from "./style-names.js";
import { twips } from "./units.js";

/** A file the package gains for a picture: word/media/<name>, related from the document as `rid`. */
export type MediaPart = { readonly name: string; readonly rid: string; readonly bytes: Uint8Array };

/** Figure state while one document is written. */
export type FigureContext = {
  /** Frames the PDF layout placed each figure in, in document order (absent: a full page each). */
  readonly frames: readonly DiagramFrame[];
  next: number;
  readonly ids: DrawingIds;
  readonly media: MediaPart[];
  /** PNG renderings of SVG images. */
  readonly rasters: ReadonlyMap<Image, Buffer>;
  measure?: Measure;
};

export function figureContext(frames: readonly DiagramFrame[], rasters: ReadonlyMap<Image, Buffer>): FigureContext {
  return { frames, next: 0, ids: { next: 1 }, media: [], rasters };
}

/** Every image in a tree (for rendering SVGs before the body is written). */
export function imagesIn(tree: DocumentTree): Image[] {
  const out: Image[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === "figure" && b.graphic.type === "image") out.push(b.graphic);
      else if (b.type === "list") for (const item of b.items) walk(item);
    }
  };
  for (const s of tree.sections) walk(s.children);
  return out;
}

const PAD = 6;

/** The frame the PDF would use on a fresh page, for documents rendered without the PDF's layout. */
function fullFrame(theme: Theme, textWidth: number, f: Figure): DiagramFrame {
  const pageHeight = textWidth > theme.page.width - theme.page.margin.left - theme.page.margin.right + 1 ? theme.page.width : theme.page.height;
  const caption = f.caption?.length ? 2 * theme.paragraph.center.lineHeight : 0;
  return { width: textWidth, height: pageHeight - theme.page.margin.top - theme.page.margin.bottom - caption - 2 * PAD };
}

function addMedia(fc: FigureContext, ext: string, bytes: Uint8Array): MediaPart {
  const n = fc.media.length + 1;
  const part = { name: `pw-image${n}.${ext}`, rid: `rIdPwMedia${n}`, bytes };
  fc.media.push(part);
  return part;
}

/**
 * A figure's body elements: one centred paragraph holding the drawing (a
 * diagram split into parts gets one per part, each on a new page), then the
 * caption. `breakBefore` is the pending page break of the block before.
 */
export function figureXml(f: Figure, theme: Theme, textWidth: number, fc: FigureContext, breakBefore: boolean): string[] {
  const frame = fc.frames[fc.next] ?? fullFrame(theme, textWidth, f);
  fc.next++;
  const para = (drawing: string, pageBreak: boolean) =>
    `<w:p><w:pPr><w:pStyle w:val="PwCenter"/><w:keepNext/>${pageBreak ? "<w:pageBreakBefore/>" : ""}<w:snapToGrid w:val="0"/><w:spacing w:before="${twips(PAD)}" w:after="${twips(PAD)}" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:r>${drawing}</w:r></w:p>`;
  const out: string[] = [];
  if (f.graphic.type === "diagram") {
    fc.measure ??= diagramMeasure(theme, new FontMetrics(theme.fallback));
    const layout = layoutDiagram(f.graphic, frame, diagramStyle(theme), fc.measure);
    const font = fontOf(theme, "body");
    layout.parts.forEach((part, k) => out.push(para(diagramDrawing(part, layout, font, f.alt, fc.ids), k === 0 ? breakBefore : true)));
  } else {
    const image = f.graphic;
    const box = imageBox(image, frame);
    let rid: string;
    let svgRid: string | undefined;
    if (image.format === "svg") {
      rid = addMedia(fc, "png", fc.rasters.get(image) as Buffer).rid;
      svgRid = addMedia(fc, "svg", Buffer.from(image.data, "base64")).rid;
    } else rid = addMedia(fc, image.format === "png" ? "png" : "jpeg", Buffer.from(image.data, "base64")).rid;
    out.push(para(pictureDrawing({ w: box.w, h: box.h, rid, ...(svgRid ? { svgRid } : {}), name: `Picture ${fc.media.length}`, alt: f.alt }, fc.ids), breakBefore));
  }
  if (f.caption?.length) out.push(`<w:p><w:pPr><w:pStyle w:val="PwCenter"/></w:pPr>${runsOf(theme, f.caption)}</w:p>`);
  else out[out.length - 1] = (out[out.length - 1] as string).replace("<w:keepNext/>", "");
  return out;
}

/** The document's relationships with the pictures added. */
export function withMediaRelationships(rels: string, media: readonly MediaPart[]): string {
  const add = media
    .map((m) => `<Relationship Id="${m.rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${m.name}"/>`)
    .join("");
  return rels.replace("</Relationships>", () => `${add}</Relationships>`);
}
