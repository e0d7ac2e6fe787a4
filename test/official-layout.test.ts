import { beforeAll, describe, expect, it } from "vitest";
import { built, output } from "./helpers/build.js";
import { pdfLines, readPdf, type PdfPage, type PdfText } from "./helpers/pdf.js";
import { elements, openDocx } from "./helpers/docx.js";

/** GB/T 9704-2012 numbers, in points. */
const MM = 72 / 25.4;
const PAGE = { w: 210 * MM, h: 297 * MM };
const LEFT = 28 * MM;
const RIGHT = PAGE.w - 26 * MM;
const TOP = 37 * MM;
const BOTTOM = PAGE.h - 35 * MM;
const PITCH = (156 * MM) / 28;
const TOLERANCE = 1 * MM;
const CLOSING = /^[，。、；：！？）》」』】〕〉”’,.;:!?)]/;

let pages: PdfPage[];

/** Full-width characters: ideographs, CJK punctuation, and the quotes and dashes a CJK font sets 1 em wide. */
const FULL = /[\u2E80-\uFFEF\u2014\u2018-\u201D\u2026]/;

/** Body lines: 16 pt text inside the text block (not headers, page numbers or tables). */
function bodyLines(page: PdfPage): PdfText[][] {
  return pdfLines(page).filter((l) => l.every((i) => Math.abs(i.height - 16) < 0.2) && (l[0] as PdfText).y > TOP && (l[0] as PdfText).y < BOTTOM);
}

const lineEnd = (l: PdfText[]) => Math.max(...l.map((i) => i.x + i.width));
const lineText = (l: PdfText[]) => l.map((i) => i.str).join("");
const squash = (s: string) => s.replace(/[\s\u3000]+/g, "");
/** The university's issuer (document.issuer), the signature's first line. */
const ISSUER = "中共上海电力学院委员会";

beforeAll(async () => {
  pages = await readPdf(output(await built("data/examples/university.yaml"), "plan.pdf"));
});

describe("zh-CN plan PDF follows GB/T 9704 (measured from text positions)", () => {
  it("is A4", () => {
    for (const p of pages) {
      expect(p.width).toBeCloseTo(PAGE.w, 0);
      expect(p.height).toBeCloseTo(PAGE.h, 0);
    }
  });

  it("keeps the text block inside the margins (±1 mm): left 28, right 26, top 37, bottom 35 mm", () => {
    const all = pages.slice(1).flatMap(bodyLines);
    expect(all.length).toBeGreaterThan(60);
    const lefts = all.map((l) => (l[0] as PdfText).x);
    expect(Math.min(...lefts)).toBeGreaterThan(LEFT - TOLERANCE);
    expect(Math.abs(Math.min(...lefts) - LEFT)).toBeLessThan(TOLERANCE);
    // Full (justified) lines end at the right margin; only a hanging closing mark may pass it.
    const full = all.filter((l) => Math.abs(lineEnd(l) - RIGHT) < TOLERANCE);
    expect(full.length).toBeGreaterThan(all.length / 3);
    for (const l of all) {
      const text = lineText(l).replace(/\s+$/, "");
      const hanging = CLOSING.test(text.slice(-1)) ? PITCH : 0;
      expect(lineEnd(l) - hanging).toBeLessThan(RIGHT + TOLERANCE);
    }
    for (const p of pages.slice(1)) {
      const lines = bodyLines(p);
      if (lines.length === 0) continue;
      const first = (lines[0]![0] as PdfText).y;
      const last = (lines[lines.length - 1]![0] as PdfText).y;
      // Line boxes are 28.95 pt with the 16 pt glyph centred: ascent 0.88 em.
      expect(first - 14.08 - (28.95 - 16) / 2 - TOP).toBeGreaterThan(-TOLERANCE);
      expect(last + 16 * 0.12 + (28.95 - 16) / 2).toBeLessThan(BOTTOM + TOLERANCE);
    }
  });

  it("sets exactly 28 characters on at least 95% of full body lines", () => {
    // A full line is a justified one: its 28th cell ends at the right margin, or a closing
    // mark hangs past it. Lines with half-width Latin text have no whole number of grid
    // characters; they are checked to fill the line instead.
    const all = pages.slice(1).flatMap(bodyLines);
    const measured = all.map((l) => {
      const text = lineText(l).replace(/\s+$/, "");
      const end = lineEnd(l);
      const hanging = end > RIGHT + 2 && CLOSING.test(text.slice(-1));
      const boxEnd = hanging ? end - PITCH : end;
      const indent = Math.round(((l[0] as PdfText).x - LEFT) / PITCH);
      return { text, full: Math.abs(boxEnd - RIGHT) < TOLERANCE, chars: [...text].length - (hanging ? 1 : 0) + indent, cjkOnly: [...text].every((c) => FULL.test(c)) };
    });
    const full = measured.filter((m) => m.full);
    const cjk = full.filter((m) => m.cjkOnly);
    expect(full.length).toBeGreaterThan(50);
    const exact = cjk.filter((m) => m.chars === 28);
    expect(exact.length / cjk.length, cjk.filter((m) => m.chars !== 28).map((m) => m.text).join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(cjk.length).toBeGreaterThanOrEqual(40);
  });

  it("puts 22 lines on a full page, on a 28.95 pt line pitch", () => {
    // A full page is one whose text reaches the last line of the grid.
    const lastBaseline = TOP + 21 * 28.95 + (28.95 - 16) / 2 + 16 * 0.88;
    const fullPages = pages
      .slice(1)
      .filter((p) => p.items.every((i) => Math.abs(i.height - 16) < 0.2 || i.y > BOTTOM))
      .map(bodyLines)
      .filter((l) => l.length > 0 && Math.abs((l[l.length - 1]![0] as PdfText).y - lastBaseline) < 1);
    expect(fullPages.length).toBeGreaterThan(1);
    for (const lines of fullPages) {
      const ys = lines.map((l) => (l[0] as PdfText).y);
      // Every line on the grid; the one empty grid line a page may have is the one before the signature (7.3.5.2).
      const steps = ys.slice(1).map((y, k) => Math.round((y - ys[k]!) / 28.95));
      for (let k = 1; k < ys.length; k++) expect((ys[k]! - ys[k - 1]!) / steps[k - 1]!).toBeCloseTo(28.95, 1);
      const gaps = steps.flatMap((s, k) => (s > 1 ? [k + 1] : []));
      for (const k of gaps) expect(steps[k - 1], lineText(lines[k]!)).toBe(2);
      for (const k of gaps) expect(squash(lineText(lines[k]!))).toBe(squash(ISSUER));
      expect(lines.length + gaps.length).toBe(22);
    }
  });

  it("never starts a line with closing punctuation", () => {
    for (const p of pages) for (const l of pdfLines(p)) expect(lineText(l)).not.toMatch(CLOSING);
  });

  it("numbers pages “— n —” in 14 pt, odd pages right and even pages left, one character in", () => {
    pages.forEach((p, i) => {
      const n = i + 1;
      const num = p.items.find((it) => it.str === `— ${n} —`);
      expect(num, `page ${n}`).toBeDefined();
      expect(num!.height).toBeCloseTo(14, 1);
      expect(num!.y).toBeGreaterThan(BOTTOM + 7 * MM);
      if (n % 2 === 1) expect(num!.x + num!.width).toBeCloseTo(RIGHT - 14, 0);
      else expect(num!.x).toBeCloseTo(LEFT + 14, 0);
    });
  });

  it("prints the issuer and the date (Arabic numerals, no zero padding) at the end", () => {
    // (A little space sets digits off from Chinese characters: extracted text may show it as a space.)
    const text = squash(pages.map((p) => p.items.map((i) => i.str).join("")).join(""));
    expect(text).toContain("中共上海电力学院委员会");
    expect(text).toContain("2026年2月20日");
    expect(text).not.toMatch(/2026年02月/);
  });
});

describe("zh-CN plan DOCX carries the official settings", () => {
  let doc: ReturnType<typeof openDocx>;
  beforeAll(async () => {
    doc = openDocx(output(await built("data/examples/university.yaml"), "plan.docx"));
  });

  it("A4 with 37/26/35/28 mm margins, a 22-line grid and the character spacing for 28 per line", () => {
    const xml = doc.xml("word/document.xml");
    const size = elements(xml, "w:pgSz")[0]!;
    expect(Number(size["w:w"])).toBe(11906);
    expect(Number(size["w:h"])).toBe(16838);
    const m = elements(xml, "w:pgMar")[0]!;
    expect(Math.abs(Number(m["w:top"]) - 2098)).toBeLessThanOrEqual(2);
    expect(Math.abs(Number(m["w:right"]) - 1474)).toBeLessThanOrEqual(2);
    expect(Math.abs(Number(m["w:bottom"]) - 1984)).toBeLessThanOrEqual(2);
    expect(Math.abs(Number(m["w:left"]) - 1587)).toBeLessThanOrEqual(2);
    // A line grid only (LibreOffice misreads a negative charSpace and sets 14 characters per line):
    // 16 pt characters condensed by 0.25 pt are 15.75 pt apart, and 28 × 15.75 pt fit the 442.2 pt line.
    const grid = elements(xml, "w:docGrid")[0]!;
    expect(grid["w:type"]).toBe("lines");
    expect(Number(grid["w:linePitch"])).toBe(579);
    expect(grid["w:charSpace"]).toBeUndefined();
    const styles = doc.xml("word/styles.xml");
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    const tracking = (id: string) => Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(style(id))?.[1]);
    expect(tracking("Normal")).toBe(-5);
    expect(28 * (16 - 5 / 20)).toBeLessThanOrEqual((11906 - 1587 - 1474) / 20);
    expect(27 * (16 - 4 / 20) + 16 - 4 / 20).toBeGreaterThan((11906 - 1587 - 1474) / 20);
    for (const id of ["Heading1", "Heading2", "TOC1", "PwRight"]) expect(tracking(id), id).toBe(-5);
    // Other sizes are off the grid: they say 0, so as not to inherit Normal's spacing.
    for (const id of ["Title", "PwTable", "PwTableHeader", "PwSmall"]) expect(tracking(id), id).toBe(0);
  });

  it("uses the standard fonts: 仿宋_GB2312 body 16 pt, 方正小标宋简体 title 22 pt, 黑体 and 楷体_GB2312 headings", () => {
    const styles = doc.xml("word/styles.xml");
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    expect(style("Normal")).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style("Normal")).toContain('<w:sz w:val="32"/>');
    expect(style("Title")).toContain('w:eastAsia="方正小标宋简体"');
    expect(style("Title")).toContain('<w:sz w:val="44"/>');
    expect(style("Heading1")).toContain('w:eastAsia="黑体"');
    expect(style("Heading2")).toContain('w:eastAsia="楷体_GB2312"');
  });

  it("has “— PAGE —” footers, right on odd pages and left on even pages", () => {
    const settings = doc.xml("word/settings.xml");
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    const footers = Object.keys(doc.files).filter((f) => /word\/footer\d+\.xml/.test(f)).map((f) => doc.xml(f));
    expect(footers.some((x) => x.includes('w:jc w:val="right"') && /PAGE/.test(x) && x.includes("— "))).toBe(true);
    expect(footers.some((x) => x.includes('w:jc w:val="left"') && /PAGE/.test(x))).toBe(true);
  });

  it("has a table of contents field with cached entries and page numbers (a plan long enough to have one)", async () => {
    const xml = openDocx(output(await built("data/examples/price-bureau.yaml"), "plan.docx")).xml("word/document.xml");
    expect(xml).toMatch(/TOC \\/);
    expect(xml).toContain("工作原则");
    expect(xml).toMatch(/<w:pStyle w:val="TOC1"\/>/);
    // Page numbers sit on a dotted right tab at the right margin (text width 11906 − 1587 − 1474).
    const tabs = elements(xml, "w:tab").filter((t) => t["w:leader"] === "dot");
    expect(tabs.length).toBeGreaterThan(3);
    for (const t of tabs) expect(Math.abs(Number(t["w:pos"]) - (11906 - 1587 - 1474))).toBeLessThanOrEqual(2);
  });
});
