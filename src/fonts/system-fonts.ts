import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { readCache, writeCache } from "./disk-cache.js";
import { faceNames } from "./font-names.js";

/** An installed face: its file (and index in a collection), family names in every language, style. */
export type SystemFace = { readonly file: string; readonly index: number; readonly families: readonly string[]; readonly style: string };

export type SystemFontSource = {
  /** How the faces were found: "fontconfig", "folders", or "off". */
  readonly how: "fontconfig" | "folders" | "off";
  readonly faces: readonly SystemFace[];
  /** Folders scanned (folders), for messages. */
  readonly folders: readonly string[];
};

/** Font folders of the platform (Windows, macOS; Linux without fontconfig). */
export function platformFontFolders(): string[] {
  const home = homedir();
  if (process.platform === "win32") {
    const windir = process.env.WINDIR ?? process.env.SystemRoot ?? "C:\\Windows";
    const local = process.env.LOCALAPPDATA;
    return [join(windir, "Fonts"), ...(local ? [join(local, "Microsoft", "Windows", "Fonts")] : [])];
  }
  if (process.platform === "darwin") return ["/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts", join(home, "Library", "Fonts")];
  return ["/usr/share/fonts", "/usr/local/share/fonts", join(home, ".local", "share", "fonts"), join(home, ".fonts")];
}

/** `PLANWRIGHT_FONT_DIRS`: folders searched before the system's (an office's own font folder). */
function extraFolders(): string[] {
  return (process.env.PLANWRIGHT_FONT_DIRS ?? "").split(delimiter).filter((d) => d.length > 0);
}

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;

function scan(folder: string, depth = 0, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(folder, e.name);
    if (e.isDirectory() && depth < 4) scan(p, depth + 1, out);
    else if (FONT_FILE.test(e.name)) out.push(p);
  }
  return out;
}

function folderFaces(folders: readonly string[]): SystemFace[] {
  return folders.flatMap((d) => scan(d)).flatMap((file) => faceNames(file).map((f) => ({ file, index: f.index, families: f.families, style: f.style })));
}

/** `fc-list` in a fixed format; undefined when fontconfig is not there. */
function fontconfigFaces(): SystemFace[] | undefined {
  let out: string;
  try {
    out = execFileSync("fc-list", ["--format", "%{file}\\t%{index}\\t%{family}\\t%{style}\\n"], { encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined;
  }
  return out
    .split("\n")
    .filter((l) => l.includes("\t"))
    .map((l) => {
      const [file = "", index = "0", families = "", style = ""] = l.split("\t");
      return { file, index: Number(index) || 0, families: families.split(/(?<!\\),/).map((f) => f.replace(/\\(.)/g, "$1").trim()), style: style.split(/(?<!\\),/)[0] ?? "" };
    });
}

/** What the font list depends on: modification times of font folders and fontconfig's caches. */
function stamp(folders: readonly string[]): string {
  const home = homedir();
  const watched = [...folders, "/var/cache/fontconfig", join(process.env.XDG_CACHE_HOME ?? join(home, ".cache"), "fontconfig"), "/etc/fonts"];
  return watched
    .map((d) => {
      try {
        return `${d}:${statSync(d).mtimeMs}`;
      } catch {
        return `${d}:-`;
      }
    })
    .join("\n");
}

let listed: SystemFontSource | undefined;

/**
 * The installed fonts: from fontconfig on Linux (and wherever `fc-list`
 * runs), else by reading the name tables of the files in the platform's
 * font folders; `PLANWRIGHT_FONT_DIRS` folders come first. The list is kept
 * in the cache between runs until a font folder or fontconfig's cache
 * changes. `PLANWRIGHT_SYSTEM_FONTS=off` turns the lookup off (the bundled
 * fonts only: the same output on every machine); `=dirs` looks only in the
 * `PLANWRIGHT_FONT_DIRS` folders (as a machine that has only those fonts).
 */
export function systemFonts(): SystemFontSource {
  if (listed) return listed;
  const mode = process.env.PLANWRIGHT_SYSTEM_FONTS ?? "";
  if (/^(off|0|false|no)$/i.test(mode)) return (listed = { how: "off", faces: [], folders: [] });
  const extra = extraFolders();
  // Only the PLANWRIGHT_FONT_DIRS folders: what a machine with just those fonts would get (tests).
  if (/^dirs$/i.test(mode)) return (listed = { how: "folders", faces: folderFaces(extra), folders: extra });
  const useFontconfig = process.platform !== "win32" && process.platform !== "darwin";
  const folders = useFontconfig ? extra : [...extra, ...platformFontFolders()];
  const name = `system-fonts-${createHash("sha256").update(`1\0${process.platform}\0${useFontconfig}\0${stamp([...extra, ...platformFontFolders()])}`).digest("hex").slice(0, 24)}.json`;
  const hit = readCache(name);
  if (hit) {
    try {
      return (listed = JSON.parse(hit.toString("utf8")) as SystemFontSource);
    } catch {
      // unreadable: list again
    }
  }
  const fc = useFontconfig ? fontconfigFaces() : undefined;
  const source: SystemFontSource = fc
    ? { how: "fontconfig", faces: [...folderFaces(extra), ...fc], folders: extra }
    : { how: "folders", faces: folderFaces(useFontconfig ? [...extra, ...platformFontFolders()] : folders), folders: useFontconfig ? [...extra, ...platformFontFolders()] : folders };
  writeCache(name, Buffer.from(JSON.stringify(source), "utf8"));
  return (listed = source);
}

/** For tests and long-running processes: forget the list read in this process. */
export function forgetSystemFonts(): void {
  listed = undefined;
}
