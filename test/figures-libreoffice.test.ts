import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { built, output, squash } from "./helpers/build.js";
import { pdfText, readPdf } from "./helpers/pdf.js";
import { tempDir } from "./helpers/temp.js";

/**
 * The DOCX flowchart as another program sees it: LibreOffice opens the plan
 * and prints it; the drawing's box texts must come out in order on one page
 * and the pictures must be there. Needs `soffice` (LibreOffice); skipped with
 * a notice where it is not installed.
 */
const has = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!has) console.warn("figures-libreoffice.test.ts: LibreOffice (soffice) is not installed: the DOCX drawing is not checked in another program");

describe.skipIf(!has)("the DOCX flowchart opened in LibreOffice (needs soffice)", () => {
  it("shows the drawing's boxes in order on one page, and the pictures", async () => {
    const b = await built("test/fixtures/figures/figures.yaml");
    const dir = tempDir("planwright-lo-");
    try {
      writeFileSync(join(dir, "plan.docx"), output(b, "plan.docx"));
      const r = spawnSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "plan.docx")], { encoding: "utf8", timeout: 180_000 });
      expect(r.status, r.stderr).toBe(0);
      const pages = await readPdf(readFileSync(join(dir, "plan.pdf")));
      // In reading order: top to bottom, left to right (LibreOffice writes the shapes' text in its own order).
      const texts = pages.map((p) => squash(pdfText([p])));
      const k = texts.findLastIndex((t) => t.includes("快速报告流程图"));
      expect(k).toBeGreaterThanOrEqual(0);
      const page = texts[k] as string;
      const order = ["发现有关本单位的不良舆情信息后", "汇报，提出处置意见", "经领导小组批准", "根据事件进展情况采取应对措施", "结束"];
      let at = 0;
      for (const t of order) {
        const i = page.indexOf(squash(t), at);
        expect(i, t).toBeGreaterThanOrEqual(at);
        at = i;
      }
      // Alternatives and the decision's labels survive too.
      expect(texts.some((t) => t.includes("快速查核流程图") && t.includes("予以澄清") && t.includes("与事实不符") && t.includes("对恶意造谣"))).toBe(true);
      // The SVG's own text is in the picture, not in the text layer; the page with its title exists.
      expect(texts.some((t) => t.includes("应急疏散示意图"))).toBe(true);
      // The PDF pages and LibreOffice's agree on where each attachment starts, counted from the first attachment
      // (the body before it may take another number of pages in LibreOffice's text layout).
      const ours = (await readPdf(output(b, "plan.pdf"))).map((p) => squash(p.items.map((i) => i.str).join("")));
      const titles = ["快速报告流程图", "快速查核流程图", "信息审核报送流程图", "分级响应流程图", "组织架构图"];
      const from = (pages: string[], title: string) => pages.findLastIndex((t) => t.includes(title)) - pages.findLastIndex((t) => t.includes(titles[0] as string));
      for (const title of titles) expect(from(texts, title), title).toBe(from(ours, title));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
