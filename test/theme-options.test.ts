import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { loadModelFromText } from "../src/model/load-model.js";
import { builtinFace } from "../src/fonts/font-files.js";
import { woffToSfnt } from "../src/fonts/woff.js";
import { renameFont } from "./helpers/rename-font.js";
import { readPdf } from "./helpers/pdf.js";
import { tempDir } from "./helpers/temp.js";

const tmp = () => tempDir("planwright-theme-");

describe("theme options in the data", () => {
  it("English documents can be US Letter", async () => {
    const dir = tmp();
    const file = join(dir, "letter.yaml");
    writeFileSync(file, `${readFileSync("data/examples/crisis-comms.yaml", "utf8")}\ntheme:\n  paper: letter\n`);
    const b = await buildOrganisation(file, { formats: ["pdf"], only: ["plan"] });
    expect(b.diagnostics).toEqual([]);
    const pages = await readPdf(b.outputs[0]!.bytes);
    expect(pages[0]!.width).toBeCloseTo(612, 0);
    expect(pages[0]!.height).toBeCloseTo(792, 0);
  });

  it("an organisation that owns licensed fonts can point the theme at its own files", async () => {
    const dir = tmp();
    const file = join(dir, "fonts.yaml");
    // Stand in for a licensed 仿宋 file: any font file on disk, relative to the data file.
    writeFileSync(join(dir, "my-fangsong.ttf"), renameFont(woffToSfnt(readFileSync(builtinFace("kai").file)), "My FangSong", "PwMyFangSong"));
    writeFileSync(file, `${readFileSync("data/examples/university.yaml", "utf8").replace(/^# yaml.*\n/, "")}\ntheme:\n  fonts:\n    body: my-fangsong.ttf\n`);
    const b = await buildOrganisation(file, { formats: ["pdf"], only: ["plan"] });
    expect(b.diagnostics).toEqual([]);
    const raw = Buffer.from(b.outputs[0]!.bytes).toString("latin1");
    const fonts = [...raw.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
    expect(fonts).toContain("PwMyFangSong");
  });
});

describe("values keep their written form", () => {
  it("no, 12:30, dates, 1.10 and leading zeros stay text", () => {
    const text = readFileSync("test/fixtures/edge-cases.yaml", "utf8")
      .replace("  name: 边界测试单位\n", "  name: 边界测试单位\n  short_name: no\n  place: \"12:30\"\n  superior: 2026-01-05\n")
      .replace('version: "1.10"', "version: 1.10");
    const r = loadModelFromText(text, "values.yaml");
    expect(r.model, JSON.stringify(r.diagnostics)).toBeDefined();
    const org = r.model!.data.organisation;
    expect(org.short_name).toBe("no");
    expect(org.place).toBe("12:30");
    expect(org.superior).toBe("2026-01-05");
    expect(r.model!.data.document.version).toBe("1.10");
    expect(r.model!.data.people[0]!.phones!.office).toBe("0101");
    expect(r.model!.data.people[0]!.phones!.mobile).toBe("+86 010-8888 0000");
  });
});
