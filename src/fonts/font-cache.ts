import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { woffToSfnt } from "./woff.js";

export type LoadedFont = {
  readonly file: string;
  readonly font: fontkit.Font;
  /** Bytes of the file as parsed (after WOFF conversion); hashed for rebuild manifests. */
  readonly size: number;
};

const fonts = new Map<string, LoadedFont>();

function cacheDir(): string {
  return process.env.PLANWRIGHT_CACHE ?? join(tmpdir(), "planwright-cache");
}

/** WOFF files are converted once and the result is kept on disk between runs. */
function sfntBytes(file: string): Buffer {
  const raw = readFileSync(file);
  if (raw.toString("latin1", 0, 4) !== "wOFF") return raw;
  const st = statSync(file);
  const key = createHash("sha256").update(`${file}\0${st.size}\0${st.mtimeMs}`).digest("hex").slice(0, 24);
  const dir = cacheDir();
  const cached = join(dir, `${key}.ttf`);
  try {
    return readFileSync(cached);
  } catch {
    // not cached yet
  }
  const converted = woffToSfnt(raw);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, converted);
    renameSync(tmp, cached);
  } catch {
    // a read-only cache is fine: we just convert again next time
  }
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
  const loaded: LoadedFont = { file, font: font as fontkit.Font, size: bytes.length };
  fonts.set(file, loaded);
  return loaded;
}
