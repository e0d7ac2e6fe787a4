import { beforeAll, describe, expect, it } from "vitest";
import { built, output, squash } from "./helpers/build.js";
import { pdfText, readPdf } from "./helpers/pdf.js";
import { docxText } from "./helpers/docx.js";
import type { OrganisationBuild } from "../src/pipeline/build-organisation.js";

let b: OrganisationBuild;
const texts: Record<string, { pdf: string; docx: string }> = {};

beforeAll(async () => {
  b = await built("test/fixtures/edge-cases.yaml");
  for (const d of ["plan", "checklists", "contacts"]) {
    texts[d] = { pdf: pdfText(await readPdf(output(b, `${d}.pdf`))), docx: docxText(output(b, `${d}.docx`)) };
  }
});

describe("user text is printed literally", () => {
  const literal = [
    "边界测试方案 *粗体* _斜体_ | 竖线 # 井号",
    "按 **格式** 报告 | 不得 # 遗漏 \\ 反斜杠",
    "检查 [ ] 方括号、{{ 花括号 }}、`反引号` 和 <尖括号> 原样输出",
    "特殊字符 [链接](http://example.org) 与 ![图](x.png)",
    "1. 不是列表",
    "- 也不是列表",
    "> 不是引用",
  ];
  for (const phrase of literal) {
    it(`keeps ${JSON.stringify(phrase)}`, () => {
      const inAny = (s: string) => squash(s).includes(squash(phrase));
      expect(inAny(texts.plan!.pdf) || inAny(texts.checklists!.pdf)).toBe(true);
      expect(inAny(texts.plan!.docx) || inAny(texts.checklists!.docx)).toBe(true);
    });
  }
  it("keeps the version 1.10 as written", () => {
    expect(texts.checklists!.pdf).toContain("1.10");
  });
});

describe("phone numbers survive exactly", () => {
  for (const phone of ["+86 010-8888 0000", "0101", "010-6666 0001"]) {
    it(phone, () => {
      expect(texts.contacts!.pdf).toContain(phone);
      expect(texts.contacts!.docx).toContain(phone);
    });
  }
});

describe("characters the fonts cannot draw", () => {
  it("are reported as a warning naming the character and where it came from", () => {
    const w = b.diagnostics.filter((d) => d.ruleId === "font/missing-glyph");
    expect(w.length).toBeGreaterThan(0);
    expect(w[0]!.severity).toBe("warning");
    expect(w[0]!.message).toContain("😀");
    expect(w[0]!.message).toContain("U+1F600");
    expect(w[0]!.message).toMatch(/记录表情/);
  });
});
