/**
 * Reading an OpenType CFF (version 1) table through a reader of byte ranges
 * (sparse-font.ts reads them from the file): its header, INDEXes (offset
 * arrays, their entries one at a time), DICTs, Font DICTs, FDSelect and
 * subroutine INDEXes — only as far as a subset needs them.
 */

/** Reads `length` bytes at `offset` from the start of the CFF table. */
export type CffReader = (offset: number, length: number) => Uint8Array;

export class CffUnsupported extends Error {}

export type Index = {
  readonly count: number;
  /** Offset of the first byte after the INDEX. */
  readonly end: number;
  /** Start and end (table offsets) of entry i. */
  span(i: number): [number, number];
};

function readOffset(bytes: Uint8Array, at: number, size: number): number {
  let v = 0;
  for (let k = 0; k < size; k++) v = v * 256 + (bytes[at + k] as number);
  return v;
}

/** An INDEX's header and offset array (its data is read entry by entry). */
function readIndex(read: CffReader, at: number): Index {
  const head = read(at, 3);
  const count = ((head[0] as number) << 8) | (head[1] as number);
  if (count === 0) return { count, end: at + 2, span: () => { throw new CffUnsupported("empty INDEX"); } };
  const offSize = head[2] as number;
  if (offSize < 1 || offSize > 4) throw new CffUnsupported(`INDEX offset size ${offSize}`);
  const offsets = read(at + 3, (count + 1) * offSize);
  const base = at + 3 + (count + 1) * offSize - 1;
  return {
    count,
    end: base + readOffset(offsets, count * offSize, offSize),
    span(i) {
      if (i < 0 || i >= count) throw new CffUnsupported(`INDEX entry ${i} of ${count}`);
      return [base + readOffset(offsets, i * offSize, offSize), base + readOffset(offsets, (i + 1) * offSize, offSize)];
    },
  };
}

function entry(read: CffReader, index: Index, i: number): Uint8Array {
  const [start, end] = index.span(i);
  return read(start, end - start);
}

export type Subrs = { count: number; get(i: number): Uint8Array };
const NO_SUBRS: Subrs = { count: 0, get: () => { throw new CffUnsupported("call into a missing subroutine INDEX"); } };

/**
 * A subroutine INDEX, read whole on its first use (a glyph calls many, each
 * several times; a document uses few of a CJK face's Font DICTs).
 */
function subroutines(read: CffReader, at: number): Subrs {
  const index = readIndex(read, at);
  if (index.count === 0) return NO_SUBRS;
  let data: Uint8Array | undefined;
  const [first] = index.span(0);
  return {
    count: index.count,
    get(i) {
      data ??= read(first, index.end - first);
      const [s, e] = index.span(i);
      return data.subarray(s - first, e - first);
    },
  };
}

/**
 * The integer at `bytes[i]` in the encodings DICTs and Type 2 charstrings share (first byte 28 or
 * 32–254), and how many bytes it takes; undefined for any other first byte.
 */
export function integerAt(bytes: Uint8Array, i: number): { value: number; length: number } | undefined {
  const b0 = bytes[i] as number;
  if (b0 === 28) return { value: ((((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)) << 16) >> 16, length: 3 };
  if (b0 < 32 || b0 > 254) return undefined;
  if (b0 <= 246) return { value: b0 - 139, length: 1 };
  if (b0 <= 250) return { value: (b0 - 247) * 256 + (bytes[i + 1] as number) + 108, length: 2 };
  return { value: -(b0 - 251) * 256 - (bytes[i + 1] as number) - 108, length: 2 };
}

/** One DICT entry: its operator (escaped ones as 1200 + second byte), operand values and their bytes. */
export type DictEntry = { op: number; operands: number[]; raw: Uint8Array };

const NIBBLE_END = 0xf;

function parseDict(bytes: Uint8Array): DictEntry[] {
  const entries: DictEntry[] = [];
  let operands: number[] = [];
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    if (b0 <= 21) {
      const op = b0 === 12 ? 1200 + (bytes[i + 1] as number) : b0;
      entries.push({ op, operands, raw: bytes.subarray(start, i) });
      i += b0 === 12 ? 2 : 1;
      operands = [];
      start = i;
    } else if (b0 === 29) {
      operands.push(((bytes[i + 1] as number) << 24) | ((bytes[i + 2] as number) << 16) | ((bytes[i + 3] as number) << 8) | (bytes[i + 4] as number));
      i += 5;
    } else if (b0 === 30) {
      // A real: nibbles up to the end nibble. Only offsets and counts are read as numbers here.
      i++;
      for (;;) {
        const b = bytes[i++] as number;
        if (b >> 4 === NIBBLE_END || (b & 0xf) === NIBBLE_END || i >= bytes.length) break;
      }
      operands.push(Number.NaN);
    } else {
      const n = integerAt(bytes, i);
      if (!n) throw new CffUnsupported(`DICT byte ${b0}`);
      operands.push(n.value);
      i += n.length;
    }
  }
  return entries;
}

export const OP = {
  charset: 15,
  Encoding: 16,
  CharStrings: 17,
  Private: 18,
  Subrs: 19,
  ROS: 1230,
  CIDCount: 1234,
  FDArray: 1236,
  FDSelect: 1237,
  FontName: 1238,
} as const;

const find = (dict: DictEntry[], op: number) => dict.find((e) => e.op === op);

function operand(dict: DictEntry[], op: number, k: number, what: string): number {
  const v = find(dict, op)?.operands[k];
  if (v === undefined || !Number.isInteger(v)) throw new CffUnsupported(`no ${what}`);
  return v;
}

export type FontDict = { dict: DictEntry[]; privateDict: DictEntry[]; subrs: Subrs };

/** The parts of a CFF table a subset is made of. */
export type CffSource = {
  readonly read: CffReader;
  readonly name: Uint8Array;
  readonly top: DictEntry[];
  /** The String INDEX's entries, all of them (copied whole into a subset: the DICTs' string ids stay valid). */
  readonly strings: readonly Uint8Array[];
  readonly charStrings: Index;
  readonly globalSubrs: Subrs;
  /** The Font DICTs (one, made from the Top DICT's Private, for a font that is not CID-keyed). */
  readonly fonts: FontDict[];
  readonly fdOf: (gid: number) => number;
};

function readPrivate(read: CffReader, dict: DictEntry[]): { privateDict: DictEntry[]; subrs: Subrs } {
  const p = find(dict, OP.Private);
  if (!p) return { privateDict: [], subrs: NO_SUBRS };
  const size = operand(dict, OP.Private, 0, "Private DICT size");
  const offset = operand(dict, OP.Private, 1, "Private DICT offset");
  const privateDict = parseDict(read(offset, size));
  const subrsAt = find(privateDict, OP.Subrs)?.operands[0];
  return { privateDict, subrs: subrsAt === undefined ? NO_SUBRS : subroutines(read, offset + subrsAt) };
}

function readFdSelect(read: CffReader, at: number, glyphs: number): (gid: number) => number {
  const format = read(at, 1)[0];
  if (format === 0) {
    const fds = read(at + 1, glyphs);
    return (gid) => fds[gid] as number;
  }
  if (format === 3) {
    const n = readOffset(read(at + 1, 2), 0, 2);
    const ranges = read(at + 3, n * 3 + 2);
    const firsts = Array.from({ length: n + 1 }, (_, k) => readOffset(ranges, k * 3, 2));
    return (gid) => {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((firsts[mid] as number) <= gid) lo = mid;
        else hi = mid - 1;
      }
      return ranges[lo * 3 + 2] as number;
    };
  }
  throw new CffUnsupported(`FDSelect format ${format}`);
}

/** Reads a CFF (version 1) table's structure through `read`. */
export function readCff(read: CffReader): CffSource {
  const header = read(0, 4);
  if (header[0] !== 1) throw new CffUnsupported(`CFF version ${header[0]}`);
  const names = readIndex(read, header[2] as number);
  const tops = readIndex(read, names.end);
  const stringIndex = readIndex(read, tops.end);
  const globalSubrs = subroutines(read, stringIndex.end);
  const top = parseDict(entry(read, tops, 0));
  const charStrings = readIndex(read, operand(top, OP.CharStrings, 0, "CharStrings"));
  const cid = find(top, OP.ROS) !== undefined;
  let fonts: FontDict[];
  let fdOf: (gid: number) => number;
  if (cid) {
    const fdArray = readIndex(read, operand(top, OP.FDArray, 0, "FDArray"));
    fonts = Array.from({ length: fdArray.count }, (_, k) => {
      const dict = parseDict(entry(read, fdArray, k));
      return { dict, ...readPrivate(read, dict) };
    });
    const select = find(top, OP.FDSelect);
    fdOf = select ? readFdSelect(read, operand(top, OP.FDSelect, 0, "FDSelect"), charStrings.count) : () => 0;
  } else {
    fonts = [{ dict: [], ...readPrivate(read, top) }];
    fdOf = () => 0;
  }
  return {
    read,
    name: entry(read, names, 0),
    top,
    strings: Array.from({ length: stringIndex.count }, (_, k) => entry(read, stringIndex, k)),
    charStrings,
    globalSubrs,
    fonts,
    fdOf,
  };
}
