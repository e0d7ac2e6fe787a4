import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { built, output, squash } from "./helpers/build.js";
import { isFurniture, pdfLines, pdfStreamText, readPdf, unspaced, type PdfPage, type PdfText } from "./helpers/pdf.js";
import { docxParagraphs, docxRows, elements, openDocx } from "./helpers/docx.js";
import type { OrganisationBuild } from "../src/pipeline/build-organisation.js";
import type { LevelT, StepT } from "../src/model/model.js";
import type { Inline } from "../src/tree/types.js";

/**
 * The four examples written from the corpus of real plans, read back from
 * their PDF and DOCX: the document skeletons (continuous articles, the
 * issuing notice, attachments listed under the body and each on its own
 * page), the level rules (label sets, criteria lists, activated groups,
 * level-scoped steps), the people (delegation order, abbreviations) and the
 * American page and date formats. Expectations are taken from the data where
 * the data states them, so a changed rule changes what is looked for.
 */

const HOSPITAL = "data/examples/hospital.yaml";
const PRICE = "data/examples/price-bureau.yaml";
const COMPANY = "data/examples/utilities-company.yaml";
const JIC = "data/examples/mesa-county-jic.yaml";
const DOCS = ["plan", "checklists", "contacts", "forms"] as const;

const builds = new Map<string, OrganisationBuild>();
const pdfs = new Map<string, PdfPage[]>();

beforeAll(async () => {
  for (const f of [HOSPITAL, PRICE, COMPANY, JIC]) {
    const b = await built(f);
    builds.set(f, b);
    for (const d of DOCS) pdfs.set(`${f}/${d}`, await readPdf(output(b, `${d}.pdf`)));
  }
}, 300_000);

const model = (f: string) => builds.get(f)!.model!;
const pages = (f: string, d: (typeof DOCS)[number] = "plan") => pdfs.get(`${f}/${d}`)!;
const docxXml = (f: string, d: (typeof DOCS)[number] = "plan") => openDocx(output(builds.get(f)!, `${d}.docx`)).xml("word/document.xml");
const paragraphs = (f: string, d: (typeof DOCS)[number] = "plan") => docxParagraphs(docxXml(f, d));

type Line = { page: number; y: number; items: PdfText[]; text: string };

/** Every line of body text (no running header, no page number), page by page, top to bottom. */
function lines(ps: readonly PdfPage[]): Line[] {
  return ps.flatMap((p, page) =>
    pdfLines(p)
      .map((items) => items.filter((i) => !isFurniture(i, p)))
      .filter((items) => items.length > 0)
      .map((items) => ({ page, y: items[0]!.y, items, text: unspaced(items.map((i) => i.str).join("")) })),
  );
}

const textOf = (inlines: readonly Inline[]) => inlines.map((i) => (i.type === "text" ? i.value : "")).join("");

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 一 → 1, 十二 → 12, 二十三 → 23 (up to 99). */
function zhNumber(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m) return Number.NaN;
  if (!m[2]) return ZH_DIGITS[m[1] ?? ""] ?? Number.NaN;
  return (m[1] ? ZH_DIGITS[m[1]]! : 1) * 10 + (m[3] ? ZH_DIGITS[m[3]]! : 0);
}

describe("articles numbered on through the chapters (hospital 管理办法)", () => {
  it("the PDF counts 第一条 … 第N条 without restarting in 第二章 and later chapters", () => {
    const seq: Array<{ kind: "chapter" | "article"; n: number }> = [];
    // The body: every line after the table of contents (whose lines carry dot leaders).
    for (const l of lines(pages(HOSPITAL)).filter((x) => !x.text.includes("···"))) {
      for (const it of l.items) {
        const a = /^第([一二三四五六七八九十]+)条$/u.exec(it.str);
        const c = /^第([一二三四五六七八九十]+)章$/u.exec(it.str);
        if (a) seq.push({ kind: "article", n: zhNumber(a[1]!) });
        if (c) seq.push({ kind: "chapter", n: zhNumber(c[1]!) });
      }
    }
    const articles = seq.filter((s) => s.kind === "article").map((s) => s.n);
    const chapters = seq.filter((s) => s.kind === "chapter").map((s) => s.n);
    const sections = model(HOSPITAL).data.plan.sections;
    expect(chapters).toEqual(sections.map((_, i) => i + 1));
    const total = sections.reduce((n, s) => n + (s.items?.length ?? 0), 0);
    expect(articles).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    // Each chapter after the first goes on from the article before it.
    seq.forEach((s, i) => {
      if (s.kind !== "chapter" || s.n === 1) return;
      const before = seq.slice(0, i).filter((x) => x.kind === "article").pop()!;
      const after = seq.slice(i + 1).find((x) => x.kind === "article")!;
      expect(after.n, `first article of 第${s.n}章`).toBe(before.n + 1);
    });
    expect(articles.length).toBeGreaterThan(sections[0]!.items!.length + 1);
  });

  it("the DOCX has the same continuous numbers, and a cross-reference names the right article", () => {
    // Article numbers are bold runs of their own (第一条, then a full-width space and the text).
    const numbers = [...docxXml(HOSPITAL).matchAll(/<w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t[^>]*>第([一二三四五六七八九十]+)条<\/w:t>/gu)].map((m) => zhNumber(m[1]!));
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    // {handling-article.number}: the article that holds the handling procedure.
    const chapters = model(HOSPITAL).data.plan.sections;
    let n = 0;
    let handling = 0;
    for (const c of chapters) for (const a of c.items ?? []) if ((n += 1) && a.id === "handling-article") handling = n;
    const cited = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][handling] ?? "";
    expect(handling).toBeGreaterThan(0);
    expect(squash(paragraphs(HOSPITAL).join(""))).toContain(`按第${cited}条规定的程序呈报`);
  });
});

describe("attachments: listed under the body, each on its own page with its mark", () => {
  it("the plan lists 附件：1. … after the body, in the order of the data, before the first mark", () => {
    const ls = lines(pages(PRICE));
    const titles = ls.map((l) => squash(l.text));
    const first = titles.findIndex((t) => t.startsWith("附件：1."));
    expect(first).toBeGreaterThan(0);
    const attachments = model(PRICE).data.attachments;
    const listed = titles.slice(first, first + attachments.length).map((t) => t.replace(/^附件：/u, ""));
    const formTitle = (id: string | undefined) => model(PRICE).data.forms.find((x) => x.id === id)?.title ?? "";
    const expected = attachments.map((a, i) => `${i + 1}.${squash(a.title ?? formTitle(a.form))}`);
    expect(listed).toEqual(expected);
    // The body's last article comes before the list; the first mark after it.
    expect(titles.slice(0, first).join("")).toContain("本预案自2026年7月1日起施行。");
    expect(titles.findIndex((t) => t === "附件1")).toBeGreaterThan(first);
  });

  for (const f of [PRICE, COMPANY, HOSPITAL]) {
    it(`${f.split("/").pop()}: 附件N opens a page of its own, with the title under it (PDF), and starts a page in the DOCX`, () => {
      const ps = pages(f);
      const attachments = model(f).data.attachments;
      let lastPage = -1;
      attachments.forEach((a, i) => {
        const mark = `附件${i + 1}`;
        const page = ps.findIndex((p) => lines([p])[0]?.text === mark);
        expect(page, `${mark} at the top of a page`).toBeGreaterThan(lastPage);
        lastPage = page;
        const below = lines([ps[page]!]).slice(1, 4).map((l) => squash(l.text)).join("");
        const title = a.title ?? (a.form ? model(f).data.forms.find((x) => x.id === a.form)!.title : "");
        expect(below.startsWith(squash(title)), `${mark}: “${title}” under the mark`).toBe(true);
        // A page break before the mark, or the mark opening a section of its own (a landscape form).
        expect(docxXml(f)).toMatch(new RegExp(`(<w:pageBreakBefore/>|</w:sectPr></w:pPr>(?:(?!</w:p>).)*</w:p><w:p><w:pPr>(?:<w:pStyle [^>]*/>)?)</w:pPr><w:r><w:t[^>]*>${mark}</w:t>`));
      });
    });
  }

  it("the en-US plan lists its appendices by their labels (Appendix A …) and opens each on a new page", () => {
    const ls = lines(pages(JIC));
    const attachments = model(JIC).data.attachments;
    const at = ls.findIndex((l) => l.text.trim() === "Appendices:");
    expect(at).toBeGreaterThan(0);
    attachments.forEach((a, i) => {
      const label = a.label ?? `Appendix ${String.fromCharCode(65 + i)}`;
      expect(ls[at + 1 + i]!.text).toMatch(new RegExp(`^${label.replace(/\./g, "\\.")}\\s+—\\s+`));
      const page = pages(JIC).findIndex((p) => lines([p])[0]?.text.trim() === label);
      expect(page, `${label} at the top of a page`).toBeGreaterThan(ls[at]!.page);
    });
  });
});

describe("the call for comments printed before the plan (price bureau)", () => {
  it("page 1 is the notice: title, addressee, period, where to send comments, attachment line, issuer and date", () => {
    const n = model(PRICE).data.notice!;
    const first = squash(lines([pages(PRICE)[0]!]).map((l) => l.text).join(""));
    expect(first.startsWith(squash(`关于公开征求《${model(PRICE).data.document.title}》意见的通知`))).toBe(true);
    expect(first).toContain(`${n.to![0]}：`);
    expect(first).toContain("公开征求意见时间：2026年6月9日至2026年6月17日");
    expect(first).toContain(`电子邮箱：${n.comments!.email}`);
    expect(first).toContain("联系人及联系电话：杨帆，0856-5202011");
    // The attachment note names the attachment without 书名号 (GB/T 9704-2012 7.3.3).
    expect(first).toContain("附件：青峰市价格异常波动应急预案（征求意见稿）");
    expect(first.endsWith("青峰市发展和改革局2026年6月9日")).toBe(true);
    // The plan itself starts on the next page, as the notice's attachment.
    const second = lines([pages(PRICE)[1]!]).map((l) => squash(l.text));
    expect(second.slice(0, 3)).toEqual(["附件", "青峰市价格异常波动应急预案", "（征求意见稿）"]);
  });

  it("the DOCX has the notice's paragraphs before the plan's title", () => {
    const ps = paragraphs(PRICE).map(squash);
    const notice = ps.findIndex((p) => p.startsWith("关于公开征求"));
    const addressee = ps.indexOf("广大市民朋友：");
    const title = ps.indexOf("青峰市价格异常波动应急预案");
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(addressee).toBeGreaterThan(notice);
    expect(title).toBeGreaterThan(addressee);
    expect(ps.slice(notice, title).some((p) => p.startsWith("公开征求意见时间"))).toBe(true);
  });
});

describe("flowcharts drawn from the data, read from the PDF", () => {
  /** Items of the page that carries `mark`, below the title. */
  function chartItems(f: string, mark: string): PdfText[] {
    const page = pages(f).find((p) => lines([p])[0]?.text.trim() === mark)!;
    expect(page, mark).toBeDefined();
    return page.items.filter((i) => !isFurniture(i, page)).slice(2);
  }
  const find = (items: PdfText[], start: string) => items.filter((i) => i.str.startsWith(start));

  it("price bureau: the steps of the response-start procedure top to bottom, its three alternatives side by side", () => {
    const steps = model(PRICE).data.procedures.find((p) => p.id === "response-start")!.steps;
    const items = chartItems(PRICE, "附件1");
    const heads = steps.map((s) => (s.action ?? "").slice(0, 4));
    const at = heads.map((h) => find(items, h));
    at.forEach((found, i) => expect(found.length, `box for “${steps[i]!.action}”`).toBeGreaterThan(0));
    // The trigger of the first step is the start terminal, above everything.
    const start = find(items, (steps[0]!.when ?? "").slice(0, 4))[0]!;
    expect(start.y).toBeLessThan(at[0]![0]!.y);
    // Unconditional steps go down the page.
    expect(at[0]![0]!.y).toBeLessThan(at[1]![0]!.y);
    // Steps 3–5 (consecutive `when`s) are alternatives on one row, in data order from left to right.
    const alternatives = steps.map((s, i) => ({ s, i })).filter(({ s, i }) => i > 0 && s.when).map(({ i }) => i);
    expect(alternatives.length).toBe(3);
    const boxes = at[alternatives[0]!]!.concat(...alternatives.slice(1).map((i) => at[i]!));
    const unique = [...new Map(boxes.map((b) => [`${b.x.toFixed(0)},${b.y.toFixed(0)}`, b])).values()].sort((a, b) => a.x - b.x);
    expect(unique.length).toBe(3);
    // One row: their text is centred in boxes of one height, so the lines differ by less than a line or two.
    for (const b of unique) expect(Math.abs(b.y - unique[0]!.y)).toBeLessThan(30);
    expect(unique[0]!.x + 40).toBeLessThan(unique[1]!.x);
    expect(unique[1]!.x + 40).toBeLessThan(unique[2]!.x);
    // The first alternative is the one written first in the data (请示 goes to the city government).
    expect(unique[0]!.str.startsWith(heads[alternatives[0]!]!)).toBe(true);
    for (const b of unique) expect(b.y).toBeGreaterThan(at[1]![0]!.y + 20);
    // The last step joins them again below, then the end terminal.
    const last = at[steps.length - 1]![0]!;
    for (const b of unique) expect(last.y).toBeGreaterThan(b.y + 20);
    expect(items.find((i) => i.str === "结束")!.y).toBeGreaterThan(last.y);
  });

  it("county JIC: staff notification, with the alert that applies only at two levels as a decision between two steps", () => {
    const d = model(JIC).data;
    const steps = d.procedures.find((p) => p.id === "staff-notification")!.steps;
    const levelNames = (steps[2]!.at_levels ?? []).map((id) => d.levels.find((l) => l.id === id)!.name);
    expect(levelNames.length).toBe(2);
    const items = chartItems(JIC, "Appendix G");
    const y = (s: string) => {
      const hit = items.find((i) => i.str.toLowerCase().startsWith(s.toLowerCase()));
      expect(hit, `“${s}” in the chart`).toBeDefined();
      return hit!.y;
    };
    const order = [
      y((steps[0]!.when ?? "").slice(0, 20)),
      y((steps[0]!.action ?? "").slice(0, 20)),
      y((steps[1]!.action ?? "").slice(0, 20)),
      y(`At ${levelNames.join(" or ")}`),
      y((steps[2]!.action ?? "").slice(0, 20)),
      y((steps[3]!.action ?? "").slice(0, 20)),
      y("End"),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    expect(items.some((i) => i.str === "Yes")).toBe(true);
    expect(items.some((i) => i.str === "No")).toBe(true);
  });
});

describe("level tables with chosen columns and label sets", () => {
  const levels = (f: string, scale: string) => model(f).data.levels.filter((l) => l.scale === scale).sort((a, b) => a.rank - b.rank);

  it("the warning table shows each level's name and its colour label on one row (PDF and DOCX)", () => {
    const warnings = levels(PRICE, "warning");
    expect(warnings.length).toBe(4);
    const ls = lines(pages(PRICE));
    const mark = ls.findIndex((l) => l.text === `附件${model(PRICE).data.attachments.findIndex((a) => a.id === "warning-table") + 1}`);
    const table = ls.slice(mark, mark + 12);
    for (const l of warnings) {
      const row = table.find((x) => x.items.some((i) => i.str === l.name));
      expect(row, l.name).toBeDefined();
      expect(row!.items.map((i) => i.str)).toContain(l.labels!.colour);
    }
    const rows = docxRows(docxXml(PRICE));
    for (const l of warnings) expect(rows.some((r) => r[0] === l.name && r[1] === l.labels!.colour)).toBe(true);
  });

  it("the event table shows the grade label and the response level it maps to; the response table its name and roman label", () => {
    const rows = docxRows(docxXml(PRICE));
    const names = new Map(model(PRICE).data.levels.map((l) => [l.id, l.name]));
    for (const l of levels(PRICE, "event")) {
      const row = rows.find((r) => r[0] === l.labels!.grade);
      expect(row, l.labels!.grade).toBeDefined();
      expect(row![2]).toBe(names.get(l.maps_to![0]!));
      expect(row![1]).toMatch(l.criteria!.mode === "all" ? /^同时符合下列条件：①/u : /^符合下列情形之一：①/u);
    }
    for (const l of levels(PRICE, "response")) expect(rows.some((r) => r[0] === l.name && r[1] === l.labels!.roman)).toBe(true);
    // The same labels in the PDF's table (the grade label is one cell, wrapped or not).
    const text = squash(pdfStreamText(pages(PRICE)));
    for (const l of levels(PRICE, "event")) expect(text).toContain(squash(l.labels!.grade!));
  });

  it("the en-US notification table shows criteria, examples, who is notified and the tier it maps to", () => {
    const all = docxRows(docxXml(JIC));
    const rows = all.slice(all.findIndex((r) => r[0] === "Levels of notification" && r[2] === "Examples"));
    expect(rows.length).toBeGreaterThan(3);
    const byId = new Map(model(JIC).data.levels.map((l) => [l.id, l]));
    for (const l of levels(JIC, "notification")) {
      const c = l.criteria!;
      const row = rows.find((r) => r[0] === l.name && c.mode === "text" && r[1] === c.text);
      expect(row, l.name).toBeDefined();
      expect(row![2]).toBe(l.examples!.join(", "));
      expect(row![4]).toBe((l.maps_to ?? []).map((id) => byId.get(id)!.name).join(" and "));
    }
  });
});

describe("criteria printed as a numbered list with the any/all wording", () => {
  it("price bureau 1.5: each event grade names its rule (同时符合下列条件 / 符合下列情形之一), then one line per condition", () => {
    const ls = lines(pages(PRICE)).map((l) => l.text);
    for (const l of model(PRICE).data.levels.filter((x) => x.scale === "event")) {
      const c = l.criteria!;
      if (c.mode !== "all" && c.mode !== "any") throw new Error(`${l.id} has list criteria`);
      const intro = c.mode === "all" ? "同时符合下列条件：" : "符合下列情形之一：";
      const at = ls.findIndex((t) => t.endsWith(`${l.name}。${intro}`));
      expect(at, `${l.name}。${intro}`).toBeGreaterThanOrEqual(0);
      const next = ls.slice(at + 1).findIndex((t) => t.startsWith("（"));
      const starts = ls.slice(at + 1, at + 1 + next).filter((t) => /^[①-⑳]/u.test(t));
      expect(starts.map((t) => t[0])).toEqual(["①", "②", "③", "④"].slice(0, c.conditions.length));
    }
    expect(squash(ls.join(""))).toContain("①粮食、食用油、猪肉等重要民生商品价格周环比涨幅达到50%以上；");
    expect(squash(ls.join(""))).toContain("②价格异常波动持续时间超过14天；");
  });

  it("listed company: 重大舆情 joins its conditions with 同时符合; 一般舆情 is the catch-all", () => {
    const text = squash(lines(pages(COMPANY)).map((l) => l.text).join("\n"));
    const major = model(COMPANY).data.levels.find((l) => l.id === "major")!.criteria!;
    expect(major.mode).toBe("all");
    // The levels are a list inside 第十条, so （一）; their conditions the level after, 1. (GB/T 9704 7.3.3).
    const items = major.mode === "all" ? major.conditions.map((c, i) => `${i + 1}.${c.text}`) : [];
    expect(text).toContain(`（一）重大舆情。同时符合下列条件：${items.join("；")}。`);
    // Both items set off their term alike.
    expect(text).toContain("（二）一般舆情。除重大舆情以外的其他舆情。");
  });

  it("county JIC: the tier table says “Any of the following” and letters the conditions", () => {
    const rows = docxRows(docxXml(JIC));
    const full = rows.find((r) => r[0] === "Full Scale JIC/JIS")!;
    expect(full[1]).toMatch(/^Any of the following: \(a\) the EOC is fully activated; \(b\) .+; \(c\) information is released by 6 or more agencies\.$/);
  });
});

describe("a group that exists only when a level sets it up", () => {
  it("price bureau: the 指挥部 is 成立 when the top two levels occur, not described as standing", () => {
    const all = squash(lines(pages(PRICE)).map((l) => l.text).join(""));
    const text = all.slice(all.indexOf("为建立健全价格异常波动应急处置机制"));
    const activators = model(PRICE).data.levels.filter((l: LevelT) => l.activates?.includes("command"));
    expect(activators.map((l) => l.id)).toEqual(["r1", "r2"]);
    // Set up at either level: 发生A或B时.
    const when = activators.map((l) => l.labels!.situation).join("或");
    expect(text).toContain(`2.1.1市指挥部发生${when}时，立即成立青峰市价格异常波动应急指挥部（以下简称市指挥部）。`);
    expect(text).not.toMatch(/。成立青峰市价格异常波动应急指挥部/u);
    // Each activating level's own section says it is set up there; the others do not.
    const r1 = text.slice(text.indexOf("4.2一级响应"), text.indexOf("4.3二级、三级响应"));
    const r4 = text.slice(text.indexOf("4.4四级响应"), text.indexOf("4.5响应终止"));
    expect(r1).toContain("立即成立市指挥部");
    expect(r4).not.toContain("成立");
    // The standing office under it is introduced as 下设, with no trigger.
    expect(text).toContain("下设市指挥部办公室");
  });

  it("county JIC: the JIC “is activated at” its tiers; the standing JIS “is made up of” its members", () => {
    const text = lines(pages(JIC)).map((l) => l.text).join(" ").replace(/\s+/g, " ");
    // The JIC's short form was introduced in I. Purpose, so the sentence uses it.
    expect(text).toContain("It establishes the Joint Information Center (JIC):");
    expect(text).toContain("The JIC is activated at Full Scale or Large Scale. It is made up of the Lead Public Information Officer");
    expect(text).toContain("The JIS is made up of the Lead Public Information Officer");
    expect(text).not.toMatch(/Joint Information Center (\(JIC\) )?is made up of/);
  });
});

describe("steps that apply only at a level stay off the daily duty checklist", () => {
  /** Steps that belong to a level: its own, its procedure's, and the scale stages'. */
  function levelSteps(f: string): StepT[] {
    const d = model(f).data;
    const scoped = new Set([...d.levels.flatMap((l) => (l.procedure ? [l.procedure] : [])), ...d.scales.flatMap((s) => (s.stages ?? []).map((x) => x.procedure))]);
    return [...d.levels.flatMap((l) => l.steps ?? []), ...d.procedures.filter((p) => scoped.has(p.id)).flatMap((p) => p.steps)];
  }
  // The row is an instruction ("hold a briefing" for "holds a briefing"): compare what follows the verb.
  const head = (s: StepT) => (s.action ?? "").replace(/\{to\}.*$/u, "").replace(/^[a-z]+\s+/u, "").slice(0, 8).toLowerCase();

  for (const [f, title] of [[PRICE, "每日值班检查单"], [JIC, "Daily duty checklist"], [COMPANY, "每日值班检查单"]] as const) {
    it(`${f.split("/").pop()}: the daily grid has the routine per-day steps only, each once with a box per check`, () => {
      const b = builds.get(f)!;
      // Every grid under the heading (timed checks, counted checks, shifts), up to the next heading.
      const blocks = b.trees.find((t) => t.meta.name === "checklists")!.sections.flatMap((s) => [...s.children]);
      const from = blocks.findIndex((x) => x.type === "heading" && textOf(x.children).includes(title));
      expect(from).toBeGreaterThan(0);
      const until = blocks.findIndex((x, i) => i > from && x.type === "heading");
      const grids = blocks.slice(from + 1, until < 0 ? undefined : until).flatMap((x) => (x.type === "table" ? [x] : []));
      const gridRows = grids.flatMap((t) => t.rows);
      const what = gridRows.map((r) => textOf(r.cells[0]?.children ?? []).toLowerCase());
      const scoped = levelSteps(f);
      // Where there are level-scoped steps with a daily frequency — the case that matters — they are counted.
      const perDay = scoped.filter((s) => s.frequency?.kind === "times" && s.frequency.per === "day");
      expect(perDay.length > 0).toBe(f !== COMPANY);
      for (const s of scoped) expect(what.some((w) => w.includes(head(s))), `“${s.action}” on the duty checklist`).toBe(false);
      // …and they are on their level's checklist instead.
      const all = b.trees.find((t) => t.meta.name === "checklists")!.sections.flatMap((s) => [...s.children]);
      const cells = all.flatMap((x) => (x.type === "table" ? x.rows.map((r) => textOf(r.cells[1]?.children ?? []).toLowerCase()) : []));
      for (const s of perDay) expect(cells.some((c) => c.includes(head(s))), `“${s.action}” on its level's checklist`).toBe(true);
      // The routine steps with a daily count are there once, with a tick box in as many columns as checks.
      const boxes = (r: number) => gridRows[r]!.cells.filter((c) => c.children.some((i) => i.type === "checkbox")).length;
      const scopedSet = new Set(scoped);
      const routine = model(f).data.procedures.flatMap((p) => p.steps).filter((s) => !scopedSet.has(s) && !s.when && s.frequency?.kind === "times" && s.frequency.per === "day");
      expect(routine.length).toBeGreaterThan(0);
      for (const s of routine) {
        const n = s.frequency?.kind === "times" ? s.frequency.times : 0;
        const at = what.findIndex((w) => w.includes(head(s)));
        expect(what.filter((w) => w.includes(head(s))).length, `“${s.action}” once`).toBe(1);
        expect(boxes(at)).toBe(n);
      }
    });
  }
});

describe("the order of delegation on the contact sheet", () => {
  for (const [f, heading] of [[COMPANY, "代行顺序"], [JIC, "Order of delegation"]] as const) {
    it(`${f.split("/").pop()}: the stand-ins in order, with the people to call (PDF and DOCX)`, () => {
      const d = model(f).data;
      const role = d.roles.find((r) => (r.delegation ?? []).length > 0)!;
      const holder = (id: string) => {
        const r = d.roles.find((x) => x.id === id);
        const p = d.people.find((x) => x.id === (r?.holders?.[0] ?? id))!;
        return p;
      };
      const ls = lines(pages(f, "contacts"));
      const at = ls.findIndex((l) => l.text.trim() === heading);
      expect(at).toBeGreaterThanOrEqual(0);
      const after = ls.slice(at + 1);
      let lastIndex = -1;
      role.delegation!.forEach((id, k) => {
        const p = holder(id);
        // The stand-in is the post with its holder in brackets — 证券事务代表（顾晓宇） — or the person.
        const i = after.findIndex((l) => l.text.includes(p.name));
        expect(i, `${p.name} in the delegation table`).toBeGreaterThan(lastIndex);
        expect(after[i]!.items.map((x) => x.str)).toContain(String(k + 1));
        expect(after[i]!.text).toContain(p.phones!.mobile!);
        lastIndex = i;
      });
      const rows = docxRows(docxXml(f, "contacts"));
      const order = role.delegation!.map((id) => rows.findIndex((r) => (r[2] ?? "").includes(holder(id).name) && r[1] === String(role.delegation!.indexOf(id) + 1)));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });
  }

  it("the plan states the same order in words", () => {
    expect(squash(paragraphs(COMPANY).join(""))).toContain("新闻发言人不在时，依次由证券事务代表、总经理代行其职责。");
    expect(paragraphs(JIC).join(" ")).toContain("If the Lead Public Information Officer is unavailable, the JIC Manager, then the OEM Public Information Coordinator acts in their place.");
  });
});

describe("the en-US plan (county JIC)", () => {
  it("introduces “Public Information Officer (PIO)” once, the first time, and says “PIO” after", () => {
    for (const text of [lines(pages(JIC)).map((l) => l.text).join(" ").replace(/\s+/g, " "), paragraphs(JIC).join(" ")]) {
      const intro = text.indexOf("Public Information Officer (PIO)");
      expect(intro).toBeGreaterThan(0);
      expect(text.indexOf("Public Information Officer (PIO)", intro + 1)).toBe(-1);
      const first = text.search(/\bPIO\b/);
      expect(first).toBe(intro + "Public Information Officer (".length);
      expect(text.slice(intro + 40)).toMatch(/\bthe PIO\b/i);
    }
  });

  it("prints on US Letter in every document (PDF and DOCX), where the en-GB example prints on A4", async () => {
    const gb = await built("data/examples/borough-council.yaml");
    expect(gb.model!.data.locale).toBe("en-GB");
    // (A wide form it attaches is on a landscape A4 page.)
    for (const p of await readPdf(output(gb, "plan.pdf"))) expect([Math.round(p.width), Math.round(p.height)].sort()).toEqual([595, 842]);
    for (const d of DOCS) {
      for (const p of pages(JIC, d)) expect([p.width, p.height].sort()).toEqual([612, 792]);
      for (const sz of elements(docxXml(JIC, d), "w:pgSz")) expect([sz["w:w"], sz["w:h"]].sort()).toEqual(["12240", "15840"]);
    }
  });

  it("writes dates month first", () => {
    const text = lines(pages(JIC)).map((l) => l.text).join(" ");
    expect(text).toContain("Approved by the Cedar Mesa County Board of County Commissioners on September 18, 2007");
    expect(text).toContain("Effective March 1, 2026");
    expect(text).toContain("Revised February 10, 2026");
    expect(text).not.toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
  });
});

describe("no nested brackets in any example's documents", () => {
  const OPEN = new Set(["（", "("]);
  const CLOSE = new Set(["）", ")"]);
  /** Spans where a bracket opens inside another: （…（…）…） or (…(…)…). */
  function nested(text: string): string[] {
    const out: string[] = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (OPEN.has(c)) {
        if (depth === 0) from = i;
        depth += 1;
        if (depth === 2) out.push(text.slice(Math.max(0, from - 10), i + 20));
      } else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    }
    return out;
  }

  it("the scanner finds nesting of either kind and passes plain and side-by-side brackets", () => {
    expect(nested("李卫东（副院长（纠纷处理领导小组组长））")).toHaveLength(1);
    expect(nested("the Public Information Officer (PIO (agency))")).toHaveLength(1);
    expect(nested("（一）统一领导（以下简称领导小组）and (a) one (b) two")).toEqual([]);
  });

  const all = readdirSync("data/examples").filter((f) => f.endsWith(".yaml")).sort();
  for (const f of all) {
    it(f, async () => {
      const b = await built(`data/examples/${f}`);
      expect(b.diagnostics).toEqual([]);
      const found: string[] = [];
      for (const d of DOCS) {
        for (const p of docxParagraphs(openDocx(output(b, `${d}.docx`)).xml("word/document.xml"))) found.push(...nested(p).map((s) => `${d}.docx: ${s}`));
        const ps = await readPdf(output(b, `${d}.pdf`));
        for (const [n, p] of ps.entries()) found.push(...nested(pdfStreamText([p])).map((s) => `${d}.pdf p${n + 1}: ${s}`));
      }
      expect(found).toEqual([]);
    }, 120_000);
  }
});
