import { beforeAll, describe, expect, it } from "vitest";
import { built, output, squash } from "./helpers/build.js";
import { pdfText, readPdf } from "./helpers/pdf.js";
import { docxText } from "./helpers/docx.js";
import type { OrganisationBuild } from "../src/pipeline/build-organisation.js";

const FILE = "data/examples/university.yaml";
const DOCS = ["plan", "checklists", "contacts", "forms"];

let b: OrganisationBuild;
let planPdf: string;
let planDocx: string;

/** Positions of each phrase in `text`, searched in order; -1 where missing. */
function positions(text: string, phrases: readonly string[]): number[] {
  let from = 0;
  return phrases.map((p) => {
    const i = text.indexOf(squash(p), from);
    if (i >= 0) from = i;
    return i;
  });
}

beforeAll(async () => {
  b = await built(FILE);
  planPdf = squash(pdfText(await readPdf(output(b, "plan.pdf"))));
  planDocx = squash(docxText(output(b, "plan.docx")));
});

describe("university example (篇一)", () => {
  it("builds every document in both formats with no problems", () => {
    expect(b.diagnostics).toEqual([]);
    for (const d of DOCS) for (const ext of ["pdf", "docx"]) expect(output(b, `${d}.${ext}`).length).toBeGreaterThan(1000);
  });

  it("states the 1-hour report rule in the plan, in both formats", () => {
    // The leading group is introduced in full (以下简称领导小组) before the reporting rules.
    // The officer's steps share one subject: …立即向主管领导汇报……；在1小时内向领导小组报告.
    const rule = /网络舆情监控信息员立即向主管领导汇报[^。]*；在1小时内向领导小组报告/u;
    expect(planPdf).toMatch(rule);
    expect(planDocx).toMatch(rule);
  });

  it("has the seven mechanisms in order, in both formats", () => {
    const mechanisms = [
      "1.建立网络舆情监控信息员机制",
      "2.建立快速报告机制",
      "3.建立网络舆情研判机制",
      "4.建立快速查核机制",
      "5.建立信息发布机制",
      "6.建立舆论引导、疏导机制",
      "7.建立处置档案记录机制",
    ];
    const inPdf = positions(planPdf, mechanisms);
    const inDocx = positions(planDocx, mechanisms);
    expect(inPdf.every((p) => p >= 0)).toBe(true);
    expect(inDocx.every((p) => p >= 0)).toBe(true);
    expect([...inPdf].sort((x, y) => x - y)).toEqual(inPdf);
    expect([...inDocx].sort((x, y) => x - y)).toEqual(inDocx);
  });

  it("carries every rule of the data into the plan: each step's action, deadline and recipient, in the same order in PDF and DOCX", () => {
    const model = b.model;
    if (!model) throw new Error("no model");
    const phrases: string[] = [];
    for (const p of model.data.procedures) {
      if (p.intro) phrases.push(p.intro.slice(0, 20));
      for (const s of p.steps) {
        // A recipient goes where its verb puts it (向X报告, 送交X处理): the action's end follows it.
        if (s.action && !s.action.includes("{")) phrases.push(s.to ? s.action.replace(/[。；]$/, "").slice(-2) : s.action.replace(/[。；]$/, ""));
        if (s.text) phrases.push(s.text.replace(/\{[a-z]+\}/g, "").slice(0, 4));
      }
    }
    // A deadline adverb may stand inside an action, before its verb (根据事件进展情况适时采取…).
    const bare = (text: string) => text.replace(/适时|及时|立即|迅速|第一时间/gu, "");
    const inPdf = positions(bare(planPdf), phrases.map(bare));
    const inDocx = positions(bare(planDocx), phrases.map(bare));
    const missing = phrases.filter((_, i) => inPdf[i] === -1 || inDocx[i] === -1);
    expect(missing, missing.join(" | ")).toEqual([]);
    expect([...inPdf].sort((x, y) => x - y)).toEqual(inPdf);
    expect([...inDocx].sort((x, y) => x - y)).toEqual(inDocx);
    for (const phrase of ["立即向主管领导汇报", "依法送交浦东公安分局网络安全保卫支队处理", "同时向保密办公室、党委办公室及校长办公室报送审核", "迅速拟定新闻发布内容和方案", "根据事件进展情况适时采取应对措施", "及时予以澄清", "特殊时期党委宣传部安排专人24小时监控"]) {
      expect(planPdf).toContain(phrase);
      expect(planDocx).toContain(phrase);
    }
  });

  it("prints the principles, the leading group and the archiving rule", () => {
    for (const phrase of ["准确把握、快速反应", "及时、准确、公开、透明", "由王建国（党委书记）任组长", "文字材料、声音、影像的记录和保存保管工作"]) {
      expect(planPdf).toContain(squash(phrase));
      expect(planDocx).toContain(squash(phrase));
    }
  });

  it("leaves no Markdown or template syntax in the text", () => {
    for (const text of [planPdf, planDocx]) {
      expect(text).not.toMatch(/:::|\{\{|\\|\*\*|^#|\|\|/m);
    }
  });
});
