import { closeSync, openSync, readSync } from "node:fs";

/**
 * Family and style names of the faces in a font file (TrueType, OpenType or
 * a collection), read from the name table without parsing the rest: a
 * folder of system fonts is scanned in milliseconds.
 */
export type FaceNames = { readonly index: number; readonly families: readonly string[]; readonly style: string; readonly postscript: string };

function read(fd: number, offset: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  const n = readSync(fd, b, 0, length, offset);
  return n === length ? b : b.subarray(0, n);
}

function decode(platform: number, bytes: Buffer): string | undefined {
  if (platform === 0 || platform === 3) {
    const swapped = Buffer.from(bytes);
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  if (platform === 1 && bytes.every((c) => c < 0x80)) return bytes.toString("latin1");
  return undefined;
}

function namesAt(fd: number, offset: number, index: number): FaceNames | undefined {
  const head = read(fd, offset, 12);
  if (head.length < 12) return undefined;
  const numTables = head.readUInt16BE(4);
  const dir = read(fd, offset + 12, numTables * 16);
  let nameTable: { offset: number; length: number } | undefined;
  for (let i = 0; i + 16 <= dir.length; i += 16) if (dir.toString("latin1", i, i + 4) === "name") nameTable = { offset: dir.readUInt32BE(i + 8), length: dir.readUInt32BE(i + 12) };
  if (!nameTable || nameTable.length > 1 << 20) return undefined;
  const t = read(fd, nameTable.offset, nameTable.length);
  const count = t.readUInt16BE(2);
  const strings = t.readUInt16BE(4);
  const families = new Set<string>();
  let style = "";
  let postscript = "";
  for (let i = 0; i < count; i++) {
    const r = 6 + i * 12;
    if (r + 12 > t.length) break;
    const platform = t.readUInt16BE(r);
    const nameId = t.readUInt16BE(r + 6);
    if (nameId !== 1 && nameId !== 2 && nameId !== 6 && nameId !== 16 && nameId !== 17) continue;
    const start = strings + t.readUInt16BE(r + 10);
    const text = decode(platform, t.subarray(start, start + t.readUInt16BE(r + 8)))?.replace(/\0/g, "").trim();
    if (!text) continue;
    if (nameId === 1 || nameId === 16) families.add(text);
    else if ((nameId === 2 || nameId === 17) && (!style || platform === 3)) style = text;
    else if (nameId === 6 && !postscript) postscript = text;
  }
  return { index, families: [...families], style, postscript };
}

/** The faces of a font file; empty when it is not a font. */
export function faceNames(file: string): FaceNames[] {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return [];
  }
  try {
    const head = read(fd, 0, 12);
    if (head.length < 12) return [];
    if (head.toString("latin1", 0, 4) === "ttcf") {
      const n = Math.min(head.readUInt32BE(8), 64);
      const offsets = read(fd, 12, n * 4);
      const out: FaceNames[] = [];
      for (let i = 0; i < n; i++) {
        const f = namesAt(fd, offsets.readUInt32BE(i * 4), i);
        if (f) out.push(f);
      }
      return out;
    }
    const tag = head.readUInt32BE(0);
    if (tag !== 0x00010000 && tag !== 0x4f54544f /* OTTO */ && tag !== 0x74727565 /* true */) return [];
    const f = namesAt(fd, 0, 0);
    return f ? [f] : [];
  } catch {
    return [];
  } finally {
    closeSync(fd);
  }
}
