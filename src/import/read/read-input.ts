import { extname } from "node:path";
import { readRegularFile } from "../../load/read-file.js";
import type { ImportRefusal, Outline } from "../outline.js";
import { decodeText } from "./decode-text.js";
import { readDocx } from "./read-docx.js";
import { readMarkdown } from "./read-markdown.js";
import { readPlainText } from "./read-text.js";

/** The largest file `import` reads: a plan in Word with its pictures is a few MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The most characters of text a plan may have (the longest real plans are ≈ 100,000). */
const MAX_IMPORT_CHARS = 2_000_000;

export type InputRead = { readonly ok: true; readonly outline: Outline } | ImportRefusal;

const ASK_DOCX = "Open it in Word or WPS and save it as .docx (Word document), or save its text as .txt, then import that.";

/** Reads a file from disk, refusing what is not a regular file or too large. */
export function readImportFile(path: string): InputRead {
  const read = readRegularFile(path, MAX_IMPORT_BYTES, false);
  if (!read.ok) {
    if (read.reason === "too-large") return refuse(`${path} is too large to be a plan (${read.detail}; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`, "Save the plan without its pictures (File › Save As › .docx, or .txt) and import that.");
    if (read.reason === "missing") return refuse(`${path}: no such file`, "Check the path.");
    return refuse(`${path} cannot be read: ${read.detail}`, "Name a .docx, .txt or .md file.");
  }
  return readImportBytes(read.bytes, path);
}

/**
 * Reads a plan from its bytes: the format is told by the content (a DOCX is a
 * zip package), the name's extension only chooses between text and Markdown.
 */
export function readImportBytes(bytes: Uint8Array, name: string): InputRead {
  if (bytes.length > MAX_IMPORT_BYTES) return refuse(`${name} is too large to be a plan (${Math.ceil(bytes.length / 1024)} KiB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`, "Save the plan without its pictures and import that.");
  if (bytes.length === 0) return refuse(`${name} is empty`, "Name the file that holds the plan.");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return readDocx(bytes, name);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file: an encrypted (password-protected) OOXML package, or a Word 97–2003 .doc.
    return hasUtf16(bytes, "EncryptionInfo")
      ? refuse(`${name} is protected by a password, so its text cannot be read`, "Open it in Word or WPS, remove the password (File › Info › Protect Document › Encrypt with Password, clear it), save, and import again.")
      : refuse(`${name} is an old Word 97–2003 document (.doc), which import does not read`, ASK_DOCX);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return refuse(`${name} is a PDF; import reads .docx, .txt and .md (a scanned PDF holds pictures of pages and no text at all)`, `${ASK_DOCX} A scan needs text recognition (OCR) first.`);
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return refuse(`${name} is an RTF document, which import does not read`, ASK_DOCX);
  const text = decodeText(bytes);
  if (text === undefined) return refuse(`${name} is neither a Word document (.docx) nor text (UTF-8, UTF-16 or GBK)`, ASK_DOCX);
  if (text.length > MAX_IMPORT_CHARS) return refuse(`${name} has ${text.length} characters, more than a plan (at most ${MAX_IMPORT_CHARS})`, "Import the plan alone.");
  if (text.trim() === "") return refuse(`${name} holds no text`, "Name the file that holds the plan.");
  const ext = extname(name).toLowerCase();
  return { ok: true, outline: ext === ".md" || ext === ".markdown" ? readMarkdown(text) : readPlainText(text) };
}

function refuse(message: string, hint: string): ImportRefusal {
  return { ok: false, message, hint };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function hasUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(needle);
}
