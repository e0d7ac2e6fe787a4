import { statSync } from "node:fs";
import { loadFont } from "../fonts/font-cache.js";
import { hasGlyph } from "../fonts/glyphs.js";
import { confinementRoot } from "./confinement.js";
import { LIMITS } from "./limits.js";
import { noteRead, readRegularFile, stampOf } from "./read-file.js";
import { say, type Said } from "../diagnostics/say.js";

/**
 * Checks a font file named in `theme.fonts` before anything renders with it:
 * only a regular file within the size limit, in a format planwright reads
 * (TrueType, OpenType, a collection or WOFF 1.0), that parses and maps
 * characters to glyphs. What was read is recorded (hash and stamp) for the
 * rebuild manifest.
 */
export type FontCheck =
  | { readonly ok: true; readonly digest: string; readonly stamp: string }
  | { readonly ok: false; readonly problem: Said; readonly hint: Said };

const checked = new Map<string, FontCheck>();

export function inspectFontFile(path: string): FontCheck {
  // Checked once per process, version of the file and confinement (a batch shares its fonts).
  let key: string;
  try {
    key = `${path}\0${stampOf(statSync(path))}`;
  } catch {
    key = `${path}\0missing`;
  }
  key += `\0${confinementRoot() ?? ""}`;
  let hit = checked.get(key);
  if (!hit) {
    hit = inspect(path);
    checked.set(key, hit);
  } else if (hit.ok) noteRead(path, hit.stamp, hit.digest);
  return hit;
}

const HINT = say("theme.fonts names a .ttf, .otf, .ttc or .woff file, relative to this data file.");

function inspect(path: string): FontCheck {
  const read = readRegularFile(path, LIMITS.maxFontBytes);
  if (!read.ok) {
    switch (read.reason) {
      case "missing":
        return { ok: false, problem: say("does not exist"), hint: HINT };
      case "not-a-file":
        return { ok: false, problem: say("is %{what}, not a font file", { what: { say: read.detail } }), hint: HINT };
      case "too-large":
        return { ok: false, problem: say("is %{size}; the limit is %{limit} MiB", { size: read.detail, limit: LIMITS.maxFontBytes / 1024 / 1024 }), hint: HINT };
      case "outside":
        return { ok: false, problem: say("cannot be used here: it is %{why}", { why: { say: read.detail } }), hint: say("planwright serve uses only font files inside the folder it serves: copy the font into that folder.") };
      default:
        return { ok: false, problem: say("cannot be read: %{why}", { why: { say: read.detail } }), hint: say("Check the file's permissions.") };
    }
  }
  const magic = read.bytes.subarray(0, 4).toString("latin1");
  if (magic === "wOF2") return { ok: false, problem: say("is WOFF2, which planwright does not read"), hint: say("Use the .ttf or .otf (or WOFF 1.0) version of the font.") };
  if (!["\0\x01\0\0", "true", "OTTO", "ttcf", "wOFF"].includes(magic)) return { ok: false, problem: say("is not a font file (TTF, OTF, TTC or WOFF)"), hint: HINT };
  try {
    const { font } = loadFont(path);
    // Parse what layout reads first: the character map and the advance widths.
    hasGlyph(font, 0x41);
    hasGlyph(font, 0x4e00);
    if (!(font.numGlyphs > 0) || !(font.unitsPerEm > 0)) throw new Error("it has no glyphs");
  } catch (e) {
    return { ok: false, problem: say("is damaged or not a font planwright can read (%{why})", { why: String((e as Error)?.message ?? e).slice(0, 120) }), hint: HINT };
  }
  return { ok: true, digest: read.digest, stamp: read.stamp };
}
