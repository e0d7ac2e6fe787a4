import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import * as fontkit from "fontkit";
import { cachedFile, writeCache } from "./disk-cache.js";
import { useFastSubset } from "./fast-subset.js";
import { useLazyTables } from "./lazy-tables.js";
import { useSparseCff } from "./sparse-cff.js";
import { openSparse } from "./sparse-font.js";
import { woffToSfnt } from "./woff.js";

export type LoadedFont = {
  readonly file: string;
  readonly font: fontkit.Font;
  /** font.unitsPerEm, read once: fontkit's getter looks the head table up on every call, and layout asks per character. */
  readonly unitsPerEm: number;
  /** Bytes of the file as parsed (after WOFF conversion); hashed for rebuild manifests. */
  readonly size: number;
};

const fonts = new Map<string, LoadedFont>();
/** Files of sparsely read faces, closed when their face is collected. */
const openFaces = new FinalizationRegistry<() => void>((close) => {
  try {
    close();
  } catch {
    // already closed
  }
});
const stamps = new Map<string, string>();

/** A long-running process (watch) calls this before a rebuild: fonts whose files changed are parsed again. */
export function forgetChangedFonts(): void {
  for (const [ref, stamp] of stamps) {
    let now = "missing";
    try {
      const st = statSync(splitFontRef(ref).file);
      now = `${st.size}:${st.mtimeMs}`;
    } catch {
      // gone: forget it
    }
    if (now !== stamp) {
      fonts.delete(ref);
      stamps.delete(ref);
    }
  }
}

/** A font reference: a file, or `file#n` for the n-th face of a collection (.ttc). */
export function splitFontRef(ref: string): { file: string; index: number } {
  const m = /^(.*)#(\d+)$/.exec(ref);
  if (!m || existsSync(ref)) return { file: ref, index: 0 };
  return { file: m[1] as string, index: Number(m[2]) };
}

function parse(file: string, bytes: Buffer, index = 0): fontkit.Font {
  const created = fontkit.create(bytes);
  const font = "fonts" in created ? (created as unknown as { fonts: fontkit.Font[] }).fonts[index] : created;
  if (!font) throw new Error(`${file}: no font inside`);
  useLazyTables(font as fontkit.Font);
  return font as fontkit.Font;
}

function isWoff(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    return magic.toString("latin1") === "wOFF";
  } finally {
    closeSync(fd);
  }
}

/**
 * The TrueType/OpenType file to parse: the file itself, or for WOFF the
 * converted font (converted once; kept in the cache between runs). When the
 * cache cannot be written, the converted bytes are returned instead.
 */
function sfntSource(file: string): string | Buffer {
  if (!isWoff(file)) return file;
  const st = statSync(file);
  const name = `font-${createHash("sha256").update(`${file}\0${st.size}\0${st.mtimeMs}`).digest("hex").slice(0, 24)}.ttf`;
  const hit = cachedFile(name);
  if (hit) return hit;
  const converted = woffToSfnt(readFileSync(file));
  writeCache(name, converted);
  return cachedFile(name) ?? converted;
}

/** The TrueType/OpenType bytes of a font file (a WOFF converted, through the cache): for consumers that take only sfnt data. */
export function sfntBytes(file: string): Buffer {
  const source = sfntSource(file);
  return typeof source === "string" ? readFileSync(source) : source;
}

/**
 * Parses a font file once per process; later calls return the same object.
 * TrueType and OpenType/CFF faces are read without their outlines (see
 * sparse-font.ts; CFF subsets: sparse-cff.ts).
 */
export function loadFont(ref: string): LoadedFont {
  const hit = fonts.get(ref);
  if (hit) return hit;
  const { file, index } = splitFontRef(ref);
  const st = statSync(file);
  const source = index > 0 ? file : sfntSource(file);
  const sparse = typeof source === "string" ? openSparse(source, index) : undefined;
  let bytes = sparse ? sparse.bytes : typeof source === "string" ? readFileSync(source) : source;
  let font = parse(ref, bytes, index);
  if (sparse && (useSparseCff(font, sparse) || useFastSubset(font, sparse.readOutline))) {
    // Outlines are read from the file as subsets need them: it is closed once nothing uses the face
    // (forgetChangedFonts drops a face whose file changed; a build may still be drawing with it).
    openFaces.register(font, sparse.close);
  } else if (sparse) {
    // A variable font: fontkit re-encodes its outlines, so it needs them all.
    sparse.close();
    bytes = readFileSync(source as string);
    font = parse(ref, bytes, index);
  }
  if (!sparse) useFastSubset(font);
  plainPostscriptName(font);
  const loaded: LoadedFont = { file: ref, font, unitsPerEm: font.unitsPerEm, size: bytes.length };
  fonts.set(ref, loaded);
  stamps.set(ref, `${st.size}:${st.mtimeMs}`);
  return loaded;
}

/**
 * fontsource builds its static Noto CJK weights from the variable font and leaves the name of the
 * instance it started from in the PostScript name ("NotoSansSCThin-Medium" for Medium): the PDF's
 * BaseFont, which readers show, says "NotoSansSC-Medium" instead.
 */
function plainPostscriptName(font: fontkit.Font): void {
  const m = /^(Noto(?:Sans|Serif)(?:SC|TC|JP|KR|HK))(?:Thin|ExtraLight|Light|Regular|Medium|SemiBold|Bold|ExtraBold|Black)-(\w+)$/.exec(font.postscriptName ?? "");
  if (m) Object.defineProperty(font, "postscriptName", { value: `${m[1]}-${m[2]}`, configurable: true });
}
