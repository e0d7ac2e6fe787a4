/**
 * A subsetter for OpenType/CFF faces (the installed Noto CJK collections are
 * these) that reads only what the subset needs. fontkit's decodes the whole
 * CFF table (tens of thousands of charstring offsets and subroutines), parses
 * every used glyph's outline to learn which subroutines it calls, and writes
 * full-length subroutine INDEXes with a one-byte stub per unused entry.
 *
 * This one reads the table's structure (header, dictionaries, the offset
 * arrays) and then each used glyph's charstring, and writes it with its
 * subroutine calls replaced by the subroutines' bytes ("desubroutinised"):
 * the subset has no subroutines at all. The outlines are the same programs
 * without calls — same numbers, same operators, same hints — so a reader draws
 * them exactly as before. Like fontkit's, the subset is a CID-keyed CFF with
 * the registry Adobe-Identity-0 and CID n = glyph n, the Font DICTs of the
 * used FDs only, for pdfkit's CIDFontType0C.
 *
 * Anything outside what Type 2 charstrings use in practice (the arithmetic
 * and storage operators, `seac`-style accents, subroutine numbers that are not
 * pushed as literals) throws `CffUnsupported`; the caller then subsets with
 * fontkit from the whole file.
 */

/** Reads `length` bytes at `offset` from the start of the CFF table. */
export type CffReader = (offset: number, length: number) => Uint8Array;

export class CffUnsupported extends Error {}

// ── Reading ──────────────────────────────────────────────────────────────────

type Index = {
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

type Subrs = { count: number; get(i: number): Uint8Array };
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

/** One DICT entry: its operator (escaped ones as 1200 + second byte), operand values and their bytes. */
type DictEntry = { op: number; operands: number[]; raw: Uint8Array };

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
    } else if (b0 === 28) {
      operands.push(((((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)) << 16) >> 16);
      i += 3;
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
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push(b0 - 139);
      i++;
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push((b0 - 247) * 256 + (bytes[i + 1] as number) + 108);
      i += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push(-(b0 - 251) * 256 - (bytes[i + 1] as number) - 108);
      i += 2;
    } else throw new CffUnsupported(`DICT byte ${b0}`);
  }
  return entries;
}

const OP = {
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

type FontDict = { dict: DictEntry[]; privateDict: DictEntry[]; subrs: Subrs };

/** The parts of a CFF table a subset is made of. */
export type CffSource = {
  readonly read: CffReader;
  readonly name: Uint8Array;
  readonly top: DictEntry[];
  /** The String INDEX as it is in the file (copied whole: the DICTs' string ids stay valid). */
  readonly strings: { count: number; bytes: Uint8Array };
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
  const stringsAt = tops.end;
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
    strings: { count: stringIndex.count, bytes: read(stringsAt, stringIndex.end - stringsAt) },
    charStrings,
    globalSubrs,
    fonts,
    fdOf,
  };
}

// ── Charstrings without subroutines ──────────────────────────────────────────

const bias = (count: number) => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

/** Growable bytes. */
class Bytes {
  buf = new Uint8Array(256);
  length = 0;
  push(src: Uint8Array, from: number, to: number): void {
    const n = to - from;
    if (this.length + n > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = bigger;
    }
    this.buf.set(src.subarray(from, to), this.length);
    this.length += n;
  }
  take(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

// Type 2 operators.
const HSTEM = 1;
const VSTEM = 3;
const CALLSUBR = 10;
const RETURN = 11;
const ESCAPE = 12;
const ENDCHAR = 14;
const HSTEMHM = 18;
const HINTMASK = 19;
const CNTRMASK = 20;
const VSTEMHM = 23;
const CALLGSUBR = 29;
/** Path operators (and the flex family after the escape byte): they use and clear the operands. */
const PATH_OPS = new Set([4, 5, 6, 7, 8, 21, 22, 24, 25, 26, 27, 30, 31]);
const FLEX_OPS = new Set([34, 35, 36, 37]);
const MAX_DEPTH = 10; // Type 2's subroutine nesting limit

/** The value of the Type 2 number starting at `cs[i]` (undefined for a 16.16 fixed number: never a subroutine number). */
function numberAt(cs: Uint8Array, i: number): number | undefined {
  const b0 = cs[i] as number;
  if (b0 === 28) return ((((cs[i + 1] as number) << 8) | (cs[i + 2] as number)) << 16) >> 16;
  if (b0 <= 246) return b0 - 139;
  if (b0 <= 250) return (b0 - 247) * 256 + (cs[i + 1] as number) + 108;
  if (b0 <= 254) return -(b0 - 251) * 256 - (cs[i + 1] as number) - 108;
  return undefined;
}

/**
 * A glyph's charstring with every `callsubr`/`callgsubr` replaced by the
 * subroutine's bytes (its `return` dropped) and the subroutine number the call
 * took removed. Stems are counted as the charstring runs, for the length of
 * each `hintmask`'s mask. Bytes are copied a run at a time: only a call, a
 * `return` or `endchar` ends a run.
 */
export function flattenCharstring(glyph: Uint8Array, local: Subrs, global: Subrs): Uint8Array {
  const out = new Bytes();
  let nargs = 0;
  let stems = 0;
  // The last operand, if nothing but operands came after it: where it is (in its charstring and,
  // once copied, in the output) — a call's subroutine number.
  let lastCs: Uint8Array | undefined;
  let lastAt = 0;
  let lastOut = -1;
  const localBias = bias(local.count);
  const globalBias = bias(global.count);

  /** Runs `cs`; true once `endchar` is reached. */
  const run = (cs: Uint8Array, depth: number): boolean => {
    let i = 0;
    let from = 0; // cs[from, i) is still to be copied
    const copy = (to: number) => {
      if (to > from) out.push(cs, from, to);
      from = to;
    };
    while (i < cs.length) {
      const b0 = cs[i] as number;
      if (b0 >= 32 || b0 === 28) {
        const len = b0 === 28 ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
        if (i + len > cs.length) throw new CffUnsupported("charstring ends inside a number");
        lastCs = cs;
        lastAt = i;
        lastOut = out.length + (i - from);
        nargs++;
        i += len;
        continue;
      }
      if (b0 === CALLSUBR || b0 === CALLGSUBR) {
        const value = lastOut >= 0 && lastCs ? numberAt(lastCs, lastAt) : undefined;
        if (value === undefined || nargs === 0) throw new CffUnsupported("subroutine number not pushed as a literal");
        if (depth >= MAX_DEPTH) throw new CffUnsupported("subroutines nested too deep");
        copy(i);
        out.length = lastOut;
        lastOut = -1;
        nargs--;
        const subrs = b0 === CALLSUBR ? local : global;
        const n = value + (b0 === CALLSUBR ? localBias : globalBias);
        if (n < 0 || n >= subrs.count) throw new CffUnsupported(`subroutine ${n} of ${subrs.count}`);
        if (run(subrs.get(n), depth + 1)) return true;
        from = ++i;
        continue;
      }
      lastOut = -1;
      if (b0 === RETURN) {
        copy(i);
        return false;
      }
      if (b0 === ENDCHAR) {
        if (nargs >= 4) throw new CffUnsupported("endchar with accent operands (seac)");
        copy(i + 1);
        return true;
      }
      if (b0 === HSTEM || b0 === VSTEM || b0 === HSTEMHM || b0 === VSTEMHM) {
        stems += nargs >> 1;
        nargs = 0;
        i++;
        continue;
      }
      if (b0 === HINTMASK || b0 === CNTRMASK) {
        stems += nargs >> 1; // operands before the first mask are an implicit vstem
        nargs = 0;
        i += 1 + ((stems + 7) >> 3);
        if (i > cs.length) throw new CffUnsupported("hint mask past the end of its charstring");
        continue;
      }
      if (b0 === ESCAPE) {
        if (!FLEX_OPS.has(cs[i + 1] as number)) throw new CffUnsupported(`charstring operator 12 ${cs[i + 1]}`);
        nargs = 0;
        i += 2;
        continue;
      }
      if (!PATH_OPS.has(b0)) throw new CffUnsupported(`charstring operator ${b0}`);
      nargs = 0;
      i++;
    }
    copy(i);
    return false;
  };
  run(glyph, 0);
  return out.take();
}

/** Glyph `gid`'s charstring without subroutine calls. */
export function glyphCharstring(source: CffSource, gid: number): Uint8Array {
  const [start, end] = source.charStrings.span(gid);
  const font = source.fonts[source.fdOf(gid)];
  if (!font) throw new CffUnsupported(`glyph ${gid} has no Font DICT`);
  return flattenCharstring(source.read(start, end - start), font.subrs, source.globalSubrs);
}

// ── Writing ──────────────────────────────────────────────────────────────────

/** An INDEX of `items` with 4-byte offsets (or the 2-byte empty INDEX). */
function writeIndex(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return new Uint8Array(2);
  const dataLength = items.reduce((n, it) => n + it.length, 0);
  const out = new Uint8Array(3 + (items.length + 1) * 4 + dataLength);
  const view = new DataView(out.buffer);
  view.setUint16(0, items.length);
  out[2] = 4;
  let offset = 1;
  let at = 3 + (items.length + 1) * 4;
  items.forEach((it, k) => {
    view.setUint32(3 + k * 4, offset);
    out.set(it, at);
    at += it.length;
    offset += it.length;
  });
  view.setUint32(3 + items.length * 4, offset);
  return out;
}

/** A DICT integer operand in its 5-byte form, so a DICT's length does not depend on the offsets in it. */
function int32(v: number): number[] {
  return [29, (v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
}

function shortInt(v: number): number[] {
  return [28, (v >> 8) & 255, v & 255];
}

function opBytes(op: number): number[] {
  return op >= 1200 ? [12, op - 1200] : [op];
}

/** A DICT: `keep` entries copied as they are, then `set` entries with the given operand bytes. */
function writeDict(keep: readonly DictEntry[], set: ReadonlyArray<[number, number[]]>, first: ReadonlyArray<[number, number[]]> = []): Uint8Array {
  const parts: number[] = [];
  for (const [op, operands] of first) parts.push(...operands, ...opBytes(op));
  const bytes: Uint8Array[] = [Uint8Array.from(parts)];
  for (const e of keep) bytes.push(e.raw, Uint8Array.from(opBytes(e.op)));
  const tail: number[] = [];
  for (const [op, operands] of set) tail.push(...operands, ...opBytes(op));
  bytes.push(Uint8Array.from(tail));
  return concat(bytes);
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => Buffer.concat(parts);

/** The String INDEX with `added` strings after the font's own; their string ids (391 onwards after the standard strings). */
function withStrings(source: CffSource, added: readonly string[]): { index: Uint8Array; ids: number[] } {
  const own: Uint8Array[] = [];
  if (source.strings.count > 0) {
    const read: CffReader = (offset, length) => source.strings.bytes.subarray(offset, offset + length);
    const index = readIndex(read, 0);
    for (let k = 0; k < index.count; k++) own.push(entry(read, index, k));
  }
  const ids = added.map((_, k) => 391 + own.length + k);
  return { index: writeIndex([...own, ...added.map((s) => Uint8Array.from(Buffer.from(s, "latin1")))]), ids };
}

/** Operators of the Top DICT the subset writes itself (or drops). */
const TOP_REWRITTEN = new Set<number>([OP.ROS, OP.CharStrings, OP.charset, OP.Encoding, OP.Private, OP.FDArray, OP.FDSelect, OP.CIDCount, 13 /* UniqueID */, 14 /* XUID */]);

/**
 * The subset: glyphs `gids` (subset glyph k is source glyph gids[k]), as a
 * CID-keyed CFF. `charstring(gid)` gives a glyph's flattened charstring.
 */
export function writeCffSubset(source: CffSource, gids: readonly number[], charstring: (gid: number) => Uint8Array): Uint8Array {
  // The used FDs, in order of first use, and each subset glyph's.
  const fdIndex = new Map<number, number>();
  const fdOfGlyph = gids.map((gid) => {
    const fd = source.fdOf(gid);
    if (fd >= source.fonts.length) throw new CffUnsupported(`glyph ${gid} in FD ${fd} of ${source.fonts.length}`);
    let k = fdIndex.get(fd);
    if (k === undefined) fdIndex.set(fd, (k = fdIndex.size));
    return k;
  });
  const usedFds = [...fdIndex.keys()];
  const strings = withStrings(source, ["Adobe", "Identity"]);

  // charset: CIDs 1 … n−1 for glyphs 1 … n−1 (format 2, one range).
  const n = gids.length;
  const charset = n > 1 ? Uint8Array.from([2, 0, 1, ((n - 2) >> 8) & 255, (n - 2) & 255]) : Uint8Array.from([0]);
  // FDSelect, format 3: one range per run of glyphs in the same FD.
  const ranges: number[] = [];
  fdOfGlyph.forEach((fd, gid) => {
    if (gid === 0 || fd !== fdOfGlyph[gid - 1]) ranges.push((gid >> 8) & 255, gid & 255, fd);
  });
  const fdSelect = Uint8Array.from([3, ((ranges.length / 3) >> 8) & 255, (ranges.length / 3) & 255, ...ranges, (n >> 8) & 255, n & 255]);
  const charStrings = writeIndex(gids.map(charstring));
  const privates = usedFds.map((fd) => writeDict((source.fonts[fd] as FontDict).privateDict.filter((e) => e.op !== OP.Subrs), []));

  // Top DICT: its length is fixed (5-byte offsets), so lay out first and fill in after.
  const top = (charsetAt: number, fdSelectAt: number, charStringsAt: number, fdArrayAt: number) =>
    writeDict(
      source.top.filter((e) => !TOP_REWRITTEN.has(e.op)),
      [
        [OP.CIDCount, int32(n)],
        [OP.charset, int32(charsetAt)],
        [OP.FDSelect, int32(fdSelectAt)],
        [OP.CharStrings, int32(charStringsAt)],
        [OP.FDArray, int32(fdArrayAt)],
      ],
      [[OP.ROS, [...shortInt(strings.ids[0] as number), ...shortInt(strings.ids[1] as number), 139]]],
    );
  const header = Uint8Array.from([1, 0, 4, 4]);
  const nameIndex = writeIndex([source.name]);
  const topLength = writeIndex([top(0, 0, 0, 0)]).length;
  const charsetAt = header.length + nameIndex.length + topLength + strings.index.length + 2;
  const fdSelectAt = charsetAt + charset.length;
  const charStringsAt = fdSelectAt + fdSelect.length;
  let privateAt = charStringsAt + charStrings.length;
  const fontDicts = usedFds.map((fd, k) => {
    const p = privates[k] as Uint8Array;
    const dict = writeDict(
      (source.fonts[fd] as FontDict).dict.filter((e) => e.op !== OP.Private),
      [[OP.Private, [...int32(p.length), ...int32(privateAt)]]],
    );
    privateAt += p.length;
    return dict;
  });
  const fdArrayAt = privateAt;
  return concat([
    header,
    nameIndex,
    writeIndex([top(charsetAt, fdSelectAt, charStringsAt, fdArrayAt)]),
    strings.index,
    new Uint8Array(2), // no global subroutines
    charset,
    fdSelect,
    charStrings,
    ...privates,
    writeIndex(fontDicts),
  ]);
}
