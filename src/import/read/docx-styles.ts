import { attr, child, children, find, isOn, type XmlNode } from "./docx-xml.js";

/** What a paragraph style says that matters for reading a plan. */
export type StyleInfo = {
  readonly name: string;
  /** 1 = title; 2… = Heading 1…; undefined for body styles. */
  readonly heading?: number;
  readonly toc: boolean;
  readonly bold?: boolean;
  readonly align?: string;
  readonly numPr?: XmlNode;
};

/**
 * Paragraph styles by id, with what they inherit (`basedOn`): headings by
 * name (Heading 1, 标题 1, Title) or outline level, table-of-contents styles,
 * bold, alignment and list numbering.
 */
export function readStyles(xml: XmlNode[] | undefined): Map<string, StyleInfo> {
  const root = xml ? find(xml, "w:styles") : undefined;
  const raw = new Map<string, XmlNode>();
  for (const s of children(root, "w:style")) if (attr(s, "w:type") === "paragraph") raw.set(attr(s, "w:styleId") ?? "", s);
  const out = new Map<string, StyleInfo>();
  const resolve = (id: string, depth: number): StyleInfo | undefined => {
    const done = out.get(id);
    if (done) return done;
    const s = raw.get(id);
    if (!s || depth > 20) return undefined;
    const basedOn = attr(child(s, "w:basedOn"), "w:val");
    const parent = basedOn ? resolve(basedOn, depth + 1) : undefined;
    const name = attr(child(s, "w:name"), "w:val") ?? id;
    const pPr = child(s, "w:pPr");
    const rPr = child(s, "w:rPr");
    const outline = attr(child(pPr, "w:outlineLvl"), "w:val");
    const heading = headingOf(name) ?? (outline !== undefined && Number(outline) < 9 ? Number(outline) + 2 : parent?.heading);
    const b = child(rPr, "w:b");
    const info: StyleInfo = {
      name,
      ...(heading !== undefined ? { heading } : {}),
      toc: /^toc\s*\d|^目录\s*\d|^toc heading$/i.test(name) || (parent?.toc ?? false),
      ...(b ? { bold: isOn(b) } : parent?.bold !== undefined ? { bold: parent.bold } : {}),
      ...((attr(child(pPr, "w:jc"), "w:val") ?? parent?.align) ? { align: attr(child(pPr, "w:jc"), "w:val") ?? parent?.align } : {}),
      ...((child(pPr, "w:numPr") ?? parent?.numPr) ? { numPr: child(pPr, "w:numPr") ?? parent?.numPr } : {}),
    };
    out.set(id, info);
    return info;
  };
  for (const id of raw.keys()) resolve(id, 0);
  return out;
}

function headingOf(name: string): number | undefined {
  if (/^title$|^标题$/i.test(name)) return 1;
  const m = /^(?:heading|标题)\s*(\d)$/i.exec(name);
  return m ? Number(m[1]) + 1 : undefined;
}
