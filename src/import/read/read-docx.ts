import { unzipSync } from "fflate";
import { guessLanguage, paragraph, type Block, type ImportRefusal, type Outline, type Paragraph } from "../outline.js";
import { ListNumbers } from "./docx-numbering.js";
import { attr, child, find, isOn, kids, parseXml, tagOf, text, type XmlNode } from "./docx-xml.js";
import { readStyles, type StyleInfo } from "./docx-styles.js";

/** The largest XML part read (a plan's document.xml is well under 5 MB; a zip bomb is not). */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const PARTS = ["word/document.xml", "word/styles.xml", "word/numbering.xml"];

/**
 * A DOCX read from its own XML: the body's paragraphs and tables in order,
 * each paragraph with its style (heading level, title), the number Word's list
 * numbering draws before it, bold and alignment. Tables of contents, deleted
 * text, field codes and drawings are left out.
 */
export function readDocx(bytes: Uint8Array, name: string): { ok: true; outline: Outline } | ImportRefusal {
  let files: Record<string, Uint8Array>;
  let tooLarge = "";
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!PARTS.includes(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) tooLarge = f.name;
        return f.originalSize <= MAX_PART_BYTES;
      },
    });
  } catch (e) {
    return damaged(name, (e as Error).message);
  }
  if (tooLarge) return { ok: false, message: `${name}: its part ${tooLarge} unpacks to more than ${MAX_PART_BYTES / 1024 / 1024} MB, far more than a plan`, hint: "Open it in Word or WPS and save it again, or save its text as .txt and import that." };
  const document = files["word/document.xml"];
  if (!document) return { ok: false, message: `${name} is a zip package but not a Word document (it has no word/document.xml)`, hint: "Import the plan's .docx (an .xlsx, .pptx or .odt is not read)." };
  try {
    const styles = readStyles(files["word/styles.xml"] ? parseXml(utf8(files["word/styles.xml"])) : undefined);
    const numbers = new ListNumbers(files["word/numbering.xml"] ? parseXml(utf8(files["word/numbering.xml"])) : undefined);
    const body = find(parseXml(utf8(document)), "w:body");
    if (!body) return damaged(name, "no document body");
    const blocks: Block[] = [];
    walkBody(kids(body), { styles, numbers, blocks, count: 0 });
    return { ok: true, outline: { format: "docx", blocks, language: guessLanguage(blocks) } };
  } catch (e) {
    return damaged(name, (e as Error).message);
  }
}

function damaged(name: string, detail: string): ImportRefusal {
  return { ok: false, message: `${name} is damaged: it is not a complete Word document (${detail.split("\n")[0]})`, hint: "Open it in Word or WPS; if it opens, save it again as .docx and import that copy." };
}

function utf8(b: Uint8Array): string {
  return new TextDecoder("utf-8").decode(b);
}

type Walk = { readonly styles: ReadonlyMap<string, StyleInfo>; readonly numbers: ListNumbers; readonly blocks: Block[]; count: number };

function walkBody(nodes: readonly XmlNode[], w: Walk): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:p") {
      const p = readParagraph(n, w);
      if (p) w.blocks.push(p);
    } else if (tag === "w:tbl") {
      w.count++;
      const rows = readTable(n, w);
      if (rows.length > 0) w.blocks.push({ kind: "table", rows, at: w.count });
    } else if (tag === "w:sdt") {
      walkBody(kids(child(n, "w:sdtContent") ?? {}), w);
    } else if (tag === "w:customXml" || tag === "w:ins" || tag === "w:smartTag") {
      walkBody(kids(n), w);
    }
  }
}

function readParagraph(p: XmlNode, w: Walk): Paragraph | undefined {
  w.count++;
  const pPr = child(p, "w:pPr");
  const styleId = attr(child(pPr, "w:pStyle"), "w:val") ?? "";
  const style = w.styles.get(styleId);
  if (style?.toc) return undefined;
  const numPr = child(pPr, "w:numPr") ?? style?.numPr;
  const numId = attr(child(numPr, "w:numId"), "w:val");
  const marker = numId ? w.numbers.next(numId, Number(attr(child(numPr, "w:ilvl"), "w:val") ?? 0)) : "";
  const runs = { text: [] as string[], bold: 0, plain: 0 };
  collectRuns(kids(p), runs);
  const body = runs.text.join("").replace(/\s+$/u, "").replace(/^[ \t]+/u, "");
  if (body === "" && !marker) return undefined;
  const outline = attr(child(pPr, "w:outlineLvl"), "w:val");
  const heading = style?.heading ?? (outline !== undefined && Number(outline) < 9 ? Number(outline) + 2 : undefined);
  const jc = attr(child(pPr, "w:jc"), "w:val") ?? style?.align;
  const align = jc === "center" ? "center" : jc === "right" || jc === "end" ? "right" : undefined;
  const bold = runs.bold > 0 && runs.plain === 0 && !style?.bold ? true : style?.bold ?? false;
  return paragraph(marker ? `${marker}${/[.)]$/.test(marker) ? " " : ""}${body}` : body, w.count, {
    ...(heading !== undefined ? { heading } : {}),
    ...(style?.name ? { style: style.name } : {}),
    ...(bold ? { bold: true } : {}),
    ...(align ? { align } : {}),
  });
}

type Runs = { text: string[]; bold: number; plain: number };

const SKIP = new Set(["w:pPr", "w:rPr", "w:del", "w:moveFrom", "w:instrText", "w:delInstrText", "w:drawing", "w:pict", "mc:AlternateContent", "w:object", "w:footnoteReference", "w:endnoteReference", "w:commentReference"]);

function collectRuns(nodes: readonly XmlNode[], runs: Runs): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (SKIP.has(tag)) continue;
    if (tag === "w:r") {
      const before = runs.text.length;
      collectRun(kids(n), runs);
      const written = runs.text.slice(before).join("").trim();
      if (written !== "") {
        if (isOn(child(child(n, "w:rPr"), "w:b"))) runs.bold++;
        else runs.plain++;
      }
    } else {
      collectRuns(kids(n), runs);
    }
  }
}

function collectRun(nodes: readonly XmlNode[], runs: Runs): void {
  for (const n of nodes) {
    switch (tagOf(n)) {
      case "w:t":
        runs.text.push(text(n));
        break;
      case "w:tab":
      case "w:ptab":
        runs.text.push("\t");
        break;
      case "w:br":
        if (attr(n, "w:type") !== "page" && attr(n, "w:type") !== "column") runs.text.push("\n");
        break;
      case "w:cr":
        runs.text.push("\n");
        break;
      case "w:noBreakHyphen":
        runs.text.push("-");
        break;
      case "w:sym": {
        const code = Number.parseInt(attr(n, "w:char") ?? "", 16);
        // Symbol-font characters (F0xx) are the font's own; a box or tick stands in.
        if (Number.isFinite(code)) runs.text.push(code >= 0xf000 ? "□" : String.fromCodePoint(code));
        break;
      }
    }
  }
}

function readTable(tbl: XmlNode, w: Walk): string[][] {
  const rows: string[][] = [];
  for (const tr of kids(tbl)) {
    if (tagOf(tr) !== "w:tr") continue;
    const row: string[] = [];
    for (const tc of kids(tr)) {
      if (tagOf(tc) !== "w:tc") continue;
      const inner: Walk = { styles: w.styles, numbers: w.numbers, blocks: [], count: 0 };
      walkBody(kids(tc), inner);
      const cell = inner.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.rows.map((r) => r.join(" ")).join("\n"))).join("\n");
      const merged = attr(child(child(tc, "w:tcPr"), "w:vMerge"), "w:val");
      const continued = child(child(tc, "w:tcPr"), "w:vMerge") !== undefined && merged !== "restart";
      row.push(continued ? (rows[rows.length - 1]?.[row.length] ?? "") : cell);
    }
    if (row.some((c) => c.trim() !== "")) rows.push(row);
  }
  return rows;
}
