// Our DOCX as LibreOffice lays it out: every zh-CN document is converted with
// `soffice --headless --convert-to pdf` and the result is measured the way
// official-layout.test.ts measures our own PDF; the flowcharts' plan (a DOCX
// drawing) is converted in the same run of LibreOffice, which starts once for
// the whole suite. Needs LibreOffice and a CJK
// font (Debian: libreoffice-writer-nogui fonts-noto-cjk; .ci/run installs
// them where it can); without soffice the tests are skipped with a notice.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { built, output, squash } from "./helpers/build.js";
import { readPdf, isFurniture, pdfLines, pdfText, type PdfPage, type PdfText } from "./helpers/pdf.js";
import { afterEmptyLine, charsPerLine, fullPages, GBT, lineEnd, lineText, MM } from "./helpers/grid.js";
import { tempDir } from "./helpers/temp.js";

const SOFFICE = ["soffice", "libreoffice"].find((cmd) => spawnSync(cmd, ["--version"], { encoding: "utf8" }).status === 0);
const REASON = "LibreOffice (soffice) is not installed — install libreoffice-writer-nogui and fonts-noto-cjk (.ci/run does where apt-get is available)";
if (!SOFFICE) console.warn(`SKIPPED test/libreoffice.test.ts: ${REASON}`);

/** Every zh-CN organisation of the examples (their locale is checked below). */
const ORGS = [
  "data/examples/university.yaml",
  "data/examples/prison.yaml",
  "data/examples/school-epidemic.yaml",
  "data/examples/town.yaml",
  "data/examples/township.yaml",
  "data/examples/hospital.yaml",
  "data/examples/price-bureau.yaml",
  "data/examples/utilities-company.yaml",
  "data/county/township-east.yaml",
  "data/county/township-west.yaml",
];
const DOCS = ["plan", "checklists", "contacts", "forms"] as const;

type Converted = { id: string; doc: string; lo: PdfPage[]; ours: PdfPage[]; imprint: boolean; issuer: string };
const converted: Converted[] = [];
/** The plan of test/fixtures/figures (flowcharts, an organisation chart, an SVG picture) as LibreOffice prints it, and ours. */
const FIGURES = "test/fixtures/figures/figures.yaml";
let figures: { lo: PdfPage[]; ours: PdfPage[] } | undefined;

beforeAll(async () => {
  if (!SOFFICE) return;
  const dir = tempDir("planwright-lo-");
  const inputs = join(dir, "in");
  mkdirSync(inputs);
  const ours = new Map<string, Uint8Array>();
  const imprints = new Set<string>();
  const issuers = new Map<string, string>();
  for (const file of ORGS) {
    const b = await built(file);
    expect(b.model?.data.locale).toBe("zh-CN");
    issuers.set(b.id as string, b.model?.data.document.issuer ?? "");
    for (const t of b.trees) if (t.sections.some((s) => s.children.some((x) => x.type === "imprint"))) imprints.add(`${b.id}--${t.meta.name}`);
    for (const o of b.outputs) {
      const name = `${b.id}--${basename(o.path)}`;
      if (o.path.endsWith(".docx")) writeFileSync(join(inputs, name), o.bytes);
      else ours.set(name.replace(/\.pdf$/, ""), o.bytes);
    }
  }
  const names = [...ours.keys()];
  const drawn = await built(FIGURES);
  writeFileSync(join(inputs, "figures.docx"), output(drawn, "plan.docx"));
  const files = [...names.map((n) => join(inputs, `${n}.docx`)), join(inputs, "figures.docx")];
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", join(dir, "out"), ...files], {
    encoding: "utf8",
    timeout: 400_000,
  });
  expect(r.status, r.stderr).toBe(0);
  for (const n of names) {
    const [id, doc] = n.split("--") as [string, string];
    converted.push({ id, doc, lo: await readPdf(readFileSync(join(dir, "out", `${n}.pdf`))), ours: await readPdf(ours.get(n) as Uint8Array), imprint: imprints.has(n), issuer: issuers.get(id) ?? "" });
  }
  figures = { lo: await readPdf(readFileSync(join(dir, "out", "figures.pdf"))), ours: await readPdf(output(drawn, "plan.pdf")) };
}, 480_000);

const docs = (doc?: string) => converted.filter((c) => doc === undefined || c.doc === doc);

describe(`zh-CN DOCX in LibreOffice${SOFFICE ? "" : ` — SKIPPED: ${REASON}`}`, () => {
  it.skipIf(!SOFFICE)("converts every zh-CN document, with exactly as many pages as our PDF", () => {
    expect(converted.length).toBe(ORGS.length * DOCS.length);
    const differ = converted.filter((c) => c.lo.length !== c.ours.length).map((c) => `${c.id}/${c.doc}: LibreOffice ${c.lo.length} pages, ours ${c.ours.length}`);
    expect(differ).toEqual([]);
  });

  it.skipIf(!SOFFICE)("has the same pages: each page of a plan starts with the same text in LibreOffice as in our PDF (nearly always)", () => {
    let pages = 0;
    const moved: string[] = [];
    for (const c of docs("plan")) {
      c.ours.forEach((p, k) => {
        const first = (ps: PdfPage | undefined) => (ps ? pdfLines(ps).filter((l) => !l.every((i) => isFurniture(i, ps))).map((l) => lineText(l).replace(/\s/g, ""))[0] ?? "" : "").slice(0, 6);
        pages++;
        if (first(p) !== first(c.lo[k])) moved.push(`${c.id} p${k + 1}: “${first(p)}” / “${first(c.lo[k])}”`);
      });
    }
    console.info(`LibreOffice: ${pages - moved.length} of ${pages} plan pages start as ours${moved.length ? `; not: ${moved.join("; ")}` : ""}`);
    expect(moved.length / pages).toBeLessThanOrEqual(0.1);
  });

  it.skipIf(!SOFFICE)("never ends a document on an empty page", () => {
    for (const c of converted) {
      const last = c.lo[c.lo.length - 1] as PdfPage;
      expect(last.items.filter((i) => !isFurniture(i, last) && i.str.trim()).length, `${c.id}/${c.doc}: last page of ${c.lo.length}`).toBeGreaterThan(0);
    }
  });

  it.skipIf(!SOFFICE)("keeps all text inside the margins: 28/26 mm on plans, 20/18 mm on the other documents", () => {
    for (const c of converted) {
      const plan = c.doc === "plan";
      for (const p of c.lo) {
        const left = plan ? GBT.left : 20 * MM;
        const right = p.width - (plan ? 26 : 18) * MM;
        for (const l of pdfLines(p).filter((l) => !l.every((i) => isFurniture(i, p)))) {
          const hang = /[，。、；：！？）》」』】〕〉”’]$/.test(lineText(l).trim()) ? GBT.pitch : 0;
          expect((l[0] as PdfText).x, `${c.id}/${c.doc}: “${lineText(l)}”`).toBeGreaterThan(left - GBT.tolerance);
          expect(lineEnd(l) - hang, `${c.id}/${c.doc}: “${lineText(l)}”`).toBeLessThan(right + GBT.tolerance);
        }
      }
    }
  });

  it.skipIf(!SOFFICE)("sets 28 characters on every full body line of a plan (27 only where the 28th is kept with a closing or opening mark)", () => {
    let lines = 0;
    for (const c of docs("plan")) {
      const m = charsPerLine(c.lo);
      lines += m.lines;
      // Every other count is a fault (14 per line was LibreOffice's reading of Word's usual grid).
      expect(m.odd, `${c.id}: ${JSON.stringify(m.counts)}`).toEqual([]);
    }
    expect(lines).toBeGreaterThan(250);
  });

  it.skipIf(!SOFFICE)("puts 22 lines on every full page of a plan, on the 28.95 pt grid, starting at the 37 mm top margin", () => {
    let full = 0;
    for (const c of docs("plan")) {
      for (const ys of fullPages(c.lo)) {
        full++;
        // Every line on the grid; the one empty grid line a page may have is the one before the signature (GB/T 9704 7.3.5.2).
        const steps = ys.slice(1).map((y, k) => Math.round((y - (ys[k] as number)) / GBT.linePitch));
        const gaps = steps.filter((s) => s === 2).length;
        expect(steps.every((s) => s === 1 || s === 2) && gaps <= 1, `${c.id}: ${JSON.stringify(steps)}`).toBe(true);
        if (gaps > 0) {
          const page = c.lo.find((p) => fullPages([p])[0]?.join() === ys.join()) as PdfPage;
          expect(afterEmptyLine(page), c.id).toEqual([c.issuer.replace(/\s/g, "")]);
        }
        expect(ys.length + gaps, c.id).toBe(22);
        for (let k = 1; k < ys.length; k++) expect(Math.abs(((ys[k] as number) - (ys[k - 1] as number)) / (steps[k - 1] as number) - GBT.linePitch), c.id).toBeLessThan(0.3);
        expect(ys[0] as number).toBeGreaterThan(GBT.top + 14);
        expect(ys[0] as number).toBeLessThan(GBT.top + GBT.linePitch);
      }
    }
    expect(full).toBeGreaterThanOrEqual(10);
  });

  it.skipIf(!SOFFICE)("keeps the table of contents' page numbers true: each entry's heading is on the page it names (nearly always)", () => {
    // The cached numbers come from our own layout; LibreOffice's fonts break a few lines
    // differently, so a heading near a page end can move. Updating the field fixes those.
    const wrong: string[] = [];
    let checked = 0;
    for (const c of docs("plan")) {
      const tocPage = c.lo.findIndex((p) => pdfLines(p).some((l) => lineText(l).replace(/[\s\u3000]/g, "") === "目录"));
      if (tocPage < 0) continue;
      for (const l of pdfLines(c.lo[tocPage] as PdfPage)) {
        const m = /^(.+?)[.·…\s]*(\d+)$/.exec(lineText(l).trim());
        if (!m || !/[\u4e00-\u9fff]/.test(m[1] as string)) continue;
        const title = (m[1] as string).replace(/[.·…\s]+$/, "").replace(/\s/g, "").slice(0, 8);
        const page = c.lo[Number(m[2]) - 1];
        const text = page ? pdfLines(page).map((x) => lineText(x).replace(/\s/g, "")).join("\n") : "";
        if (!text.includes(title)) wrong.push(`${c.id}: “${title}” not on page ${m[2]}`);
        checked++;
      }
    }
    console.info(`LibreOffice: ${checked - wrong.length} of ${checked} TOC entries on the page they name${wrong.length ? `; not: ${wrong.join("; ")}` : ""}`);
    // Only plans longer than ten pages have one (document.toc).
    expect(checked).toBeGreaterThan(10);
    expect(wrong.length / checked).toBeLessThanOrEqual(0.1);
  });

  it.skipIf(!SOFFICE)("anchors the 版记 (抄送, 印发) together at the foot of the last page", () => {
    const withImprint = docs("plan").filter((c) => c.imprint);
    expect(withImprint.length).toBeGreaterThanOrEqual(3);
    for (const c of withImprint) {
      const last = c.lo[c.lo.length - 1] as PdfPage;
      const lines = pdfLines(last);
      const copy = lines.find((l) => lineText(l).startsWith("抄送"));
      const printed = lines.find((l) => lineText(l).includes("印发"));
      expect(copy && printed, `${c.id}: 抄送 and 印发 on the last page`).toBeTruthy();
      const y = (printed as PdfText[])[0]!.y;
      expect(y, c.id).toBeGreaterThan(GBT.bottom - GBT.linePitch);
      expect(y, c.id).toBeLessThan(GBT.bottom);
      expect((copy as PdfText[])[0]!.y).toBeLessThan(y);
    }
  });
});

/**
 * The DOCX flowchart as another program sees it: LibreOffice prints the plan; the drawing's box
 * texts must come out in order on one page and the pictures must be there.
 */
describe(`the DOCX flowchart opened in LibreOffice${SOFFICE ? "" : ` — SKIPPED: ${REASON}`}`, () => {
  it.skipIf(!SOFFICE)("shows the drawing's boxes in order on one page, and the pictures", () => {
    const { lo, ours } = figures as { lo: PdfPage[]; ours: PdfPage[] };
    // In reading order: top to bottom, left to right (LibreOffice writes the shapes' text in its own order).
    const texts = lo.map((p) => squash(pdfText([p])));
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
    const ourTexts = ours.map((p) => squash(p.items.map((i) => i.str).join("")));
    const titles = ["快速报告流程图", "快速查核流程图", "信息审核报送流程图", "分级响应流程图", "组织架构图"];
    const from = (pages: string[], title: string) => pages.findLastIndex((t) => t.includes(title)) - pages.findLastIndex((t) => t.includes(titles[0] as string));
    for (const title of titles) expect(from(texts, title), title).toBe(from(ourTexts, title));
  });
});
