import { CffUnsupported, OP, type CffSource, type DictEntry, type FontDict } from "./cff-read.js";

/**
 * Writing a CFF subset for pdfkit's CIDFontType0C: like fontkit's, a
 * CID-keyed CFF with the registry Adobe-Identity-0 and CID n = glyph n, the
 * Font DICTs of the used FDs only — and, unlike fontkit's (full-length
 * subroutine INDEXes with a stub per unused entry), no subroutines at all: the
 * charstrings come without calls (cff-charstrings.ts).
 */

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

/** DICT entries written from their operand bytes. */
const entries = (list: ReadonlyArray<[number, number[]]>) => Uint8Array.from(list.flatMap(([op, operands]) => [...operands, ...opBytes(op)]));

/** A DICT: `first` entries, then `keep` entries copied as they are, then `set` entries with the given operand bytes. */
function writeDict(keep: readonly DictEntry[], set: ReadonlyArray<[number, number[]]>, first: ReadonlyArray<[number, number[]]> = []): Uint8Array {
  return concat([entries(first), ...keep.flatMap((e) => [e.raw, Uint8Array.from(opBytes(e.op))]), entries(set)]);
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => Buffer.concat(parts);

/** The String INDEX with `added` strings after the font's own; their string ids (391 onwards after the standard strings). */
function withStrings(source: CffSource, added: readonly string[]): { index: Uint8Array; ids: number[] } {
  const ids = added.map((_, k) => 391 + source.strings.length + k);
  return { index: writeIndex([...source.strings, ...added.map((s) => Uint8Array.from(Buffer.from(s, "latin1")))]), ids };
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
