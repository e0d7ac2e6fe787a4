import { spoken, type Diagnostic } from "../diagnostics/diagnostic.js";
import { say, type Said } from "../diagnostics/say.js";
import { LIMITS } from "./limits.js";
import { confinedPath } from "./confinement.js";
import { overlaidText } from "./source-overlay.js";
import { readRegularFile, sha256 } from "./read-file.js";

/** A text file as read: its text, and the hash and stamp of the bytes it came from. */
export type SourceText = { readonly file: string; readonly text: string; readonly digest?: string; readonly stamp?: string };

export type ReadResult = { ok: true; source: SourceText } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads a UTF-8 text file defensively: refuses missing files, folders,
 * devices and FIFOs, huge, binary and mis-encoded files, and reports
 * disallowed control characters with positions.
 */
export function readTextFile(path: string, file = path, kind: "data" | "template" = "data"): ReadResult {
  // `file` is the name shown in messages (relative to the working folder when it can be).
  const allowed = confinedPath(path, kind);
  if ("refused" in allowed) return fail(file, "io/outside", say("%{file} cannot be read here: it is %{why}", { file, why: { say: allowed.refused } }), OUTSIDE_HINT);
  const standIn = overlaidText(path);
  if (standIn !== undefined) return decodeSized(file, Buffer.from(standIn, "utf8"));
  const read = readRegularFile(path, LIMITS.maxFileBytes, true, kind);
  if (!read.ok) {
    switch (read.reason) {
      case "outside":
        return fail(file, "io/outside", say("%{file} cannot be read here: it is %{why}", { file, why: { say: read.detail } }), OUTSIDE_HINT);
      case "missing":
        return fail(file, "io/not-found", say("cannot read %{file}: no such file", { file }), say("Check the path; globs must be quoted."));
      case "not-a-file":
        return fail(file, "io/not-a-file", say("%{file} is %{what}, not a file", { file, what: { say: read.detail } }), say("Give the path of a .yaml file."));
      case "too-large":
        return fail(file, "input/too-large", say("file is %{size}; the limit is %{limit} KiB", { size: read.detail, limit: LIMITS.maxFileBytes / 1024 }), TOO_LARGE_HINT);
      default:
        return fail(file, "io/unreadable", say("cannot read %{file}: %{why}", { file, why: { say: read.detail } }), say("Check the file's permissions."));
    }
  }
  const decoded = decodeText(file, read.bytes);
  return decoded.ok ? { ok: true, source: { ...decoded.source, digest: read.digest, stamp: read.stamp } } : decoded;
}

const OUTSIDE_HINT = say("planwright serve reads only the data files (.yaml) and templates inside the folder it serves, and no hidden files: copy what is needed into that folder (the command line reads files anywhere).");
const TOO_LARGE_HINT = say("Split the data into a base file (extends:) and smaller organisation files.");

function decodeSized(file: string, bytes: Uint8Array): ReadResult {
  return bytes.length > LIMITS.maxFileBytes ? tooLarge(file, bytes.length) : decodeText(file, bytes);
}

function tooLarge(file: string, size: number): ReadResult {
  return fail(file, "input/too-large", say("file is %{size}; the limit is %{limit} KiB", { size: `${Math.round(size / 1024)} KiB`, limit: LIMITS.maxFileBytes / 1024 }), TOO_LARGE_HINT);
}

export function decodeText(file: string, bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) {
    return fail(file, "input/binary", say("file contains NUL bytes: this is a binary file, not YAML text"), say("Save the file as UTF-8 text."));
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          ruleId: "input/encoding",
          file,
          position: at,
          ...spoken(say("file is not valid UTF-8 (it may be saved as GBK/GB2312)"), say("Re-save the file with UTF-8 encoding (in Notepad: Save As → Encoding: UTF-8).")),
        },
      ],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Old-Mac (CR only) and Windows (CR LF) line ends read as line ends; lines keep their numbers.
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  // A name typed with a combining accent (e + U+0301) is the same name as one typed with é.
  text = text.normalize("NFC");
  const control = findControlCharacters(file, text);
  if (control.length > 0) return { ok: false, diagnostics: control };
  return { ok: true, source: { file, text, digest: sha256(bytes) } };
}

const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function findControlCharacters(file: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of text.matchAll(CONTROL)) {
    if (out.length >= 10) break;
    const cp = m[0].codePointAt(0) ?? 0;
    out.push({
      severity: "error",
      ruleId: "input/control-character",
      file,
      position: positionAt(text, m.index ?? 0),
      ...spoken(say("invisible control character U+%{code} is not allowed", { code: cp.toString(16).toUpperCase().padStart(4, "0") }), say("Delete it; it usually comes from copying text out of another program.")),
    });
  }
  return out;
}

export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  // Decode progressively to find the first bad sequence; report the line of it.
  let line = 1;
  let col = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return { line, column: col };
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { line, column: col };
    }
    if (b === 10) {
      line++;
      col = 1;
    } else col++;
    i += len;
  }
  return { line, column: col };
}

function fail(file: string, ruleId: string, message: Said, hint?: Said): ReadResult {
  return { ok: false, diagnostics: [{ severity: "error", ruleId, file, ...spoken(message, hint) }] };
}
