type Part = readonly [path: string, data: string | Uint8Array];

/**
 * docx names some relationships with random ids. Renumber them in a stable
 * order (relationships first, then parts, each sorted by name), so the same
 * input gives the same bytes.
 */
export function stableRelationshipIds(parts: readonly Part[]): Part[] {
  const ids = new Map<string, string>();
  const remap = (xml: string) =>
    xml.replace(/rId[A-Za-z0-9_-]{15,}/g, (id) => {
      let v = ids.get(id);
      if (!v) {
        v = `rIdPw${ids.size + 1}`;
        ids.set(id, v);
      }
      return v;
    });
  const rels = (p: string) => p.endsWith(".rels");
  const order = parts.map((p) => p[0]).sort((a, b) => (rels(a) === rels(b) ? (a < b ? -1 : a > b ? 1 : 0) : rels(a) ? -1 : 1));
  const rewritten = new Map<string, string | Uint8Array>();
  const byPath = new Map(parts);
  for (const path of order) {
    const data = byPath.get(path) as string | Uint8Array;
    rewritten.set(path, typeof data === "string" ? remap(data) : data);
  }
  return parts.map(([path]) => [path, rewritten.get(path) as string | Uint8Array]);
}

/** The creation and modification times in docProps/core.xml: the document's date, not the clock's. */
export function stampCore(xml: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}
