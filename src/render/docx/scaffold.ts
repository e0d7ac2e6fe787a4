import { createHash } from "node:crypto";
import { readCache, writeCache } from "../../fonts/disk-cache.js";
import type { Orientation } from "../../tree/types.js";
import type { Theme } from "../../theme/theme.js";
import type { PackedPart } from "./zip-package.js";
import { packageManifest } from "../../paths.js";

/**
 * The package around a document's body: content types, relationships, styles,
 * settings, numbering, fonts, headers and footers, and each section's
 * properties. docx writes it; it depends only on the theme and the sections'
 * shape, so it is compiled once per shape and filled in per document (the
 * metadata and header line are placeholders until then).
 */
export type Scaffold = {
  /** Every part but the body, as docx wrote them; some hold placeholders. */
  readonly parts: ReadonlyArray<readonly [string, string | Uint8Array]>;
  /** word/document.xml up to and including `<w:body>`, and from `</w:body>` on. */
  readonly documentHead: string;
  readonly documentTail: string;
  /** Each section's `<w:sectPr>…</w:sectPr>`, in order. */
  readonly sectionProperties: readonly string[];
  /** Parts the same in every document of this shape, deflated once (filled in on first use). */
  readonly packed: Map<string, PackedPart>;
};

/** A section's shape: its orientation; `unnumbered`: footers without the page number (the blank and 版记 pages). */
export type SectionShape = { readonly orientation: Orientation; readonly unnumbered?: true };

export type ScaffoldShape = {
  readonly theme: Theme;
  readonly sections: readonly SectionShape[];
  /** Width of each section's text block, pt (the header's right tab). */
  readonly textWidths: readonly number[];
  readonly header: boolean;
  /** Which metadata fields are empty (docx leaves those elements out). */
  readonly emptyMeta: readonly string[];
};

/** Placeholders docx writes through unchanged (private-use characters need no escaping). */
export const PLACEHOLDER = {
  creator: "\uE000creator\uE000",
  title: "\uE000title\uE000",
  subject: "\uE000subject\uE000",
  keywords: "\uE000keywords\uE000",
  header: "\uE000header\uE000",
} as const;

/** Bump when what compileScaffold writes changes: cached scaffolds of other versions are not read. */
const SCAFFOLD_VERSION = 10;

const cache = new Map<string, Scaffold>();
const CACHE_LIMIT = 32;

type Stored = Omit<Scaffold, "parts" | "packed"> & { parts: Array<[string, string | { base64: string }]> };

/**
 * The scaffold for a shape: from memory, else from the disk cache (so a fresh
 * process need not load docx at all), else compiled by docx and stored.
 */
export async function scaffoldFor(shape: ScaffoldShape): Promise<Scaffold> {
  const json = JSON.stringify(shape);
  const hit = cache.get(json);
  if (hit) return hit;
  const name = `docx-${createHash("sha256").update(`${SCAFFOLD_VERSION}\0${packageManifest().json.dependencies?.docx ?? "?"}\0${json}`).digest("hex").slice(0, 32)}.json`;
  let built = fromDisk(readCache(name));
  if (!built) {
    const { compileScaffold } = await import("./scaffold-compile.js");
    built = compileScaffold(shape);
    const stored: Stored = {
      documentHead: built.documentHead,
      documentTail: built.documentTail,
      sectionProperties: built.sectionProperties,
      parts: built.parts.map(([p, d]) => [p, typeof d === "string" ? d : { base64: Buffer.from(d).toString("base64") }]),
    };
    writeCache(name, Buffer.from(JSON.stringify(stored), "utf8"));
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(json, built);
  return built;
}

function fromDisk(bytes: Buffer | undefined): Scaffold | undefined {
  if (!bytes) return undefined;
  try {
    const s = JSON.parse(bytes.toString("utf8")) as Stored;
    const parts = s.parts.map(([p, d]): [string, string | Uint8Array] => [p, typeof d === "string" ? d : Buffer.from(d.base64, "base64")]);
    return { parts, packed: new Map(), documentHead: s.documentHead, documentTail: s.documentTail, sectionProperties: s.sectionProperties };
  } catch {
    return undefined; // unreadable: compile it again
  }
}

