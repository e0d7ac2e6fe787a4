import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * WordprocessingML through fast-xml-parser in document order
 * (`preserveOrder`): a node is `{ "w:p": [children], ":@": { attributes } }`
 * and text is `{ "#text": "…" }`.
 */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

/** Parses well-formed XML; anything else (a truncated or hand-broken part) throws with the line where it breaks. */
export function parseXml(xml: string): XmlNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml) as XmlNode[];
}

export function tagOf(node: XmlNode): string {
  for (const k of Object.keys(node)) if (k !== ":@") return k;
  return "";
}

export function kids(node: XmlNode): XmlNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const a = node?.[":@"] as Record<string, unknown> | undefined;
  const v = a?.[name];
  return typeof v === "string" ? v : undefined;
}

export function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? kids(node).find((k) => tagOf(k) === tag) : undefined;
}

export function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  return node ? kids(node).filter((k) => tagOf(k) === tag) : [];
}

/** The first node with this tag, at any depth (document order). */
export function find(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n;
    const inner = find(kids(n), tag);
    if (inner) return inner;
  }
  return undefined;
}

export function text(node: XmlNode): string {
  return kids(node)
    .map((k) => (typeof k["#text"] === "string" ? k["#text"] : ""))
    .join("");
}

/** `<w:b/>` and `<w:b w:val="1"/>` are on; `w:val="0"`/"false" is off. */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const v = attr(node, "w:val");
  return v === undefined || !["0", "false", "off", "none"].includes(v);
}
