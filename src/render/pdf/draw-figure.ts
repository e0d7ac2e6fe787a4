import type PDFDocument from "pdfkit";
import type { DiagramItem, ImageItem } from "./page-model.js";

type Doc = InstanceType<typeof PDFDocument>;

const FILL: Record<string, string> = { terminal: "#f2f2f2", process: "#ffffff", decision: "#ffffff", connector: "#ffffff" };

/**
 * Draws a diagram part as vectors: edges with arrowheads first, then the
 * shapes over their ends (filled, outlined), then the white grounds of edge
 * labels. Its text is drawn with the page's other text runs.
 */
export function drawDiagram(doc: Doc, it: DiagramItem): void {
  const { part, x: ox, y: oy, stroke, arrow } = it;
  doc.save().lineWidth(stroke).lineJoin("miter").lineCap("butt").strokeColor("#000000");
  for (const e of part.edges) {
    const pts = e.points.map(([x, y]) => [ox + x, oy + y] as const);
    if (pts.length < 2) continue;
    const [tx, ty] = pts[pts.length - 1] as readonly [number, number];
    const [px, py] = pts[pts.length - 2] as readonly [number, number];
    const len = Math.hypot(tx - px, ty - py) || 1;
    const ux = (tx - px) / len;
    const uy = (ty - py) / len;
    const head = Math.min(arrow, len);
    // The line stops at the arrowhead's base.
    doc.moveTo(pts[0]?.[0] as number, pts[0]?.[1] as number);
    for (let k = 1; k < pts.length - 1; k++) doc.lineTo(pts[k]?.[0] as number, pts[k]?.[1] as number);
    doc.lineTo(tx - ux * head, ty - uy * head).stroke();
    const w = head * 0.4;
    doc
      .polygon([tx, ty], [tx - ux * head - uy * w, ty - uy * head + ux * w], [tx - ux * head + uy * w, ty - uy * head - ux * w])
      .fill("#000000");
  }
  for (const sh of part.shapes) {
    const x = ox + sh.x;
    const y = oy + sh.y;
    switch (sh.kind) {
      case "process":
        doc.rect(x, y, sh.w, sh.h);
        break;
      case "terminal":
        doc.roundedRect(x, y, sh.w, sh.h, sh.h / 2);
        break;
      case "decision":
        doc.polygon([x + sh.w / 2, y], [x + sh.w, y + sh.h / 2], [x + sh.w / 2, y + sh.h], [x, y + sh.h / 2]);
        break;
      case "connector":
        doc.circle(x + sh.w / 2, y + sh.h / 2, sh.w / 2);
        break;
    }
    doc.fillAndStroke(FILL[sh.kind] ?? "#ffffff", "#000000");
  }
  for (const e of part.edges) if (e.label) doc.rect(ox + e.label.x, oy + e.label.y, e.label.w, e.label.h).fill("#ffffff");
  doc.restore();
}

/** Places an image (PNG or JPEG bytes; an SVG comes as its PNG rendering). */
export function drawImage(doc: Doc, it: ImageItem, bytes: Buffer): void {
  doc.image(bytes, it.x, it.y, { width: it.w, height: it.h });
}
