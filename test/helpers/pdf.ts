import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfText = { str: string; x: number; y: number; width: number; height: number; font: string };
export type PdfPage = { width: number; height: number; items: PdfText[] };

/**
 * Reads a PDF with pdf.js (an independent reader) into pages of text items.
 * Coordinates are converted to points from the page's top-left corner; `y` is
 * the baseline.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , w, h] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: PdfText[] = [];
    for (const it of content.items) {
      if (!("str" in it) || it.str === "") continue;
      const [a, , , d, e, f] = it.transform as number[];
      items.push({ str: it.str, x: e as number, y: h - (f as number), width: it.width, height: Math.abs((d ?? a) as number), font: it.fontName });
    }
    pages.push({ width: w, height: h, items });
  }
  await doc.destroy();
  return pages;
}

/** Running headers and page numbers: the bands above and below every text block. */
export function isFurniture(item: PdfText, page: PdfPage): boolean {
  if (item.y < 58) return true;
  if (item.y <= page.height - 100) return false;
  const str = item.str.trim();
  // A page number stands alone on its line, centred (English) or as “— n —”; a digit beside other text on its line (（1）…) is the text's.
  return /^— ?\d+ ?—$/.test(str) || (/^\d+$/.test(str) && Math.abs(item.x + item.width / 2 - page.width / 2) < 12 && !page.items.some((o) => o !== item && o.str.trim() && Math.abs(o.y - item.y) < 1));
}

/** All text of a PDF in reading order (page by page, top to bottom, left to right), without headers and page numbers. */
export function pdfText(pages: readonly PdfPage[]): string {
  return pages
    .map((p) =>
      p.items
        .filter((i) => !isFurniture(i, p))
        .sort((a, b) => (Math.abs(a.y - b.y) > 2 ? a.y - b.y : a.x - b.x))
        .map((i) => i.str)
        .join(""),
    )
    .join("\n");
}

/** Groups a page's items into lines by baseline. */
export function pdfLines(page: PdfPage): PdfText[][] {
  const lines: PdfText[][] = [];
  for (const it of [...page.items].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs((l[0] as PdfText).y - it.y) < 1.5);
    if (line) line.push(it);
    else lines.push([it]);
  }
  for (const l of lines) l.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => (a[0] as PdfText).y - (b[0] as PdfText).y);
}

/**
 * Text in content-stream order (the order a reader copying the text gets):
 * planwright draws a table cell's lines together, so cells stay whole.
 */
export function pdfStreamText(pages: readonly PdfPage[]): string {
  return pages.map((p) => p.items.filter((i) => !isFurniture(i, p)).map((i) => i.str).join("")).join("\n");
}

/**
 * Text with the space between a Chinese character and a Latin letter or digit taken out: Chinese text sets a
 * little space there (Theme.autospace), which text extraction reports as a space ("2026 年").
 */
export function unspaced(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff\uff01-\uff5e])[ \u00a0]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9.])[ \u00a0]+(?=[\u3400-\u9fff])/g, "");
}
