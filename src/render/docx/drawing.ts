import type { DiagramLayout, DiagramPart, LaidText } from "../diagram/geometry.js";
import type { WordFont } from "./style-names.js";
import { attributes, esc } from "./xml.js";

/**
 * A diagram part as an editable Word drawing: a group (wpg) of shapes (wps),
 * each box a preset flowchart shape with its text in a text box, each edge a
 * line or a custom path with an arrowhead, each edge label a white text box.
 * Lines of text are the layout's own, one paragraph each, so Word does not
 * wrap them again; positions come from the shared diagram layout, as in the PDF.
 */

/** Points → English Metric Units (DrawingML lengths). */
export const emu = (pt: number): number => Math.round(pt * 12700);

export type DrawingIds = { next: number };

const GEOMETRY = { terminal: "flowChartTerminator", process: "flowChartProcess", decision: "flowChartDecision", connector: "flowChartConnector" } as const;
const FILL = { terminal: "F2F2F2", process: "FFFFFF", decision: "FFFFFF", connector: "FFFFFF" } as const;

const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
const xfrm = (x: number, y: number, w: number, h: number, flip = "") => `<a:xfrm${flip}><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm>`;

/** The lines of a shape as text-box paragraphs: exact line height, no grid, no indent. */
function textBox(lines: readonly LaidText[], font: WordFont, align: "center" | "left"): string {
  const paras = lines.map((l, k) => {
    const next = lines[k + 1];
    const lh = next ? next.y - l.y : l.size * 1.3;
    const size = Math.round(l.size * 2);
    const pPr = `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${Math.max(20, Math.round(lh * 20))}" w:lineRule="exact"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="${align}"/></w:pPr>`;
    const rPr = `<w:rPr><w:rFonts${attributes([["w:ascii", font.ascii], ["w:cs", font.cs], ["w:eastAsia", font.eastAsia], ["w:hAnsi", font.hAnsi]])}/><w:snapToGrid w:val="0"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
    return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${esc(l.text)}</w:t></w:r></w:p>`;
  });
  return `<wps:txbx><w:txbxContent>${paras.join("")}</w:txbxContent></wps:txbx>`;
}

const BODY = `<wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>`;

/** One edge: a straight line, or a custom path for a bent one; an arrowhead at its end. */
function edgeShape(points: ReadonlyArray<readonly [number, number]>, stroke: number, id: number): string {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const w = Math.max(...xs) - x0;
  const h = Math.max(...ys) - y0;
  const line = `<a:ln w="${emu(stroke)}">${solid("000000")}<a:miter lim="800000"/><a:tailEnd type="triangle" w="med" len="med"/></a:ln>`;
  let geom: string;
  let flip = "";
  if (points.length === 2) {
    const [[ax, ay], [bx, by]] = points as [readonly [number, number], readonly [number, number]];
    flip = `${bx < ax ? ` flipH="1"` : ""}${by < ay ? ` flipV="1"` : ""}`;
    geom = `<a:prstGeom prst="line"><a:avLst/></a:prstGeom>`;
  } else {
    const pw = Math.max(1, emu(w));
    const ph = Math.max(1, emu(h));
    const pt = (p: readonly [number, number]) => `<a:pt x="${emu(p[0] - x0)}" y="${emu(p[1] - y0)}"/>`;
    const path = points.map((p, k) => (k === 0 ? `<a:moveTo>${pt(p)}</a:moveTo>` : `<a:lnTo>${pt(p)}</a:lnTo>`)).join("");
    geom = `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${pw}" h="${ph}" fill="none">${path}</a:path></a:pathLst></a:custGeom>`;
  }
  return `<wps:wsp><wps:cNvPr id="${id}" name="Connector ${id}"/><wps:cNvCnPr/><wps:spPr>${xfrm(x0, y0, w, h, flip)}${geom}<a:noFill/>${line}</wps:spPr><wps:bodyPr/></wps:wsp>`;
}

/** The `<w:drawing>` of one diagram part, inline, `alt` as its description. */
export function diagramDrawing(part: DiagramPart, layout: DiagramLayout, font: WordFont, alt: string, ids: DrawingIds): string {
  const docPr = ids.next++;
  const children: string[] = [];
  for (const e of part.edges) if (e.points.length >= 2) children.push(edgeShape(e.points, layout.stroke, ids.next++));
  for (const sh of part.shapes) {
    const id = ids.next++;
    const line = `<a:ln w="${emu(layout.stroke)}">${solid("000000")}</a:ln>`;
    const lines = sh.lines.map((l) => ({ ...l, x: l.x - sh.x, y: l.y - sh.y }));
    children.push(
      `<wps:wsp><wps:cNvPr id="${id}" name="${sh.kind} ${id}"/><wps:cNvSpPr/><wps:spPr>${xfrm(sh.x, sh.y, sh.w, sh.h)}<a:prstGeom prst="${GEOMETRY[sh.kind]}"><a:avLst/></a:prstGeom>${solid(FILL[sh.kind])}${line}</wps:spPr>${textBox(lines, font, "center")}${BODY}</wps:wsp>`,
    );
  }
  for (const e of part.edges) {
    if (!e.label) continue;
    const id = ids.next++;
    const l = e.label;
    children.push(
      `<wps:wsp><wps:cNvPr id="${id}" name="Label ${id}"/><wps:cNvSpPr txBox="1"/><wps:spPr>${xfrm(l.x, l.y, l.w, l.h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${solid("FFFFFF")}<a:ln><a:noFill/></a:ln></wps:spPr>${textBox(l.lines, font, "left")}${BODY.replace(`lIns="0"`, `lIns="${emu(l.lines[0] ? l.lines[0].x - l.x : 0)}"`)}</wps:wsp>`,
    );
  }
  const W = emu(part.width);
  const H = emu(part.height);
  const group = `<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${W}" cy="${H}"/><a:chOff x="0" y="0"/><a:chExt cx="${W}" cy="${H}"/></a:xfrm></wpg:grpSpPr>${children.join("")}</wpg:wgp>`;
  return (
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${W}" cy="${H}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${docPr}" name="Flowchart ${docPr}" descr="${esc(alt)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">${group}</a:graphicData></a:graphic></wp:inline></w:drawing>`
  );
}

/** The `<w:drawing>` of an embedded picture; an SVG goes in beside its PNG rendering (Word 2016+ shows the SVG, others the PNG). */
export function pictureDrawing(o: { w: number; h: number; rid: string; svgRid?: string; name: string; alt: string }, ids: DrawingIds): string {
  const id = ids.next++;
  const svg = o.svgRid
    ? `<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${o.svgRid}"/></a:ext></a:extLst>`
    : "";
  const cx = emu(o.w);
  const cy = emu(o.h);
  return (
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="${esc(o.name)}" descr="${esc(o.alt)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${id}" name="${esc(o.name)}" descr="${esc(o.alt)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${o.rid}">${svg}</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`
  );
}
