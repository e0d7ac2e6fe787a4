import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** Zip entries get this fixed time (the DOS epoch is 1980). */
const ZIP_TIME = new Date("1980-01-01T00:00:00Z");

/**
 * docx writes the current time into docProps/core.xml and into every zip
 * entry, and random ids for some relationships. Rewrite all three from the
 * input, so the same data gives the same bytes.
 */
export function makeDeterministic(bytes: Uint8Array, date: Date): Buffer {
  return zipParts(unzipSync(bytes), date);
}

/** The same, from the package parts before zipping (saves a deflate and an inflate). */
export function zipParts(files: Record<string, Uint8Array>, date: Date): Buffer {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
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
  const names = Object.keys(files);
  // Remap in a stable order: relationships first, then parts, each sorted by name.
  names.sort((a, b) => (a.endsWith(".rels") === b.endsWith(".rels") ? (a < b ? -1 : a > b ? 1 : 0) : a.endsWith(".rels") ? -1 : 1));
  const out: Zippable = {};
  const rewritten = new Map<string, Uint8Array>();
  for (const name of names) {
    const data = files[name] as Uint8Array;
    if (!/\.(xml|rels)$/.test(name)) {
      rewritten.set(name, data);
      continue;
    }
    let xml = strFromU8(data);
    if (name === "word/document.xml") xml = renumberBookmarks(xml);
    if (name === "docProps/core.xml") {
      xml = xml
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    }
    rewritten.set(name, strToU8(remap(xml)));
  }
  // Keep docx's own entry order ([Content_Types].xml first).
  for (const name of Object.keys(files)) out[name] = [rewritten.get(name) as Uint8Array, { mtime: ZIP_TIME, level: 6 }];
  return Buffer.from(zipSync(out, { mtime: ZIP_TIME }));
}

/**
 * docx numbers bookmarks from a counter that lives as long as the process, so
 * the same document built second in a batch would get other ids. Renumber them
 * in order of appearance.
 */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/<w:bookmark(Start|End)([^>]*?) w:id="(\d+)"/g, (_m, kind: string, attrs: string, id: string) => {
    let n = ids.get(id);
    if (n === undefined) {
      n = ids.size + 1;
      ids.set(id, n);
    }
    return `<w:bookmark${kind}${attrs} w:id="${n}"`;
  });
}
