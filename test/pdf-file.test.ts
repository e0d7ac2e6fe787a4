import { beforeAll, describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { built, output } from "./helpers/build.js";
import { readPdf } from "./helpers/pdf.js";

let pdf: Buffer;

beforeAll(async () => {
  pdf = Buffer.from(output(await built("data/examples/university.yaml"), "plan.pdf"));
});

describe("plan PDF as a file", () => {
  it("is a well-formed PDF that pdf.js opens page by page", async () => {
    expect(pdf.subarray(0, 8).toString("latin1")).toMatch(/^%PDF-1\.\d/);
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) expect(p.items.length).toBeGreaterThan(0);
  });

  it("embeds every font as a subset, with a ToUnicode map (text can be copied)", () => {
    const raw = pdf.toString("latin1");
    const baseFonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]);
    expect(baseFonts.length).toBeGreaterThanOrEqual(3);
    // The bundled faces: Noto Serif SC (body, bold, the Black title), Noto Sans SC (headings), LXGW WenKai (楷), Noto Serif (page numbers).
    for (const name of baseFonts) expect(name).toMatch(/^[A-Z]{6}\+(NotoSerifSC-(Regular|Bold|Black)|NotoSansSC-Medium|LXGWWenKai-Regular|NotoSerif-Regular)$/);
    const type0 = [...raw.matchAll(/\/Subtype \/Type0/g)].length;
    expect([...raw.matchAll(/\/ToUnicode \d+ 0 R/g)].length).toBe(type0);
    expect([...raw.matchAll(/\/FontFile2 \d+ 0 R/g)].length).toBe(type0);
    // No font is embedded whole: each subset is far smaller than its source face (10–16 MB).
    for (const m of raw.matchAll(/\/FontFile2 (\d+) 0 R/g)) {
      const obj = new RegExp(`\\n${m[1]} 0 obj\\n<<([\\s\\S]*?)>>\\nstream\\n`).exec(raw);
      const len = Number(/\/Length (\d+)/.exec(obj?.[1] ?? "")?.[1]);
      expect(len).toBeGreaterThan(100);
      expect(len).toBeLessThan(600_000);
    }
  });

  it("carries document information and a fixed creation date from the data", async () => {
    const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, string> };
    await doc.destroy();
    expect(info.CreationDate).toMatch(/^D:20260301000000/);
    expect(info.Title).toBe("上海电力学院网络舆情应对及处置方案");
    expect(info.Language).toBe("zh-CN");
  });
});
