import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { openDocx } from "./docx.js";

type StructNode = { role?: string; type?: string; id?: string; children?: StructNode[] };

/** A table cell of a PDF as printed: its lines (text items on one baseline joined), read through the tagged structure (TH/TD). */
export type PrintedCell = { readonly page: number; readonly lines: readonly string[] };

export async function pdfTableCells(bytes: Uint8Array): Promise<PrintedCell[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const cells: PrintedCell[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const cellOf = new Map<string, StructNode>();
    const walk = (node: StructNode, cell: StructNode | undefined) => {
      const c = node.role === "TD" || node.role === "TH" ? node : cell;
      if (node.type === "content" && node.id && c) cellOf.set(node.id, c);
      for (const k of node.children ?? []) walk(k, c);
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) walk(tree, undefined);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const items = new Map<StructNode, Array<{ str: string; x: number; y: number }>>();
    const stack: string[] = [];
    for (const it of content.items as Array<{ type?: string; id?: string; str?: string; transform?: number[] }>) {
      if (it.type === "beginMarkedContentProps" || it.type === "beginMarkedContent") stack.push(it.id ?? "");
      else if (it.type === "endMarkedContent") stack.pop();
      else if (it.str && it.transform) {
        const cell = cellOf.get(stack[stack.length - 1] ?? "");
        if (!cell) continue;
        const list = items.get(cell) ?? [];
        list.push({ str: it.str, x: it.transform[4] as number, y: -(it.transform[5] as number) });
        items.set(cell, list);
      }
    }
    for (const list of items.values()) {
      const lines: Array<Array<{ str: string; x: number; y: number }>> = [];
      for (const it of [...list].sort((a, b) => a.y - b.y || a.x - b.x)) {
        const line = lines.find((l) => Math.abs((l[0] as { y: number }).y - it.y) < 1.5);
        if (line) line.push(it);
        else lines.push([it]);
      }
      cells.push({ page: n, lines: lines.map((l) => l.sort((a, b) => a.x - b.x).map((i) => i.str).join("")) });
    }
  }
  await doc.destroy();
  return cells;
}

/** The text of every table cell of a DOCX (paragraphs joined by a line break): the cells as written, unbroken. */
export function docxTableCells(bytes: Uint8Array): string[] {
  const xml = openDocx(bytes).xml("word/document.xml");
  return [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) =>
    [...(m[1] as string).matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => [...(p[1] as string).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")).join("\n"),
  );
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, "");
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** What must never be broken: phone numbers and digit groups, e-mail addresses, URLs, Latin words (each part of a hyphenated one), the given names. */
export function tokensOf(text: string, names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?:https?:\/\/|www\.)[^\s\u3000-\u9fff\uff00-\uffef]+/g)) out.add(m[0].replace(/[.,;:)]+$/, ""));
  for (const m of text.matchAll(/\+?\(?\d[\d()]*(?:[ \-]\d+)+/g)) if (m[0].replace(/\D/g, "").length >= 5) out.add(m[0]);
  for (const m of text.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)*/g)) if (m[0].length > 1) out.add(m[0]);
  for (const n of names) if (text.includes(n)) out.add(n);
  return [...out];
}

/**
 * Tokens printed across a line break in a PDF table cell. Each printed cell is
 * matched to the DOCX cell with the same text (the unbroken original), and each
 * token of it must lie within one printed line.
 */
export async function brokenTokens(pdf: Uint8Array, docx: Uint8Array, names: readonly string[]): Promise<{ broken: string[]; cells: number; tokens: number }> {
  const written = new Map<string, string>();
  for (const t of docxTableCells(docx)) written.set(squash(unescape(t)), unescape(t));
  const broken: string[] = [];
  let tokens = 0;
  const cells = await pdfTableCells(pdf);
  for (const c of cells) {
    if (c.lines.length < 2) continue;
    const text = written.get(squash(c.lines.join("")));
    if (text === undefined) continue;
    for (const token of tokensOf(text, names)) {
      tokens++;
      // A Latin word is counted as a word (“has” is not in “borough asks”); other tokens without spaces.
      const word = /^[A-Za-z]+(?:['’][A-Za-z]+)*$/.test(token) ? new RegExp(`(?<![A-Za-z'’])${token}(?![A-Za-z'’])`, "g") : null;
      const count = (s: string) => (word ? (s.match(word) ?? []).length : squash(s).split(squash(token)).length - 1);
      const whole = count(text);
      const inLines = c.lines.reduce((a, l) => a + count(l), 0);
      if (inLines < whole) broken.push(`p${c.page}: “${token}” in ${JSON.stringify(c.lines)}`);
    }
  }
  return { broken, cells: cells.length, tokens };
}
