// The speed-ups must not change what is written: font subsets copied from loca
// offsets equal fontkit's own, a font read without outlines keeps every other
// table, and cached DOCX scaffolds and zip entry times give the same bytes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { useFastSubset } from "../src/fonts/fast-subset.js";
import { BUILTIN_FACES } from "../src/fonts/font-files.js";
import { openSparse } from "../src/fonts/sparse-font.js";
import { useLazyTables } from "../src/fonts/lazy-tables.js";
import { fontTables } from "../src/fonts/font-tables.js";
import { woffToSfnt } from "../src/fonts/woff.js";
import { writeFileSync } from "node:fs";
import { cli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

type Subset = { includeGlyph(g: number): number; encode(): Uint8Array };
type Face = { glyphForCodePoint(cp: number): { id: number }; createSubset(): Subset };

// ¨ ´ ˊ − ∕ are composite glyphs in LXGW WenKai (components are renumbered in the subset).
const TEXT = "网络舆情应对及处置方案（一）、。“引号”ÀéÜñ©Å fi ffl 0123 ABC xyz —…¨´ˊ−∕";

function subsetBytes(face: Face): Uint8Array {
  const subset = face.createSubset();
  for (const ch of TEXT) subset.includeGlyph(face.glyphForCodePoint(ch.codePointAt(0) as number).id);
  return subset.encode();
}

function tables(bytes: Buffer): Map<string, Buffer> {
  const n = bytes.readUInt16BE(4);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < n; i++) {
    const o = 12 + i * 16;
    out.set(bytes.toString("latin1", o, o + 4), bytes.subarray(bytes.readUInt32BE(o + 8), bytes.readUInt32BE(o + 8) + bytes.readUInt32BE(o + 12)));
  }
  return out;
}

describe("font fast paths", () => {
  const kaiTtf = () => {
    const file = join(tempDir("planwright-kai-"), "kai.ttf");
    writeFileSync(file, woffToSfnt(readFileSync(BUILTIN_FACES.kai())));
    return file;
  };
  for (const [key, path] of [["serif", () => BUILTIN_FACES.serif()], ["serifBold", () => BUILTIN_FACES.serifBold()], ["kai", kaiTtf]] as const) {
    it(`${key}: a subset copied from loca offsets equals fontkit's own, composites included`, () => {
      const file = path();
      const whole = readFileSync(file);
      const reference = subsetBytes(fontkit.create(whole) as unknown as Face);
      const fast = fontkit.create(whole) as unknown as fontkit.Font;
      expect(useFastSubset(fast)).toBe(true);
      expect(Buffer.compare(Buffer.from(subsetBytes(fast as unknown as Face)), Buffer.from(reference))).toBe(0);

      // As planwright loads fonts: table headers only, outlines not read.
      const sparse = openSparse(file);
      expect(sparse).toBeDefined();
      const light = fontkit.create(sparse!.bytes) as unknown as fontkit.Font;
      useLazyTables(light);
      expect(useFastSubset(light, sparse!.readOutline)).toBe(true);
      expect(Buffer.compare(Buffer.from(subsetBytes(light as unknown as Face)), Buffer.from(reference))).toBe(0);
    });
  }

  it("lazy post and loca tables answer like fontkit's decoded ones", () => {
    for (const file of [BUILTIN_FACES.serif(), kaiTtf()]) {
      const bytes = readFileSync(file);
      const full = fontkit.create(bytes) as unknown as Record<string, Record<string, unknown>>;
      const lazy = fontkit.create(bytes) as unknown as Record<string, Record<string, unknown>>;
      useLazyTables(lazy as unknown as fontkit.Font);
      for (const key of ["version", "italicAngle", "underlinePosition", "underlineThickness", "isFixedPitch"]) {
        expect(lazy.post![key], `${file} post.${key}`).toEqual(full.post![key]);
      }
      expect((lazy as unknown as { italicAngle: number }).italicAngle).toBe((full as unknown as { italicAngle: number }).italicAngle);
      expect(lazy.loca!.version).toBe(full.loca!.version);
      const lazyOffsets = lazy.loca!.offsets as number[];
      const fullOffsets = full.loca!.offsets as number[];
      expect(lazyOffsets.length).toBe(fullOffsets.length);
      expect(lazyOffsets.slice(0, 50)).toEqual(fullOffsets.slice(0, 50));
      for (let i = 0; i < fullOffsets.length; i += 997) expect(lazyOffsets[i], `loca[${i}]`).toBe(fullOffsets[i]);
      expect(lazyOffsets[fullOffsets.length - 1]).toBe(fullOffsets[fullOffsets.length - 1]);
      expect((lazy.post!.names as unknown[] | undefined)?.length).toBe((full.post!.names as unknown[] | undefined)?.length);
    }
  });

  it("a font read without outlines has every other table as in the file, and glyf left as zeros", () => {
    const file = BUILTIN_FACES.serif();
    const whole = tables(readFileSync(file));
    const sparse = openSparse(file)!;
    const light = tables(sparse.bytes);
    for (const [tag, data] of whole) {
      if (tag === "glyf") {
        expect(light.get(tag)!.every((b) => b === 0)).toBe(true);
        expect(Buffer.compare(sparse.readOutline(1000, 500), data.subarray(1000, 1500))).toBe(0);
      } else expect(Buffer.compare(light.get(tag)!, data), tag).toBe(0);
    }
  });
});

describe("DOCX packaging", () => {
  it("gives the same bytes with the scaffold compiled or read from the cache, in any time zone", () => {
    const cache = tempDir("planwright-cache-");
    const outs = ["a", "b", "c"].map((n) => tempDir(`planwright-pack-${n}-`));
    const env = (tz: string) => ({ PLANWRIGHT_CACHE: cache, TZ: tz });
    expect(cli(["build", "data/examples/crisis-comms.yaml", "--out", outs[0]!, "--format", "docx", "-q"], { env: env("UTC") }).code).toBe(0);
    expect(readdirSync(cache).some((f) => /^docx-.*\.json$/.test(f))).toBe(true);
    expect(cli(["build", "data/examples/crisis-comms.yaml", "--out", outs[1]!, "--format", "docx", "-q"], { env: env("UTC") }).code).toBe(0);
    expect(cli(["build", "data/examples/crisis-comms.yaml", "--out", outs[2]!, "--format", "docx", "-q"], { env: env("America/Los_Angeles") }).code).toBe(0);
    const docs = readdirSync(join(outs[0]!, "northbridge")).filter((f) => f.endsWith(".docx"));
    expect(docs.length).toBe(4);
    for (const d of docs) {
      const first = readFileSync(join(outs[0]!, "northbridge", d));
      for (const o of outs.slice(1)) expect(Buffer.compare(readFileSync(join(o, "northbridge", d)), first), `${o} ${d}`).toBe(0);
      // Local file headers carry the DOS date 1980-01-01 00:00.
      expect(first.readUInt32LE(0)).toBe(0x04034b50);
      expect(first.readUInt16LE(12)).toBe((0 << 9) | (1 << 5) | 1);
    }
  });
});

describe("font tables read directly", () => {
  it("give the glyph ids and metrics fontkit gives, for every mapped character and some unmapped ones", () => {
    const kai = join(tempDir("planwright-kai-"), "kai.ttf");
    writeFileSync(kai, woffToSfnt(readFileSync(BUILTIN_FACES.kai())));
    // The built-in faces map characters with format 12; hiding those subtables leaves format 4.
    const format4 = Buffer.from(readFileSync(BUILTIN_FACES.serif()));
    const cmapAt = tables(format4).get("cmap")!.byteOffset - format4.byteOffset;
    for (let i = 0; i < format4.readUInt16BE(cmapAt + 2); i++) {
      const r = cmapAt + 4 + i * 8;
      const pair = `${format4.readUInt16BE(r)}/${format4.readUInt16BE(r + 2)}`;
      if (pair === "3/10" || pair === "0/4" || pair === "0/6") format4.writeUInt16BE(9, r);
    }
    const hidden = join(tempDir("planwright-fmt4-"), "format4.ttf");
    writeFileSync(hidden, format4);
    for (const file of [BUILTIN_FACES.serif(), BUILTIN_FACES.serifBold(), kai, hidden]) {
      const font = fontkit.create(readFileSync(file)) as unknown as fontkit.Font & {
        characterSet: number[];
        numGlyphs: number;
        hmtx: { metrics: { length: number; get(i: number): { advance: number; bearing: number } }; bearings: { get(i: number): number } };
      };
      const t = fontTables(font);
      expect((t.glyphId as unknown) && t.metrics, file).toBeTruthy();
      const probes = [...font.characterSet, 0x10ffff, 0xe000, 0x1f600, 0x3400, 0x20, 0xfffd, 0xffff];
      for (const cp of probes) expect(t.glyphId!(cp), `${file} U+${cp.toString(16)}`).toBe(font.glyphForCodePoint(cp).id);
      const n = font.hmtx.metrics.length;
      for (let gid = 0; gid < font.numGlyphs; gid += 97) {
        const m = gid < n ? font.hmtx.metrics.get(gid) : { advance: font.hmtx.metrics.get(n - 1).advance, bearing: font.hmtx.bearings.get(gid - n) ?? 0 };
        expect(t.metrics!(gid), `${file} glyph ${gid}`).toEqual({ advance: m.advance, bearing: m.bearing });
      }
    }
  });
});

describe("start-up bundle", () => {
  it("is pure ASCII (bin/ reads it as latin1) and has a trained code cache for this Node", () => {
    const meta = JSON.parse(readFileSync("dist/bundle.json", "utf8")) as { file: string; sha256: string };
    const bytes = readFileSync(join("dist", meta.file));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(readdirSync("dist")).toContain(`planwright-${process.version}-${process.arch}.codecache`);
  });
});
