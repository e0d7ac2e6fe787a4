// The OpenType/CFF subsetter (src/fonts/cff-read.ts, cff-charstrings.ts, cff-write.ts, sparse-cff.ts): a subset's glyphs draw the
// same outlines as the font's own, whatever subroutines, hints, Font DICTs and INDEX forms the font
// uses. Fonts are generated (fast-check), fontkit draws both sides; the installed Noto CJK faces,
// where present, are checked too.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { flattenCharstring, glyphCharstring } from "../src/fonts/cff-charstrings.js";
import { CffUnsupported, readCff } from "../src/fonts/cff-read.js";
import { writeCffSubset } from "../src/fonts/cff-write.js";
import { loadFont } from "../src/fonts/font-cache.js";
import { useSparseCff } from "../src/fonts/sparse-cff.js";
import { openSparse } from "../src/fonts/sparse-font.js";
import { buildCff, wrapCff, type CffFontSpec } from "./helpers/cff-font.js";
import { tempDir } from "./helpers/temp.js";

type Glyph = { path: { commands: Array<{ command: string; args: number[] }> } };
type CffFace = { getGlyph(id: number): Glyph; numGlyphs: number; createSubset(): { includeGlyph(g: number): number; encode(): Uint8Array; cff?: unknown } };

// ── Generated charstrings ───────────────────────────────────────────────────

/** A token of a charstring: bytes, or a call of a subroutine (its number is known once all are placed). */
type Call = { subr: Subr; global: boolean };
type Token = Uint8Array | Call;
type Subr = { body: Token[]; index?: number };

/** A number in one of Type 2's encodings (the `form` picks among those that fit). */
function num(v: number, form: number): Uint8Array {
  if (form === 3) {
    const f = Math.round(v * 65536) | 0;
    return Uint8Array.from([255, (f >>> 24) & 255, (f >>> 16) & 255, (f >>> 8) & 255, f & 255]);
  }
  if (form === 2 || v < -1131 || v > 1131) return Uint8Array.from([28, (v >> 8) & 255, v & 255]);
  if (v >= -107 && v <= 107) return Uint8Array.from([v + 139]);
  if (v > 0) return Uint8Array.from([247 + ((v - 108) >> 8), (v - 108) & 255]);
  return Uint8Array.from([251 + ((-v - 108) >> 8), (-v - 108) & 255]);
}

const arbNum = fc.tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 0, max: 3 })).map(([v, form]) => num(v, form));
const nums = (n: number) => fc.array(arbNum, { minLength: n, maxLength: n });

/** A glyph's program: optional width, stem hints, masks, a move and path segments, endchar. */
const arbProgram = fc
  .record({
    width: fc.option(arbNum, { nil: undefined }),
    h: fc.integer({ min: 0, max: 6 }),
    v: fc.integer({ min: 0, max: 6 }),
    implicit: fc.integer({ min: 0, max: 3 }),
    segments: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 10 }),
    values: fc.array(arbNum, { minLength: 200, maxLength: 200 }),
    // Mask bytes that read as operators (callsubr, return, endchar, hintmask, callgsubr) when a mask is miscounted.
    masks: fc.array(fc.constantFrom(10, 11, 14, 19, 29, 0, 255, 139), { minLength: 8, maxLength: 8 }),
  })
  .map(({ width, h, v, implicit, segments, values, masks }) => {
    let k = 0;
    const take = (n: number) => Array.from({ length: n }, () => values[k++ % values.length] as Uint8Array);
    const t: Token[] = [];
    const op = (...b: number[]) => t.push(Uint8Array.from(b));
    let stems = 0;
    const mask = (o: number) => t.push(Uint8Array.from([o, ...masks.slice(0, (stems + 7) >> 3)]));
    if (width) t.push(width);
    if (h > 0) (t.push(...take(2 * h)), op(18), (stems += h));
    if (v > 0) (t.push(...take(2 * v)), op(23), (stems += v));
    if (implicit > 0 && stems > 0) {
      t.push(...take(2 * implicit)); // operands of an implicit vstem before the first mask
      stems += implicit;
      mask(19);
    }
    t.push(...take(2));
    op(21);
    for (const s of segments) {
      if (s === 0) (t.push(...take(2)), op(5));
      else if (s === 1) (t.push(...take(6)), op(8));
      else if (s === 2) (t.push(...take(1)), op(6));
      else if (s === 3 && stems > 0) mask(19);
      else if (s === 4 && stems > 0) mask(20);
      else (t.push(...take(13)), op(12, 35)); // flex
    }
    op(14);
    return t;
  });

/**
 * Moves random runs of tokens into subroutines (local or global), to `depth`
 * levels: a run that holds the final endchar ends its subroutine there.
 */
function outline(tokens: Token[], cuts: number[], depth: number, locals: Subr[], globals: Subr[]): Token[] {
  if (depth === 0 || tokens.length < 2 || cuts.length < 3) return tokens;
  const [a0, b0, g, ...rest] = cuts as [number, number, number, ...number[]];
  const a = a0 % tokens.length;
  const b = a + 1 + (b0 % (tokens.length - a));
  const body = outline(tokens.slice(a, b), rest, depth - 1, locals, globals);
  const endsGlyph = b === tokens.length;
  const subr: Subr = { body: endsGlyph ? body : [...body, Uint8Array.from([11])] };
  const global = g % 2 === 0;
  (global ? globals : locals).push(subr);
  const after = outline(tokens.slice(b), rest.slice(3), depth, locals, globals);
  return [...tokens.slice(0, a), { subr, global }, ...after];
}

const bias = (count: number) => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

function serialise(tokens: Token[], localCount: number, globalCount: number): Uint8Array {
  const parts = tokens.map((t) => {
    if (t instanceof Uint8Array) return t;
    const n = (t.subr.index as number) - bias(t.global ? globalCount : localCount);
    // The number in its shortest form (1 or 2 bytes, or 3 past ±1131) for every other subroutine, in the 3-byte one for the rest.
    return Uint8Array.from([...num(n, (t.subr.index as number) % 2 === 0 ? 0 : 2), t.global ? 29 : 10]);
  });
  return Buffer.concat(parts);
}

/** A font from generated programs, subroutinised, with `pad` unused subroutines before the used ones. */
const arbFont = fc
  .record({
    programs: fc.array(arbProgram, { minLength: 1, maxLength: 12 }),
    cuts: fc.array(fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), { minLength: 12, maxLength: 12 }),
    fdCount: fc.integer({ min: 1, max: 3 }),
    fdPick: fc.array(fc.nat(), { minLength: 13, maxLength: 13 }),
    cid: fc.boolean(),
    fdSelectFormat: fc.constantFrom(0 as const, 3 as const),
    offSize: fc.constantFrom(3 as const, 4 as const),
    // Unused subroutines before the used ones, so that counts fall on each side of the bias steps.
    pad: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1225, max: 1240 }), weight: 2 }, { arbitrary: fc.integer({ min: 33885, max: 33900 }), weight: 1 }),
    depth: fc.integer({ min: 0, max: 3 }),
    // The used subroutines before the unused ones: their biased numbers are then negative (−1131 … −108 take two bytes).
    usedFirst: fc.boolean(),
  })
  .map(({ programs, cuts, fdCount, fdPick, cid, fdSelectFormat, offSize, pad, depth, usedFirst }) => {
    const fds = cid ? fdCount : 1;
    const notdef: Token[] = [Uint8Array.from([14])];
    const all = [notdef, ...programs];
    const fdOf = all.map((_, g) => (fdPick[g] as number) % fds);
    const locals: Subr[][] = Array.from({ length: fds }, () => []);
    const globals: Subr[] = [];
    const outlined = all.map((p, g) => outline(p, cuts[g % cuts.length] as number[], depth, locals[fdOf[g] as number] as Subr[], globals));
    const filler = Uint8Array.from([11]);
    const place = (subrs: Subr[]) => subrs.forEach((s, k) => (s.index = usedFirst ? k : pad + k));
    place(globals);
    locals.forEach(place);
    const fillers = Array.from({ length: pad }, () => filler);
    /** A subroutine INDEX: the used subroutines and the fillers, in the order their numbers say. */
    const inOrder = (used: Uint8Array[]) => (usedFirst ? [...used, ...fillers] : [...fillers, ...used]);
    const globalCount = globals.length + pad;
    /** The local subroutine count a glyph's calls are biased by. */
    const localCount = (g: number) => (locals[fdOf[g] as number] as Subr[]).length + pad;
    const spec: CffFontSpec = {
      charstrings: outlined.map((t, g) => serialise(t, localCount(g), globalCount)),
      // A global subroutine runs with the calling glyph's local subroutines: these are each called from one glyph.
      globalSubrs: globals.length > 0 ? inOrder(globals.map((s) => serialise(s.body, localCountOf(s), globalCount))) : [],
      fds: locals.map((l) => ({ subrs: l.length > 0 ? inOrder(l.map((s) => serialise(s.body, l.length + pad, globalCount))) : [] })),
      fdOf,
      cid,
      fdSelectFormat,
      offSize,
    };
    function localCountOf(s: Subr): number {
      const g = outlined.findIndex((t) => calls(t, s));
      return g < 0 ? 0 : localCount(g);
    }
    return { spec, glyphs: all.length };
  });

/** Whether `tokens` call `s`, directly or through other subroutines. */
function calls(tokens: Token[], s: Subr): boolean {
  return tokens.some((t) => !(t instanceof Uint8Array) && (t.subr === s || calls(t.subr.body, s)));
}

// ── Drawing both sides ───────────────────────────────────────────────────────

const commands = (g: Glyph) => g.path.commands.map((c) => `${c.command} ${c.args.map((a) => Math.round(a * 1000) / 1000).join(" ")}`);

function openCff(bytes: Buffer): CffFace {
  return fontkit.create(bytes) as unknown as CffFace;
}

/** The font read sparsely with planwright's subsetter, as loadFont does. */
function sparseFace(dir: string, name: string, font: Buffer): CffFace {
  const file = join(dir, name);
  writeFileSync(file, font);
  const sparse = openSparse(file);
  expect(sparse?.outlines).toBe("CFF ");
  const face = openCff(sparse!.bytes);
  expect(useSparseCff(face as never, sparse!)).toBe(true);
  return face;
}

/** Checks that glyph k of the subset `bytes` draws like source glyph order[k]. */
function expectDrawnAlike(source: CffFace, bytes: Uint8Array, order: readonly number[]): void {
  const drawn = openCff(wrapCff(bytes, order.length));
  order.forEach((gid, k) => expect(commands(drawn.getGlyph(k)), `glyph ${gid}`).toEqual(commands(source.getGlyph(gid))));
}

/** Subsets `gids` as pdfkit does (createSubset, includeGlyph, encode) and checks the outlines. */
function expectSameOutlines(source: CffFace, subsetOf: CffFace, gids: readonly number[]): void {
  const subset = subsetOf.createSubset();
  expect(subset.cff).toBeTruthy();
  const order = [0];
  for (const g of gids) if (subset.includeGlyph(g) === order.length) order.push(g);
  expectDrawnAlike(source, subset.encode(), order);
}

describe("CFF subsets", () => {
  it("draw every glyph as the font does, for generated fonts (subroutines, hint masks, FDs, INDEX forms)", () => {
    const dir = tempDir("planwright-cff-");
    let n = 0;
    fc.assert(
      fc.property(arbFont, fc.array(fc.nat(), { maxLength: 20 }), ({ spec, glyphs }, picks) => {
        const cff = buildCff(spec);
        const font = wrapCff(cff, glyphs);
        const source = openCff(font);
        const gids = picks.map((p) => p % glyphs);
        // Made directly (no fallback to fontkit: every generated font is one the subsetter takes) …
        const read = (offset: number, length: number) => cff.subarray(offset, offset + length);
        const parsed = readCff(read);
        const order = [...new Set([0, ...gids])];
        expectDrawnAlike(source, writeCffSubset(parsed, order, (gid) => glyphCharstring(parsed, gid)), order);
        // … and through the sparse face pdfkit embeds.
        expectSameOutlines(source, sparseFace(dir, `f${n++}.otf`, font), gids.length > 0 ? gids : [glyphs - 1]);
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });

  it("keeps hint masks whole when the stems are declared in a subroutine", () => {
    // hstemhm in a global subroutine, then a 2-byte mask (9 stems) in the glyph.
    const stems = Uint8Array.from([...Array.from({ length: 18 }, (_, k) => 139 + k), 18, 11]);
    const glyph = Uint8Array.from([139 - 107, 29, 19, 0xff, 0x80, 139, 139, 21, 149, 149, 5, 14]);
    const flat = flattenCharstring(glyph, { count: 0, get: () => new Uint8Array(0) }, { count: 1, get: () => stems });
    expect([...flat]).toEqual([...stems.subarray(0, 19), 19, 0xff, 0x80, 139, 139, 21, 149, 149, 5, 14]);
  });

  it("refuses what it does not inline (arithmetic operators, computed subroutine numbers, accents), and the face falls back to fontkit", () => {
    const add = Uint8Array.from([139, 139, 12, 10, 139, 139, 21, 14]); // `add`
    expect(() => flattenCharstring(add, { count: 0, get: () => new Uint8Array(0) }, { count: 0, get: () => new Uint8Array(0) })).toThrow(CffUnsupported);
    const computed = Uint8Array.from([139, 21, 139, 29, 14]); // a call after an operator, no number pushed
    expect(() => flattenCharstring(computed, { count: 0, get: () => new Uint8Array(0) }, { count: 1, get: () => Uint8Array.from([11]) })).toThrow(CffUnsupported);
    const spec: CffFontSpec = {
      // endchar with an accent's four operands (seac): fontkit copies the charstring as it is.
      charstrings: [Uint8Array.from([14]), Uint8Array.from([139, 149, 21, 159, 159, 5, 139, 139, 140, 141, 14])],
      globalSubrs: [],
      fds: [{ subrs: [] }],
      fdOf: [0, 0],
      cid: true,
    };
    const font = wrapCff(buildCff(spec), 2);
    expectSameOutlines(openCff(font), sparseFace(tempDir("planwright-cff-"), "add.otf", font), [1]);
  });

  it("chooses the subsetter per subset: a document's bytes do not depend on what another document of the process used", () => {
    const spec: CffFontSpec = {
      charstrings: [Uint8Array.from([14]), Uint8Array.from([139, 149, 21, 139, 139, 140, 141, 14]), Uint8Array.from([139, 149, 21, 159, 159, 5, 14])],
      globalSubrs: [],
      fds: [{ subrs: [] }],
      fdOf: [0, 0, 0],
      cid: true,
    };
    const font = wrapCff(buildCff(spec), 3);
    const dir = tempDir("planwright-cff-");
    const bytesOf = (face: CffFace, gids: number[]) => {
      const subset = face.createSubset();
      for (const g of gids) subset.includeGlyph(g);
      return Buffer.from(subset.encode());
    };
    const alone = bytesOf(sparseFace(dir, "alone.otf", font), [2]);
    const shared = sparseFace(dir, "shared.otf", font);
    bytesOf(shared, [1, 2]); // glyph 1 (seac) is subset by fontkit
    expect(bytesOf(shared, [2]).equals(alone)).toBe(true);
  });
});

// The faces most users with fonts-noto-cjk installed get (OpenType/CFF collections of 65 535 glyphs).
const NOTO_SERIF_CJK = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
const notoFaces = existsSync(NOTO_SERIF_CJK) ? [`${NOTO_SERIF_CJK}#2`] : [];
if (notoFaces.length === 0) process.stderr.write(`cff-subset.test: ${NOTO_SERIF_CJK} is not installed (fonts-noto-cjk): the installed-face check is skipped\n`);

describe.skipIf(notoFaces.length === 0)("CFF subsets of the installed Noto Serif CJK", () => {
  it("draw 1,500 glyphs across its Font DICTs as the whole font does", () => {
    const loaded = loadFont(notoFaces[0] as string);
    const whole = (fontkit.create(readFileSync(NOTO_SERIF_CJK)) as unknown as { fonts: CffFace[] }).fonts[2] as CffFace;
    const gids = Array.from({ length: 1500 }, (_, k) => (k * 43.7) | 0).filter((g) => g < whole.numGlyphs);
    expectSameOutlines(whole, loaded.font as unknown as CffFace, gids);
  });
});
