import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinFace } from "../src/fonts/font-files.js";
import { faceNames } from "../src/fonts/font-names.js";
import { woffToSfnt } from "../src/fonts/woff.js";
import { cli } from "./helpers/cli.js";
import { renameFont } from "./helpers/rename-font.js";

// Stand-ins for an office's installed typefaces: bundled fonts renamed 仿宋_GB2312 and SimHei,
// in a folder given by PLANWRIGHT_FONT_DIRS (searched as the system's fonts are).
let dir: string;
let fontDir: string;
const env = () => ({ PLANWRIGHT_SYSTEM_FONTS: "on", PLANWRIGHT_FONT_DIRS: fontDir, PLANWRIGHT_CACHE: join(dir, "cache") });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "planwright-fonts-"));
  fontDir = join(dir, "fonts");
  mkdirSync(fontDir);
  writeFileSync(join(fontDir, "fangsong.ttf"), renameFont(woffToSfnt(readFileSync(builtinFace("kai").file)), "仿宋_GB2312", "PwTestFangSong"));
  writeFileSync(join(fontDir, "simhei.ttf"), renameFont(woffToSfnt(readFileSync(builtinFace("kaiBold").file)), "SimHei", "PwTestSimHei"));
});

describe("typefaces: the office's own, else the bundled ones", () => {
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
    expect(block("body")).toContain("family “仿宋_GB2312”");
    expect(block("heading")).toContain("SimHei (installed)");
    // No 方正小标宋简体 here: the bundled stand-in, and the names that were looked for.
    expect(block("title")).toContain("LXGW WenKai Bold (bundled)");
    expect(block("title")).toContain("no installed face named “方正小标宋简体”");
  });

  it("sets the PDF in them, says so in the build summary, and gives the same bytes each time", () => {
    const out = join(dir, "out");
    const a = cli(["build", "data/examples/university.yaml", "--out", out, "--only", "plan", "--format", "pdf"], { env: env() });
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toContain("typefaces for zh-CN on this machine: body 仿宋_GB2312 (installed)");
    expect(a.stderr).toContain("heading SimHei (installed)");
    const pdf = readFileSync(join(out, "shiep", "plan.pdf"));
    const fonts = [...pdf.toString("latin1").matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
    expect(fonts).toContain("PwTestFangSong");
    expect(fonts).toContain("PwTestSimHei");
    const b = cli(["build", "data/examples/university.yaml", "--out", join(dir, "out2"), "--only", "plan", "--format", "pdf"], { env: env() });
    expect(b.code, b.stderr).toBe(0);
    expect(readFileSync(join(dir, "out2", "shiep", "plan.pdf")).equals(pdf)).toBe(true);
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
