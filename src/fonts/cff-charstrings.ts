import { CffUnsupported, integerAt, type CffSource, type Subrs } from "./cff-read.js";

/**
 * Type 2 charstrings without subroutines: a glyph's program with every call
 * replaced by the subroutine's bytes ("desubroutinised"). The outline is the
 * same program without calls — same numbers, same operators, same hints — so a
 * reader draws it exactly as before. Anything outside what charstrings use in
 * practice (the arithmetic and storage operators, `seac`-style accents,
 * subroutine numbers not pushed as literals) throws `CffUnsupported`.
 */

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
        // A 16.16 fixed number (255) is never a subroutine number.
        const value = lastOut >= 0 && lastCs ? integerAt(lastCs, lastAt)?.value : undefined;
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
