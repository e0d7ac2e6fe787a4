import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";

export type DocxPackage = { files: Record<string, Uint8Array>; xml(name: string): string };

export function openDocx(bytes: Uint8Array): DocxPackage {
  const files = unzipSync(new Uint8Array(bytes));
  return {
    files,
    xml(name) {
      const f = files[name];
      if (!f) throw new Error(`${name} not in the package`);
      return strFromU8(f);
    },
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true, trimValues: false, parseTagValue: false, parseAttributeValue: false });

type Node = Record<string, unknown>;

/** Paragraph texts of a WordprocessingML part, in document order (w:t joined per w:p). */
export function docxParagraphs(xml: string): string[] {
  const tree = parser.parse(xml) as Node[];
  const out: string[] = [];
  const walk = (nodes: Node[], inPara: string[] | null) => {
    for (const n of nodes) {
      for (const [key, value] of Object.entries(n)) {
        if (key === ":@") continue;
        if (key === "w:p") {
          const buf: string[] = [];
          walk(value as Node[], buf);
          out.push(buf.join(""));
        } else if (key === "w:t" && inPara) {
          for (const t of value as Node[]) if ("#text" in t) inPara.push(String(t["#text"]));
        } else if (key === "w:instrText" || key === "w:delText") {
          // field codes are not text
        } else if (Array.isArray(value)) {
          walk(value as Node[], inPara);
        }
      }
    }
  };
  walk(tree, null);
  return out;
}

/** All text of the main document part. */
export function docxText(bytes: Uint8Array): string {
  return docxParagraphs(openDocx(bytes).xml("word/document.xml")).join("\n");
}

/** Attributes of every element with this tag name, e.g. `w:docGrid`. */
export function elements(xml: string, tag: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const re = new RegExp(`<${tag}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`, "g");
  for (const m of xml.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1] as string] = a[2] as string;
    out.push(attrs);
  }
  return out;
}

/** Texts of table rows marked to repeat on every page (`w:tblHeader`). */
export function docxHeaderRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].filter((m) => m[0].includes("<w:tblHeader/>")).map((m) => docxParagraphs(`<r>${m[0]}</r>`).join(""));
}

/** Cell texts of every table row in a DOCX body (`word/document.xml`), in order. */
export function docxRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((c) => docxParagraphs(`<r>${c[0]}</r>`).join("")));
}
