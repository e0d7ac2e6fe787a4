import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { titleLines, titleWords } from "../src/render/title-lines.js";
import { openDocx } from "./helpers/docx.js";
import { pdfLines, readPdf } from "./helpers/pdf.js";
import { output } from "./helpers/build.js";
import { tempDir } from "./helpers/temp.js";

/**
 * GB/T 9704-2012 7.3.1: a title that needs more than one line breaks where words end (词意完整) into
 * lines of even length (排列对称) — in the PDF, read back from its text positions, and in the DOCX,
 * as explicit breaks in the title paragraph at the same places.
 */
const TITLE = "关于印发扎兰屯市第三中学新冠肺炎疫情防控工作领导小组办公室应急处置预案的通知";

/** Every line of TITLE but the last ends where a word ends (词意完整), and the lines are of even length (排列对称). */
function expectWordBreaks(lines: readonly string[], said: (line: string) => string): void {
  const words = titleWords(TITLE, "zh");
  const ends = new Set(words.map((_, i) => words.slice(0, i + 1).join("").length));
  let at = 0;
  for (const l of lines.slice(0, -1)) expect(ends.has((at += l.length)), said(l)).toBe(true);
  const lengths = lines.map((l) => [...l].length);
  expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(4);
}

describe("title line breaks", () => {
  it("break only between words, into even lines", () => {
    const fits = (s: string) => [...s].length <= 14;
    const lines = titleLines(TITLE, "zh", fits, (s) => [...s].length);
    expect(lines.join("")).toBe(TITLE);
    expect(lines.length).toBe(3);
    expectWordBreaks(lines, (l) => `break after “${l}”`);
    // Punctuation stays with its word; a title that fits stays one line.
    expect(titleWords("关于印发《网络舆情应对方案》的通知", "zh").some((w) => /^[》）]/u.test(w) || /《$/u.test(w))).toBe(false);
    expect(titleLines("网络舆情应对方案", "zh", fits, (s) => [...s].length)).toEqual(["网络舆情应对方案"]);
  });

  it("are the same in the PDF and the DOCX of a plan", async () => {
    const dir = tempDir("planwright-title-");
    const file = join(dir, "org.yaml");
    writeFileSync(file, readFileSync("templates/starters/public-opinion.zh-CN.yaml", "utf8").replace("  title: 示例单位网络舆情应对及处置方案", `  title: ${TITLE}`));
    const b = await buildOrganisation(file, { formats: ["pdf", "docx"], only: ["plan"] });
    expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const pages = await readPdf(output(b, "plan.pdf"));
    // The title: the lines in the title face at the top of the first page, top to bottom.
    const lines = pdfLines(pages[0]!).map((l) => l.map((i) => i.str).join("").replace(/\s+/gu, "")).filter((l) => l.length > 0);
    const start = lines.findIndex((l) => TITLE.startsWith(l));
    const printed: string[] = [];
    for (let k = start, text = ""; k < lines.length && text.length < TITLE.length; k++) (printed.push(lines[k]!), (text += lines[k]));
    expect(printed.join("")).toBe(TITLE);
    expect(printed.length).toBeGreaterThan(1);
    expectWordBreaks(printed, (l) => `PDF line “${l}” ends inside a word`);
    // The DOCX title paragraph: the same lines, separated by explicit breaks.
    const xml = openDocx(output(b, "plan.docx")).xml("word/document.xml");
    const para = xml.split("</w:p>").find((p) => p.includes(printed[0]!));
    expect(para).toBeDefined();
    const parts = para!.split("<w:br/>").map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(""));
    expect(parts).toEqual(printed);
  });
});
