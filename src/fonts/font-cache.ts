import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import * as fontkit from "fontkit";
import { readCache, writeCache } from "./disk-cache.js";
import { useFastSubset } from "./fast-subset.js";
import { woffToSfnt } from "./woff.js";

export type LoadedFont = {
  readonly file: string;
  readonly font: fontkit.Font;
  /** Bytes of the file as parsed (after WOFF conversion); hashed for rebuild manifests. */
  readonly size: number;
};

const fonts = new Map<string, LoadedFont>();

/** WOFF files are converted once and the result is kept on disk between runs. */
function sfntBytes(file: string): Buffer {
  const raw = readFileSync(file);
  if (raw.toString("latin1", 0, 4) !== "wOFF") return raw;
  const st = statSync(file);
  const name = `font-${createHash("sha256").update(`${file}\0${st.size}\0${st.mtimeMs}`).digest("hex").slice(0, 24)}.ttf`;
  const cached = readCache(name);
  if (cached) return cached;
  const converted = woffToSfnt(raw);
  writeCache(name, converted);
  return converted;
}

/** Parses a font file once per process; later calls return the same object. */
export function loadFont(file: string): LoadedFont {
  const hit = fonts.get(file);
  if (hit) return hit;
  const bytes = sfntBytes(file);
  const created = fontkit.create(bytes);
  const font = "fonts" in created ? (created as unknown as { fonts: fontkit.Font[] }).fonts[0] : created;
  if (!font) throw new Error(`${file}: no font inside`);
  useFastSubset(font as fontkit.Font);
  const loaded: LoadedFont = { file, font: font as fontkit.Font, size: bytes.length };
  fonts.set(file, loaded);
  return loaded;
}
