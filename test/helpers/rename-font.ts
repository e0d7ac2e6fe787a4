/**
 * A copy of a TrueType font under another family name: its name table
 * replaced by one that names `family` (in English and Chinese records) —
 * a stand-in for an office typeface such as 仿宋_GB2312 in tests.
 */
export function renameFont(ttf: Buffer, family: string, postscript: string, style = "Regular"): Buffer {
  const numTables = ttf.readUInt16BE(4);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 12 + i * 16;
    return { tag: ttf.toString("latin1", o, o + 4), data: ttf.subarray(ttf.readUInt32BE(o + 8), ttf.readUInt32BE(o + 8) + ttf.readUInt32BE(o + 12)) };
  });
  const records: Array<[number, string]> = [
    [1, family],
    [2, style],
    [4, family],
    [6, postscript],
  ];
  const strings: Buffer[] = [];
  const entries: Buffer[] = [];
  let offset = 0;
  for (const lang of [0x0409, 0x0804]) {
    for (const [id, text] of records) {
      const utf16 = Buffer.from(text, "utf16le");
      utf16.swap16();
      const e = Buffer.alloc(12);
      e.writeUInt16BE(3, 0);
      e.writeUInt16BE(1, 2);
      e.writeUInt16BE(lang, 4);
      e.writeUInt16BE(id, 6);
      e.writeUInt16BE(utf16.length, 8);
      e.writeUInt16BE(offset, 10);
      entries.push(e);
      strings.push(utf16);
      offset += utf16.length;
    }
  }
  const head = Buffer.alloc(6);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(entries.length, 2);
  head.writeUInt16BE(6 + entries.length * 12, 4);
  const name = Buffer.concat([head, ...entries, ...strings]);
  const out = tables.map((t) => (t.tag === "name" ? { tag: t.tag, data: name } : t));
  const dir = Buffer.alloc(12 + 16 * out.length);
  ttf.copy(dir, 0, 0, 12);
  let at = dir.length;
  const parts: Buffer[] = [dir];
  out.forEach((t, i) => {
    const o = 12 + i * 16;
    dir.write(t.tag, o, "latin1");
    dir.writeUInt32BE(0, o + 4);
    dir.writeUInt32BE(at, o + 8);
    dir.writeUInt32BE(t.data.length, o + 12);
    const pad = (4 - (t.data.length % 4)) % 4;
    parts.push(t.data, Buffer.alloc(pad));
    at += t.data.length + pad;
  });
  return Buffer.concat(parts);
}
