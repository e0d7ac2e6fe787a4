import { beforeAll, describe, expect, it } from "vitest";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { buildOrganisation, type OrganisationBuild } from "../src/pipeline/build-organisation.js";
import { built, output, squash } from "./helpers/build.js";
import { docxParagraphs, openDocx } from "./helpers/docx.js";
import { readPdf, type PdfPage } from "./helpers/pdf.js";

/**
 * Figures (issue 11): flowcharts drawn from the data and images the admin
 * supplies, read back from the PDF (pdf.js: text positions, drawing operators,
 * image XObjects) and from the DOCX (the drawing's shapes and text, media parts).
 */
const ZH = "test/fixtures/figures/figures.yaml";
const EN = "test/fixtures/figures/figures-en.yaml";

let zh: OrganisationBuild;
let pages: PdfPage[];
let pdf: Uint8Array;
let docx: ReturnType<typeof openDocx>;

beforeAll(async () => {
  zh = await built(ZH);
  pdf = output(zh, "plan.pdf");
  pages = await readPdf(pdf);
  docx = openDocx(output(zh, "plan.docx"));
});

/** The page whose text has all of these strings (whitespace ignored). */
/** The page holding all the needles — the attachment's own page, not the attachment list under the body (hence the last match). */
function pageWith(...needles: string[]): number {
  const k = pages.findLastIndex((p) => needles.every((n) => squash(p.items.map((i) => i.str).join("")).includes(squash(n))));
  expect(k, needles.join(" / ")).toBeGreaterThanOrEqual(0);
  return k;
}

/** Baseline y of the first text item on a page that contains `text`. */
function yOf(page: PdfPage, text: string): number {
  const it = page.items.find((i) => i.str.includes(text));
  expect(it, text).toBeDefined();
  return (it as PdfPage["items"][number]).y;
}

/** A page's drawing operators; a path (pdf.js 5: `constructPath`) counts as the operator that paints it. */
async function operators(bytes: Uint8Array, pageIndex: number): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const page = await doc.getPage(pageIndex + 1);
  const ops = await page.getOperatorList();
  await doc.destroy();
  return ops.fnArray.map((f, i) => (f === OPS.constructPath ? (ops.argsArray[i] as [number])[0] : f));
}

describe("flowchart of a procedure, in the PDF", () => {
  it("prints the box texts in reading order, top to bottom, on one page", () => {
    const k = pageWith("附件1", "快速报告流程图", "发现有关本单位的不良舆情信息后", "结束");
    const page = pages[k] as PdfPage;
    const order = ["发现有关本单位的不良舆情信息后", "汇报，提出处置意见", "主管领导", "立即", "报告", "经领导小组批准", "根据事件进展情况采取应对措施", "适时", "结束"];
    // Each text is found below the one before it.
    let y = yOf(page, "快速报告流程图");
    for (const t of order) {
      const next = page.items.find((i) => i.y > y + 0.5 && i.str.includes(t));
      expect(next, t).toBeDefined();
      y = (next as PdfPage["items"][number]).y;
    }
    // The whole chart is on this page, inside the text block (37 mm top, 35 mm bottom margin).
    const mm = 72 / 25.4;
    for (const it of page.items.filter((i) => !/^— \d+ —$/.test(i.str))) {
      expect(it.y).toBeGreaterThan(37 * mm);
      expect(it.y).toBeLessThan(page.height - 35 * mm);
      expect(it.x).toBeGreaterThanOrEqual(28 * mm - 0.5);
      expect(it.x + it.width).toBeLessThanOrEqual(page.width - 26 * mm + 0.5);
    }
  });

  it("draws the shapes and arrows as vectors (filled and outlined boxes, filled arrowheads)", async () => {
    const k = pageWith("快速报告流程图");
    const ops = await operators(pdf, k);
    // start, three steps, end: five outlined shapes; four edges: four lines, four filled arrowheads (and a label's white ground).
    expect(ops.filter((o) => o === OPS.fillStroke).length).toBe(5);
    expect(ops.filter((o) => o === OPS.stroke).length).toBe(4);
    expect(ops.filter((o) => o === OPS.fill).length).toBe(5);
  });

  it("draws alternatives side by side with their conditions, and a decision with yes and no", () => {
    const v = pages[pageWith("快速查核流程图")] as PdfPage;
    const alt = ["按照有关规定严肃查处", "予以澄清", "依法送交处理"].map((t) => v.items.find((i) => squash(i.str).includes(t.slice(0, 4))) as PdfPage["items"][number]);
    expect(Math.abs((alt[0]?.y ?? 0) - (alt[1]?.y ?? 0))).toBeLessThan(14);
    expect(alt[0]?.x).toBeLessThan(alt[1]?.x as number);
    expect(alt[1]?.x).toBeLessThan(alt[2]?.x as number);
    expect(squash(v.items.map((i) => i.str).join(""))).toContain("与事实不符或者出入较大的");
    const d = pages[pageWith("信息审核报送流程图")] as PdfPage;
    const text = d.items.map((i) => i.str);
    expect(text).toContain("是");
    expect(text).toContain("否");
    expect(yOf(d, "是")).toBeLessThan(yOf(d, "同时报送审核"));
  });

  it("draws the level escalation from least to most severe", () => {
    const p = pages[pageWith("分级响应流程图")] as PdfPage;
    expect(yOf(p, "一般舆情")).toBeLessThan(yOf(p, "较大舆情"));
    expect(yOf(p, "较大舆情")).toBeLessThan(yOf(p, "重大舆情"));
    expect(squash(p.items.map((i) => i.str).join(""))).toContain("事态升级");
  });
});

describe("image attachments in the PDF", () => {
  it("places each image as an image XObject on its attachment's page", async () => {
    for (const title of ["组织架构图", "值班室位置示意", "应急疏散示意图"]) {
      const ops = await operators(pdf, pageWith(title));
      expect(ops.filter((o) => o === OPS.paintImageXObject).length, title).toBe(1);
    }
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toMatch(/\/Filter \/DCTDecode/); // the JPEG goes in as it is
  });
});

describe("flowchart in the DOCX", () => {
  const xml = () => docx.xml("word/document.xml");

  it("is an editable drawing: a group of flowchart shapes with text boxes and arrowed connectors", () => {
    const x = xml();
    const groups = [...x.matchAll(/<wpg:wgp>[\s\S]*?<\/wpg:wgp>/g)].map((m) => m[0]);
    expect(groups).toHaveLength(4);
    const first = groups[0] as string;
    expect([...first.matchAll(/prst="flowChartTerminator"/g)]).toHaveLength(2);
    expect([...first.matchAll(/prst="flowChartProcess"/g)]).toHaveLength(3);
    expect([...first.matchAll(/<a:tailEnd type="triangle"/g)]).toHaveLength(4);
    expect(groups[2]).toContain(`prst="flowChartDecision"`);
    // The alternative text is the drawing's description.
    expect(x).toMatch(/<wp:docPr id="\d+" name="Flowchart \d+" descr="快速报告流程图：/);
  });

  it("holds the box texts in reading order", () => {
    const first = [...xml().matchAll(/<wpg:wgp>[\s\S]*?<\/wpg:wgp>/g)][0]?.[0] as string;
    const boxes = [...first.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)].map((m) => docxParagraphs(`<r>${m[1]}</r>`).join(""));
    expect(boxes).toEqual([
      "发现有关本单位的不良舆情信息后",
      "网络舆情监控信息员汇报，提出处置意见→ 主管领导立即 · 填写《网络舆情信息报告单》",
      "网络舆情监控信息员报告→ 领导小组在1小时内",
      "宣传部根据事件进展情况采取应对措施适时",
      "结束",
      "经领导小组批准",
    ]);
  });

  it("matches the PDF's geometry: the same boxes, the same size on the page", () => {
    const first = [...xml().matchAll(/<wp:inline[\s\S]*?<\/wp:inline>/g)][0]?.[0] as string;
    const cy = Number(/<wp:extent cx="\d+" cy="(\d+)"\/>/.exec(first)?.[1]) / 12700;
    const page = pages[pageWith("快速报告流程图")] as PdfPage;
    const span = yOf(page, "结束") - yOf(page, "发现有关本单位的不良舆情信息后");
    expect(cy).toBeGreaterThan(span);
    expect(cy).toBeLessThan(span + 60);
  });

  it("embeds PNG and JPEG as media parts, and an SVG with its PNG rendering", () => {
    const rels = docx.xml("word/_rels/document.xml.rels");
    const media = Object.keys(docx.files).filter((f) => f.startsWith("word/media/")).sort();
    expect(media).toEqual(["word/media/pw-image1.png", "word/media/pw-image2.jpeg", "word/media/pw-image3.png", "word/media/pw-image4.svg"]);
    for (const f of media) expect(rels).toContain(`Target="media/${f.slice("word/media/".length)}"`);
    const png = docx.files["word/media/pw-image1.png"] as Uint8Array;
    expect(Buffer.from(png.subarray(1, 4)).toString("latin1")).toBe("PNG");
    const x = xml();
    expect(x).toContain(`<a:blip r:embed="rIdPwMedia1">`);
    expect(x).toMatch(/<a:blip r:embed="rIdPwMedia3"><a:extLst><a:ext uri="\{96DAC541-7B7A-43D3-8B79-37D633B846F1\}"><asvg:svgBlip [^>]*r:embed="rIdPwMedia4"\/>/);
    // 120 mm wide as the data asks.
    expect(x).toContain(`<wp:extent cx="${Math.round(((120 * 72) / 25.4) * 12700)}"`);
    expect(x).toContain(`descr="领导小组与各部门的组织架构图"`);
  });
});

describe("English appendices", () => {
  it("prints Appendix marks and an English flowchart in both formats", async () => {
    const b = await built(EN);
    expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const en = await readPdf(output(b, "plan.pdf"));
    const text = en.map((p) => p.items.map((i) => i.str).join(" "));
    const k = text.findLastIndex((t) => t.includes("Appendix A"));
    expect(k).toBeGreaterThan(0);
    const page = en[k] as PdfPage;
    const y = (s: string) => (page.items.find((i) => i.str.includes(s)) as PdfPage["items"][number]).y;
    expect(y("A major incident is reported")).toBeLessThan(y("Approved by the County Administrator"));
    expect(y("Approved by the County Administrator")).toBeLessThan(y("Open the Joint Information"));
    expect(text.some((t) => t.includes("Appendix B") && t.includes("Escalates") && t.includes("Level 3"))).toBe(true);
    expect(text.some((t) => t.includes("Appendix C") && t.includes("Organisation chart"))).toBe(true);
    const d = openDocx(output(b, "plan.docx")).xml("word/document.xml");
    expect(d).toContain("The incident affects more than one jurisdiction");
    expect(d).toContain(">Yes<");
  });
});

describe("figures are deterministic", () => {
  it("gives byte-identical PDF and DOCX from the same input", async () => {
    const again = await buildOrganisation(ZH, { formats: ["pdf", "docx"], only: ["plan"] });
    expect(Buffer.compare(Buffer.from(output(again, "plan.pdf")), Buffer.from(pdf))).toBe(0);
    expect(Buffer.compare(Buffer.from(output(again, "plan.docx")), Buffer.from(output(zh, "plan.docx")))).toBe(0);
  });
});
