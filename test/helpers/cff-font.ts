// Builds OpenType/CFF fonts for tests, independently of src/fonts/cff-*.ts: CID-keyed (with
// several Font DICTs, an FDSelect of format 0 or 3) or not, with global and local subroutines.
// `wrapCff` puts a bare CFF table (a subset) in a font fontkit can open.

/** An INDEX with offsets of `offSize` bytes. */
export function cffIndex(items: readonly Uint8Array[], offSize = 4): Uint8Array {
  if (items.length === 0) return new Uint8Array(2);
  const data = items.reduce((n, it) => n + it.length, 0);
  const out = new Uint8Array(3 + (items.length + 1) * offSize + data);
  out[0] = items.length >> 8;
  out[1] = items.length & 255;
  out[2] = offSize;
  let off = 1;
  let at = 3 + (items.length + 1) * offSize;
  const put = (k: number, v: number) => {
    for (let b = 0; b < offSize; b++) out[3 + k * offSize + b] = (v >>> (8 * (offSize - 1 - b))) & 255;
  };
  items.forEach((it, k) => {
    put(k, off);
    out.set(it, at);
    at += it.length;
    off += it.length;
  });
  put(items.length, off);
  return out;
}

const int5 = (v: number) => [29, (v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
const op = (o: number) => (o >= 1200 ? [12, o - 1200] : [o]);

function dict(entries: ReadonlyArray<[number, number[]]>): Uint8Array {
  return Uint8Array.from(entries.flatMap(([o, operands]) => [...operands.flatMap(int5), ...op(o)]));
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => Buffer.concat(parts);

export type CffFontSpec = {
  readonly charstrings: readonly Uint8Array[];
  readonly globalSubrs: readonly Uint8Array[];
  /** One entry per Font DICT (one, taken as the Top DICT's Private, when not CID-keyed). */
  readonly fds: ReadonlyArray<{ subrs: readonly Uint8Array[]; nominalWidthX?: number }>;
  /** Each glyph's FD (CID-keyed fonts). */
  readonly fdOf: readonly number[];
  readonly cid: boolean;
  readonly fdSelectFormat?: 0 | 3;
  /** Offset size of the CharStrings and subroutine INDEXes. */
  readonly offSize?: 1 | 2 | 3 | 4;
};

/** A CFF table. */
export function buildCff(spec: CffFontSpec): Uint8Array {
  const offSize = spec.offSize ?? 4;
  const header = Uint8Array.from([1, 0, 4, 4]);
  const name = cffIndex([Uint8Array.from(Buffer.from("TestFont", "latin1"))]);
  const strings = cffIndex(spec.cid ? ["Adobe", "Identity"].map((s) => Uint8Array.from(Buffer.from(s, "latin1"))) : []);
  const gsubrs = cffIndex(spec.globalSubrs, offSize);
  const charStrings = cffIndex(spec.charstrings, offSize);
  const privates = spec.fds.map((fd) => {
    const base: Array<[number, number[]]> = [[21, [fd.nominalWidthX ?? 0]]];
    if (fd.subrs.length === 0) return { dict: dict(base), subrs: new Uint8Array(0) };
    const size = dict([...base, [19, [0]]]).length;
    return { dict: dict([...base, [19, [size]]]), subrs: cffIndex(fd.subrs, offSize) };
  });
  let fdSelect = new Uint8Array(0);
  if (spec.cid) {
    if ((spec.fdSelectFormat ?? 3) === 0) fdSelect = Uint8Array.from([0, ...spec.fdOf]);
    else {
      const ranges: number[] = [];
      spec.fdOf.forEach((fd, g) => {
        if (g === 0 || fd !== spec.fdOf[g - 1]) ranges.push(g >> 8, g & 255, fd);
      });
      const n = spec.fdOf.length;
      fdSelect = Uint8Array.from([3, (ranges.length / 3) >> 8, (ranges.length / 3) & 255, ...ranges, n >> 8, n & 255]);
    }
  }
  const top = (charStringsAt: number, fdSelectAt: number, fdArrayAt: number, privateAt: number) =>
    dict(
      spec.cid
        ? [
            [1230, [391, 392, 0]],
            [1234, [spec.charstrings.length]],
            [17, [charStringsAt]],
            [1237, [fdSelectAt]],
            [1236, [fdArrayAt]],
          ]
        : [
            [17, [charStringsAt]],
            [18, [(privates[0] as { dict: Uint8Array }).dict.length, privateAt]],
          ],
    );
  const topIndexLength = cffIndex([top(0, 0, 0, 0)]).length;
  const charStringsAt = header.length + name.length + topIndexLength + strings.length + gsubrs.length;
  const fdSelectAt = charStringsAt + charStrings.length;
  let at = fdSelectAt + fdSelect.length;
  const privateAt: number[] = [];
  for (const p of privates) {
    privateAt.push(at);
    at += p.dict.length + p.subrs.length;
  }
  const fdArray = cffIndex(privates.map((p, k) => dict([[18, [p.dict.length, privateAt[k] as number]]])));
  const fdArrayAt = at;
  return concat([
    header,
    name,
    cffIndex([top(charStringsAt, fdSelectAt, fdArrayAt, privateAt[0] as number)]),
    strings,
    gsubrs,
    charStrings,
    fdSelect,
    ...privates.flatMap((p) => [p.dict, p.subrs]),
    ...(spec.cid ? [fdArray] : []),
  ]);
}

/** An OpenType font ('OTTO') holding `cff` and a maxp table, enough for fontkit to draw its glyphs. */
export function wrapCff(cff: Uint8Array, numGlyphs: number): Buffer {
  const maxp = Buffer.alloc(6);
  maxp.writeUInt32BE(0x00005000, 0);
  maxp.writeUInt16BE(numGlyphs, 4);
  const tables: Array<[string, Uint8Array]> = [
    ["CFF ", cff],
    ["maxp", maxp],
  ];
  const head = Buffer.alloc(12 + 16 * tables.length);
  head.writeUInt32BE(0x4f54544f, 0);
  head.writeUInt16BE(tables.length, 4);
  let at = head.length;
  const body: Buffer[] = [];
  tables.forEach(([tag, data], k) => {
    head.write(tag, 12 + k * 16, "latin1");
    head.writeUInt32BE(at, 12 + k * 16 + 8);
    head.writeUInt32BE(data.length, 12 + k * 16 + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    padded.set(data);
    body.push(padded);
    at += padded.length;
  });
  return Buffer.concat([head, ...body]);
}
