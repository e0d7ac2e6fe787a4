import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinFace } from "../src/fonts/font-files.js";
import { faceNames } from "../src/fonts/font-names.js";
import { woffToSfnt } from "../src/fonts/woff.js";
import { cli } from "./helpers/cli.js";
import { renameFont } from "./helpers/rename-font.js";
import { headingAndBodyFonts } from "./helpers/faces.js";
import { tempDir } from "./helpers/temp.js";

// Stand-ins for an office's installed typefaces: bundled fonts renamed 仿宋_GB2312 and SimHei,
// in a folder given by PLANWRIGHT_FONT_DIRS; PLANWRIGHT_SYSTEM_FONTS=dirs searches only there,
// so the machine's own fonts (fonts-noto-cjk here) do not change what the tests see.
let dir: string;
let fontDir: string;
let freeDir: string;
const env = (fonts = fontDir) => ({ PLANWRIGHT_SYSTEM_FONTS: "dirs", PLANWRIGHT_FONT_DIRS: fonts, PLANWRIGHT_CACHE: join(dir, "cache") });
const sfnt = (face: Parameters<typeof builtinFace>[0]) => woffToSfnt(readFileSync(builtinFace(face).file));

beforeAll(() => {
  dir = tempDir("planwright-fonts-");
  fontDir = join(dir, "fonts");
  mkdirSync(fontDir);
  writeFileSync(join(fontDir, "fangsong.ttf"), renameFont(sfnt("kai"), "仿宋_GB2312", "PwTestFangSong"));
  writeFileSync(join(fontDir, "simhei.ttf"), renameFont(sfnt("kaiBold"), "SimHei", "PwTestSimHei"));
  // Free families of the classes, as fonts-noto-cjk or Source Han installs them: a sans in two
  // weights, a serif in two weights — no office typeface at all.
  freeDir = join(dir, "free");
  mkdirSync(freeDir);
  writeFileSync(join(freeDir, "sans-regular.ttf"), renameFont(sfnt("hei"), "Source Han Sans SC", "PwSansRegular"));
  writeFileSync(join(freeDir, "sans-bold.ttf"), renameFont(sfnt("hei"), "Source Han Sans SC", "PwSansBold", "Bold"));
  writeFileSync(join(freeDir, "serif-regular.ttf"), renameFont(sfnt("song"), "Source Han Serif SC", "PwSerifRegular"));
  writeFileSync(join(freeDir, "serif-heavy.ttf"), renameFont(sfnt("songHeavy"), "Source Han Serif SC", "PwSerifHeavy", "Heavy"));
});

function pdfFonts(pdf: Buffer): string[] {
  return [...pdf.toString("latin1").matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1] as string);
}

describe("typefaces: the office's own, else a free face of the class, else the bundled ones", () => {
  it("reads family names from a font's name table", () => {
    const [face] = faceNames(join(fontDir, "fangsong.ttf"));
    expect(face?.families).toContain("仿宋_GB2312");
    expect(face?.style).toBe("Regular");
    expect(faceNames(join(dir, "nothing.ttf"))).toEqual([]);
  });

  it("`planwright fonts` lists, per style, the installed face matched by family name, the file and why", () => {
    const r = cli(["fonts"], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const zh = r.stdout.split("English documents")[0] ?? "";
    const block = (role: string) => zh.split(/\n  (?=\w)/).find((b) => b.startsWith(role)) ?? "";
    expect(block("body")).toContain("仿宋_GB2312 (installed)");
    expect(block("body")).toContain(join(fontDir, "fangsong.ttf"));
    expect(block("body")).toContain("the office's typeface: family “仿宋_GB2312”");
    expect(block("heading")).toContain("SimHei (installed)");
    // No 方正小标宋简体 and no free serif here: the bundled heavy serif, and the names that were looked for.
    expect(block("title")).toContain("Noto Serif SC Black (bundled)");
    expect(block("title")).toContain("no installed face of the family “方正小标宋简体”");
    expect(block("title")).toContain("“Noto Serif CJK SC”");
  });

  it("sets the PDF in them, says so in the build summary, and gives the same bytes each time", () => {
    const out = join(dir, "out");
    const a = cli(["build", "data/examples/university.yaml", "--out", out, "--only", "plan", "--format", "pdf"], { env: env() });
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toContain("typefaces for zh-CN on this machine: body 仿宋_GB2312 (installed)");
    expect(a.stderr).toContain("heading SimHei (installed)");
    const pdf = readFileSync(join(out, "shiep", "plan.pdf"));
    expect(pdfFonts(pdf)).toContain("PwTestFangSong");
    expect(pdfFonts(pdf)).toContain("PwTestSimHei");
    const b = cli(["build", "data/examples/university.yaml", "--out", join(dir, "out2"), "--only", "plan", "--format", "pdf"], { env: env() });
    expect(b.code, b.stderr).toBe(0);
    expect(readFileSync(join(dir, "out2", "shiep", "plan.pdf")).equals(pdf)).toBe(true);
  });

  it("without the office's faces, takes installed free families by class: a sans for 黑体, the heaviest serif for the title", async () => {
    const r = cli(["fonts"], { env: env(freeDir) });
    expect(r.code, r.stderr).toBe(0);
    const zh = r.stdout.split("English documents")[0] ?? "";
    const block = (role: string) => zh.split(/\n  (?=\w)/).find((b) => b.startsWith(role)) ?? "";
    expect(block("heading")).toContain(join(freeDir, "sans-regular.ttf"));
    expect(block("heading")).toContain("a free face of its class: family “Source Han Sans SC”");
    expect(block("title")).toContain(join(freeDir, "serif-heavy.ttf"));
    expect(block("body")).toContain(join(freeDir, "serif-regular.ttf"));
    expect(block("kai")).toContain("LXGW WenKai Regular (bundled)");
    const out = join(dir, "out-free");
    const b = cli(["build", "data/examples/university.yaml", "--out", out, "--only", "plan", "--format", "pdf"], { env: env(freeDir) });
    expect(b.code, b.stderr).toBe(0);
    const faces = await headingAndBodyFonts(readFileSync(join(out, "shiep", "plan.pdf")));
    expect(faces.heading).toMatch(/PwSansRegular/);
    expect(faces.title).toMatch(/PwSerifHeavy/);
    expect(faces.body).toMatch(/PwSerifRegular/);
  });

  it("a data file's theme.fonts comes first; with system fonts off, the bundled faces", () => {
    const file = join(dir, "own.yaml");
    writeFileSync(join(dir, "my-kai.ttf"), readFileSync(builtinFace("serif").file));
    writeFileSync(file, `${readFileSync("data/examples/university.yaml", "utf8").replace(/^# yaml.*\n/, "")}\ntheme:\n  fonts:\n    body: my-kai.ttf\n`);
    const r = cli(["fonts", file], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(join(dir, "my-kai.ttf"));
    expect(r.stdout).toContain("why: theme.fonts.body in the data");
    const off = cli(["fonts"], { env: { ...env(), PLANWRIGHT_SYSTEM_FONTS: "off" } });
    expect(off.stdout).toContain("System fonts: not searched");
    expect(off.stdout).not.toContain("(installed)");
  });
});

const fcHasNoto = (() => {
  try {
    return execFileSync("fc-list", [":family=Noto Sans CJK SC", "family"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
})();
const NOTO = "fonts-noto-cjk is not installed (fc-list finds no Noto Sans CJK SC)";
if (!fcHasNoto) console.warn(`SKIPPED in test/typefaces.test.ts: the fontconfig path — ${NOTO}`);

describe("what a reader sees: headings, title and body in different faces", () => {
  it("with the bundled fonts only (PLANWRIGHT_SYSTEM_FONTS=off): a sans for headings, a heavy serif title, a serif body", async () => {
    const out = join(dir, "out-bundled");
    const r = cli(["build", "data/examples/price-bureau.yaml", "--out", out, "--only", "plan", "--format", "pdf"], { env: { PLANWRIGHT_SYSTEM_FONTS: "off", PLANWRIGHT_CACHE: join(dir, "cache") } });
    expect(r.code, r.stderr).toBe(0);
    const faces = await headingAndBodyFonts(readFileSync(join(out, "qingfeng-price", "plan.pdf")));
    expect(faces.heading).toMatch(/NotoSansSC/);
    expect(faces.title).toMatch(/NotoSerifSC.*Black/);
    expect(faces.body).toMatch(/NotoSerifSC.*-Regular/);
    expect(faces.kai).toMatch(/LXGWWenKai/);
    expect(new Set([faces.heading, faces.title, faces.body, faces.kai]).size).toBe(4);
  });

  it.skipIf(!fcHasNoto)(`on this machine's installed fonts (fontconfig)${fcHasNoto ? "" : ` — SKIPPED: ${NOTO}`}`, async () => {
    const out = join(dir, "out-installed");
    const r = cli(["build", "data/examples/price-bureau.yaml", "--out", out, "--only", "plan", "--format", "pdf"], { env: { PLANWRIGHT_SYSTEM_FONTS: "on", PLANWRIGHT_CACHE: join(dir, "cache") } });
    expect(r.code, r.stderr).toBe(0);
    const faces = await headingAndBodyFonts(readFileSync(join(out, "qingfeng-price", "plan.pdf")));
    expect(faces.heading).toMatch(/NotoSansCJK/);
    expect(faces.title).toMatch(/NotoSerifCJK.*Bold/);
    expect(faces.body).not.toBe(faces.heading);
  });
});
