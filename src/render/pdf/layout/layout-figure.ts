import type { Figure, Paragraph } from "../../../tree/types.js";
import { layoutDiagram, diagramStyle } from "../../diagram/diagram-layout.js";
import type { DiagramFrame, DiagramLayout, LaidText } from "../../diagram/geometry.js";
import { diagramMeasure } from "../../diagram/measure.js";
import { imageBox } from "../../figure-frame.js";
import type { TextItem } from "../page-model.js";
import type { Flow } from "./flow.js";
import { layoutParagraph, measureParagraphLines } from "./layout-text.js";

/** Space kept above and below a figure, pt. */
const PAD = 6;

/** The frame each figure was laid out in, in document order: the DOCX lays its figures out in the same frames. */
export type FigureFrames = DiagramFrame[];

function captionOf(f: Figure): Paragraph | undefined {
  return f.caption?.length ? { type: "paragraph", style: "center", children: f.caption } : undefined;
}

/** Height a caption takes under a figure. */
function captionHeight(flow: Flow, caption: Paragraph | undefined): number {
  if (!caption) return 0;
  const style = flow.theme.paragraph.center;
  return measureParagraphLines(flow, caption) * style.lineHeight + style.spaceBefore + style.spaceAfter + (flow.theme.grid ? flow.theme.grid.linePitch : 0);
}

/** Text items of a diagram's lines at an origin, one run per font face (fallback per character). */
function textItems(flow: Flow, lines: readonly LaidText[], ox: number, oy: number, context: string): TextItem[] {
  const font = flow.theme.fonts.body;
  const m = flow.metrics;
  const out: TextItem[] = [];
  for (const line of lines) {
    let x = ox + line.x;
    let run = "";
    let face = "";
    const flush = () => {
      if (run) out.push({ kind: "text", x: x - m.width(face, run, line.size), y: oy + line.y, text: run, font: face, size: line.size, spacing: 0 });
      run = "";
    };
    for (const ch of line.text) {
      const cp = ch.codePointAt(0) as number;
      const found = m.faceFor(font, cp);
      if (found === undefined && cp > 32) m.noteMissing(cp, context);
      const f = found ?? font;
      if (f !== face) {
        flush();
        face = f;
      }
      run += ch;
      x += m.advance(f, cp) * line.size;
    }
    flush();
  }
  return out;
}

/**
 * Places a figure: on this page when it fits in what is left (a diagram at no
 * less than 90 % of the scale a full page would give it), else at the top of
 * the next page; a diagram split into parts takes one page per part. The
 * caption goes underneath. Returns the frame used.
 */
export function layoutFigure(flow: Flow, f: Figure): DiagramFrame {
  const caption = captionOf(f);
  const reserve = captionHeight(flow, caption) + 2 * PAD;
  if (flow.theme.grid) flow.snap();
  const full: DiagramFrame = { width: flow.width, height: flow.bottom - flow.top - reserve };
  const here: DiagramFrame = { width: flow.width, height: flow.remaining() - reserve };
  const context = f.alt.length > 24 ? `${f.alt.slice(0, 24)}…` : f.alt;
  let frame = full;
  // Tagged PDF: the drawing and its labels are one Figure, read as its alternative text; the caption follows it.
  const figure = flow.openNode("Figure", { alt: f.alt });
  const leaf = flow.leaf;
  flow.leaf = figure;
  if (f.graphic.type === "diagram") {
    const style = diagramStyle(flow.theme);
    const measure = diagramMeasure(flow.theme, flow.metrics);
    const whole = layoutDiagram(f.graphic, full, style, measure);
    let layout: DiagramLayout = whole;
    if (!flow.atPageTop && here.height > 0) {
      if (whole.parts.length === 1) {
        const there = layoutDiagram(f.graphic, here, style, measure);
        if (there.parts.length === 1 && there.scale >= whole.scale * 0.9 - 1e-9) {
          layout = there;
          frame = here;
        }
      } else if (here.height >= full.height / 3) {
        // A chart that is split anyway starts right here, under its title.
        frame = { ...full, firstHeight: here.height };
        layout = layoutDiagram(f.graphic, frame, style, measure);
      }
    }
    if (frame === full && !flow.atPageTop) flow.newPage();
    layout.parts.forEach((part, k) => {
      if (k > 0) flow.newPage();
      flow.y += PAD;
      const x = flow.left + (flow.width - part.width) / 2;
      const y = flow.y;
      flow.add({ kind: "diagram", x, y, part, stroke: layout.stroke, arrow: layout.arrow, alt: f.alt });
      for (const sh of part.shapes) flow.add(...textItems(flow, sh.lines, x, y, context));
      for (const e of part.edges) if (e.label) flow.add(...textItems(flow, e.label.lines, x, y, context));
      flow.y += part.height + PAD;
    });
  } else {
    const image = f.graphic;
    let box = imageBox(image, full);
    if (!flow.atPageTop && here.height > 0) {
      const b = imageBox(image, here);
      if (b.w >= box.w * 0.9 - 1e-9) {
        box = b;
        frame = here;
      }
    }
    if (frame === full && !flow.atPageTop) flow.newPage();
    flow.y += PAD;
    flow.add({ kind: "image", x: flow.left + (flow.width - box.w) / 2, y: flow.y, w: box.w, h: box.h, image, alt: f.alt });
    flow.y += box.h + PAD;
  }
  flow.leaf = leaf;
  flow.closeNode();
  if (caption) flow.tagged("Caption", () => layoutParagraph(flow, caption));
  if (flow.theme.grid) flow.snap();
  return frame;
}
