import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Document metadata (XMP) and the archival profile, PDF/A-2b (ISO 19005-2,
 * level B): an XMP packet that says the same as the document information
 * dictionary, with the PDF/A identification when asked; and an output
 * intent with the sRGB profile pdfkit ships. The rest of PDF/A-2b holds for
 * every planwright PDF: every font embedded (subsets, with widths from the
 * font), no encryption, transparency, JavaScript or actions other than
 * GoTo, link annotations printable, a file ID in the trailer.
 */
export type XmpInfo = {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly creator: string;
  readonly producer: string;
  readonly lang: string;
  readonly date: Date;
};

type Ref = { data: Record<string, unknown>; compress?: boolean; write(chunk: Uint8Array | string): void; end(): void };
type Doc = { ref(data: Record<string, unknown>): Ref; _root: { data: Record<string, unknown> } };

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string).replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, "");

export function xmpPacket(info: XmpInfo, pdfa: boolean): string {
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(v)}</rdf:li></rdf:Alt>`;
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n` +
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"${pdfa ? ` xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"` : ""}>\n` +
    `<xmp:CreateDate>${date}</xmp:CreateDate><xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool>\n` +
    `<dc:format>application/pdf</dc:format>` +
    (info.title ? `<dc:title>${alt(info.title)}</dc:title>` : "") +
    (info.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>` : "") +
    (info.subject ? `<dc:description>${alt(info.subject)}</dc:description>` : "") +
    `<dc:language><rdf:Bag><rdf:li>${xml(info.lang)}</rdf:li></rdf:Bag></dc:language>\n` +
    `<pdf:Producer>${xml(info.producer)}</pdf:Producer>` +
    (info.keywords ? `<pdf:Keywords>${xml(info.keywords)}</pdf:Keywords>` : "") +
    (pdfa ? `\n<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>` : "") +
    `\n</rdf:Description>\n</rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>`
  );
}

/** The catalog's /Metadata: an uncompressed XML stream (PDF/A forbids filters on it). */
export function writeMetadata(doc: Doc, info: XmpInfo, pdfa: boolean): void {
  const ref = doc.ref({ Type: "Metadata", Subtype: "XML" });
  ref.compress = false;
  ref.write(Buffer.from(xmpPacket(info, pdfa), "utf8"));
  ref.end();
  doc._root.data.Metadata = ref;
}

let icc: Buffer | undefined;

/** pdfkit's sRGB IEC 61966-2.1 profile, found from its package (the bundle moves pdfkit's own code). */
function srgbProfile(): Buffer {
  if (!icc) {
    // pdfkit's exports name only its entry points: find its folder from the main one (js/pdfkit.js).
    const main = createRequire(import.meta.url).resolve("pdfkit");
    icc = readFileSync(join(dirname(main), "data", "sRGB_IEC61966_2_1.icc"));
  }
  return icc;
}

/** The PDF/A output intent: colours are sRGB. */
export function writeOutputIntent(doc: Doc): void {
  const profile = doc.ref({ N: 3 });
  profile.write(srgbProfile());
  profile.end();
  const intent = doc.ref({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    Info: new String("sRGB IEC61966-2.1"),
    OutputConditionIdentifier: new String("sRGB IEC61966-2.1"),
    DestOutputProfile: profile,
  });
  intent.end();
  doc._root.data.OutputIntents = [intent];
}
