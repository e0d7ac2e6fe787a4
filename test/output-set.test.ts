import { levelActions } from "../src/model/level-actions.js";
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { built, output, squash } from "./helpers/build.js";
import { pdfLines, pdfStreamText, pdfText, readPdf, type PdfPage } from "./helpers/pdf.js";
import { docxHeaderRows, docxParagraphs, openDocx } from "./helpers/docx.js";
import type { OrganisationBuild } from "../src/pipeline/build-organisation.js";

const EXAMPLES = readdirSync("data/examples").filter((f) => f.endsWith(".yaml")).sort();
const DOCS = ["plan", "checklists", "contacts", "forms"];
const IDEOGRAPHS = /[\u3400-\u9FFF]/g;

const builds = new Map<string, OrganisationBuild>();
const pdfs = new Map<string, PdfPage[]>();

beforeAll(async () => {
  for (const f of EXAMPLES) {
    const b = await built(`data/examples/${f}`);
    builds.set(f, b);
    for (const d of DOCS) pdfs.set(`${f}/${d}`, await readPdf(output(b, `${d}.pdf`)));
  }
}, 300_000);

describe("the full output set", () => {
  it("has eleven examples: five sample plans, one in English and five written from the corpus (one in American, one in British English)", () => {
    expect(EXAMPLES.length).toBe(11);
    const locales = EXAMPLES.map((f) => builds.get(f)!.model!.data.locale);
    expect(locales.filter((l) => l === "en").length).toBe(1);
    expect(locales.filter((l) => l === "en-US").length).toBe(1);
    expect(locales.filter((l) => l === "en-GB").length).toBe(1);
  });

  for (const f of EXAMPLES) {
    describe(f, () => {
      it("builds every document in both formats without problems", () => {
        const b = builds.get(f)!;
        expect(b.diagnostics).toEqual([]);
        for (const d of DOCS) for (const ext of ["pdf", "docx"]) expect(output(b, `${d}.${ext}`).length).toBeGreaterThan(1000);
      });

      for (const d of DOCS) {
        it(`${d}: DOCX and PDF carry the same text in the same order`, () => {
          const b = builds.get(f)!;
          const pdf = squash(pdfStreamText(pdfs.get(`${f}/${d}`)!));
          const xml = openDocx(output(b, `${d}.docx`)).xml("word/document.xml");
          const paras = docxParagraphs(xml)
            .map((p) => squash(p).replace(/^(•|\d+\.)(?=\S)/, ""))
            .filter((p) => p.length > 0);
          let at = 0;
          const missing: string[] = [];
          for (const p of paras) {
            const head = p.replace(/[\d·.…]+$/, "").slice(0, 6);
            if (!head) continue;
            const i = pdf.indexOf(head, at);
            if (i < 0) missing.push(p.slice(0, 30));
            else at = i;
          }
          expect(missing, `DOCX paragraphs not found in order in the PDF`).toEqual([]);
          // Every character of the DOCX is in the PDF; the PDF has more only where it
          // repeats table header rows on later pages (Word repeats them when it lays out).
          const count = (s: string) => {
            const m = new Map<string, number>();
            for (const c of s.match(IDEOGRAPHS) ?? []) m.set(c, (m.get(c) ?? 0) + 1);
            return m;
          };
          const inPdf = count(pdf);
          const inDocx = count(paras.join(""));
          const headerChars = new Set(docxHeaderRows(xml).join("").match(IDEOGRAPHS) ?? []);
          for (const [c, n] of inDocx) expect(inPdf.get(c) ?? 0, `“${c}” in the PDF`).toBeGreaterThanOrEqual(n);
          for (const [c, n] of inPdf) if (n > (inDocx.get(c) ?? 0)) expect(headerChars.has(c), `extra “${c}” in the PDF`).toBe(true);
        });
      }

      it("checklists: one box per step of each procedure and level", () => {
        const b = builds.get(f)!;
        const model = b.model!;
        const tree = b.trees.find((t) => t.meta.name === "checklists")!;
        const tables = tree.sections.flatMap((s) => s.children).filter((x) => x.type === "table");
        const boxes = (t: (typeof tables)[number]) => (t.type === "table" ? t.rows.filter((r) => r.cells[0]?.children[0]?.type === "checkbox").length : 0);
        const expected = [
          ...model.data.procedures.filter((p) => p.checklist !== false && p.steps.some((s) => s.checklist !== false)).map((p) => p.steps.filter((s) => s.checklist !== false).length),
          ...[...model.data.levels]
            .sort((a, c) => a.rank - c.rank)
            // The level's own rules (report, notify, groups set up, decision, approval, release), its procedure's
            // and own steps, then the steps of other procedures that apply only at this level.
            .map((l) => {
              const { before, after } = levelActions(model, l);
              const steps = [
                ...(model.data.procedures.find((p) => p.id === l.procedure)?.steps ?? []),
                ...(l.steps ?? []),
                ...model.data.procedures.flatMap((p) => p.steps.filter((s) => s.at_levels?.includes(l.id))),
              ];
              return before.length + steps.filter((s) => s.checklist !== false).length + after.length;
            })
            .filter((n) => n > 0),
        ];
        expect(tables.slice(0, expected.length).map(boxes)).toEqual(expected);
        // The PDF draws a box for every one of them (plus the duty checklist's).
        const drawnBoxes = output(b, "checklists.docx");
        expect(openDocx(drawnBoxes).xml("word/document.xml").match(/<w14:checkbox>/g)?.length ?? 0).toBeGreaterThanOrEqual(expected.reduce((a, n) => a + n, 0));
      });
    });
  }
});

describe("sample-specific rules", () => {
  it("the prison plan lists all nine harmful-information categories", () => {
    const text = squash(pdfText(pdfs.get("prison.yaml/plan")!));
    const items = [
      "煽动抗拒、破坏宪法和法律、行政法规实施的",
      "损害国家机关声誉的",
      "煽动分裂国家、破坏国家统一的",
      "煽动民族仇恨、民族歧视、破坏民族团结的",
      "捏造或者歪曲事实，散布谣言，扰乱社会秩序的",
      "宣扬封建迷信、淫秽、色情、赌博、暴力、凶杀、教唆犯罪的",
      "公然侮辱他人或捏造事实诽谤、恶意攻击他人的",
      "损害党委政府声誉，影响本地安全稳定的",
      "其他违反宪法和法律行政法规的",
    ];
    // Numbered 1. (GB/T 15834: an Arabic numeral takes a full stop, even where the data writes 1、), each
    // item a clause closed with ；, the last with 。.
    items.forEach((item, i) => expect(text).toContain(squash(`${i + 1}.${item}${i === items.length - 1 ? "。" : "；"}`)));
  });

  it("the prison's harmful-information register has the six columns", () => {
    const b = builds.get("prison.yaml")!;
    const form = b.trees.find((t) => t.meta.name === "forms")!;
    const titleAt = form.sections.findIndex((s) => s.children.some((x) => x.type === "heading" && x.children.some((c) => c.type === "text" && c.value === "有害信息记录表")));
    expect(titleAt).toBeGreaterThanOrEqual(0);
    const table = form.sections[titleAt]!.children.find((x) => x.type === "table");
    const header = table?.type === "table" ? table.header[0]!.cells.map((c) => c.children.map((i) => (i.type === "text" ? i.value : "")).join("")) : [];
    expect(header).toEqual(["网址", "主题", "发布时间", "发现时间", "上报时间", "处理结果"]);
    // …and in the PDF, the same six headings across one row, with ruled blank rows below.
    const pages = pdfs.get("prison.yaml/forms")!;
    const page = pages.find((p) => p.items.some((i) => i.str === "有害信息记录表"))!;
    const row = pdfLines(page).find((l) => l.some((i) => i.str === "网址"))!;
    expect(row.map((i) => i.str).filter((x) => x.trim())).toEqual(["网址", "主题", "发布时间", "发现时间", "上报时间", "处理结果"]);
  });

  it("the prison's daily duty checklist has three timed checks for “at least three times a day”: one row, a box under each time", () => {
    const b = builds.get("prison.yaml")!;
    const tree = b.trees.find((t) => t.meta.name === "checklists")!;
    const table = tree.sections.flatMap((s) => s.children).filter((x) => x.type === "table").pop();
    const text = (c: { children: readonly { type: string; value?: string }[] }) => c.children.map((i) => (i.type === "text" ? i.value : "")).join("");
    expect(table?.type === "table" ? table.header[0]!.cells.slice(1, 4).map(text) : []).toEqual(["09:00", "13:30", "16:30"]);
    const checks = table?.type === "table" ? table.rows.filter((r) => /浏览查看/.test(text(r.cells[0]!))) : [];
    expect(checks).toHaveLength(1);
    expect(checks[0]!.cells.slice(1, 4).every((c) => c.children.some((i) => i.type === "checkbox"))).toBe(true);
  });

  it("the university plan has the 1-hour report rule", () => {
    expect(squash(pdfText(pdfs.get("university.yaml/plan")!))).toContain("在1小时内向领导小组报告");
  });

  it("the township's liaison slip says the verification is due within half a day", () => {
    expect(squash(pdfText(pdfs.get("township.yaml/plan")!))).toContain("半天内");
  });
});
