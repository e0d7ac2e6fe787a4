import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { built, output, squash } from "./helpers/build.js";
import { docxRows, openDocx } from "./helpers/docx.js";
import { pdfText, readPdf } from "./helpers/pdf.js";
import type { OrganisationBuild } from "../src/pipeline/build-organisation.js";
import { levelReport } from "../src/model/level-report.js";
import { escalationOrder } from "../src/model/escalation.js";
import { roundTheClock } from "../src/model/duty-hours.js";
import { localeText } from "../src/locale/index.js";

/**
 * What the duty officer holds, read back from the built PDF and DOCX of every
 * example: the level checklists carry their level's report with its deadline,
 * rows are actions, the daily duty checklist is a grid, a row that points at
 * a list carries it; the contact sheet lists the report chain in escalation
 * order, every row with a number and every person once, says 24小时 only of a
 * rota that covers the day and prints one phone style; the forms ask for what
 * the duty manager writes down first.
 */

const EXAMPLES = [...readdirSync("data/examples").map((f) => `data/examples/${f}`), "data/county/township-east.yaml", "data/county/township-west.yaml"].filter((f) => f.endsWith(".yaml")).sort();
const DOCS = ["checklists", "contacts", "forms"] as const;

type Doc = { pdf: string; rows: string[][] };
const docs = new Map<string, Doc>();
const builds = new Map<string, OrganisationBuild>();

beforeAll(async () => {
  for (const f of EXAMPLES) {
    const b = await built(f);
    builds.set(f, b);
    for (const d of DOCS) docs.set(`${f}/${d}`, { pdf: squash(pdfText(await readPdf(output(b, `${d}.pdf`)))), rows: docxRows(openDocx(output(b, `${d}.docx`)).xml("word/document.xml")) });
  }
}, 600_000);

const doc = (f: string, d: (typeof DOCS)[number]) => docs.get(`${f}/${d}`)!;
const model = (f: string) => builds.get(f)!.model!;
const t = (f: string) => localeText(model(f).data.locale);
/** Checklist rows in the full layout — the tick box, the numbered action, the owner, the deadline… — also where a checklist with no deadline prints no Deadline column. */
const actionRows = (f: string) => {
  let noDeadline = false;
  const out: string[][] = [];
  for (const r of doc(f, "checklists").rows) {
    if (/^(?:Done|完成)$/u.test(r[0] ?? "")) noDeadline = !r.some((c) => /^(?:Deadline|时限)$/u.test(c));
    else if (r.length >= 4 && /^(?:（\d+）|\d+\.\s)/u.test(r[1] ?? "")) out.push(noDeadline ? [...r.slice(0, 3), "", ...r.slice(3)] : r);
  }
  return out;
};

describe("a checklist whose rows have no deadline", () => {
  it("prints no empty Deadline column; one with deadlines keeps it", () => {
    let without = 0;
    let withDeadlines = 0;
    for (const f of EXAMPLES) {
      let header: string[] | undefined;
      let deadlines: string[] = [];
      const close = () => {
        if (!header) return;
        const at = header.findIndex((c) => /^(?:Deadline|时限)$/u.test(c));
        if (at < 0) without++;
        else {
          withDeadlines++;
          expect(deadlines.map((r) => r).some((d) => d !== ""), `${f}: a Deadline column with no deadline in it`).toBe(true);
        }
      };
      for (const r of doc(f, "checklists").rows) {
        if (/^(?:Done|完成)$/u.test(r[0] ?? "")) {
          close();
          header = r;
          deadlines = [];
        } else if (header && /^(?:（\d+）|\d+\.\s)/u.test(r[1] ?? "")) {
          const at = header.findIndex((c) => /^(?:Deadline|时限)$/u.test(c));
          if (at >= 0) deadlines.push(r[at] ?? "");
        }
      }
      close();
    }
    expect(without).toBeGreaterThan(0);
    expect(withDeadlines).toBeGreaterThan(0);
  });
});

describe("every level's report is a row of its checklist, with owner and deadline", () => {
  let found = 0;
  let levels = 0;
  for (const f of EXAMPLES) {
    it(f, () => {
      const m = model(f);
      for (const l of m.data.levels) {
        const r = levelReport(m, l);
        if (r.to.length === 0 || !r.within) continue;
        levels++;
        const within = t(f).deadlineShort(r.within);
        // The recipient as the document names it: in full, or by its short form once introduced.
        const names = r.to.flatMap((id) => {
          const e = m.index.get(id)?.entity as { name: string; short_name?: string; abbr?: string };
          return [e.name, e.short_name, e.abbr].filter((x): x is string => !!x);
        });
        // A row naming a recipient, with the level's deadline in the deadline column and someone in the owner column.
        const row = actionRows(f).find((x) => names.some((n) => (x[1] ?? "").includes(n)) && x[3] === within && (x[2] ?? "") !== "");
        expect(row, `${l.id}: report to ${names.join("、")} ${within}`).toBeDefined();
        // The PDF prints it too (a cell wraps, so its first words).
        expect(doc(f, "checklists").pdf).toContain(squash(row![1]!).slice(0, 8));
        found++;
      }
    });
  }
  it("all of them (figure for the report)", () => {
    expect(levels).toBeGreaterThanOrEqual(20);
    expect(found).toBe(levels);
    console.info(`level report deadlines on their checklists: ${found} of ${levels}`);
  });
});

describe("a row is an action, numbered in sequence, its deadline a deadline", () => {
  for (const f of EXAMPLES) {
    it(f, () => {
      const english = !model(f).data.locale.startsWith("zh");
      let expected = 1;
      for (const r of actionRows(f)) {
        const m = /^(?:（(\d+)）|(\d+)\.\s)(.*)$/u.exec(r[1] ?? "")!;
        const n = Number(m[1] ?? m[2]);
        // A table's rows count on from 1 without a repeat or a gap.
        expected = n === 1 ? 1 : expected;
        expect(n, r[1]).toBe(expected++);
        // The action, after any condition ("If …: ", "发现…后：") or approval ("After approval by …, ").
        const action = (m[3] ?? "").replace(/^[^：:]{1,160}[：:]\s*/u, "").replace(/^After approval by [^,]+, /u, "");
        if (english) expect(action, r[1]).not.toMatch(/^(?:[A-Z][a-z]+(?:es|s))\s(?!of\b)/u);
        else expect(action, r[1]).not.toMatch(/^(?:要|必须|应当)/u);
        // Deadlines only: never 24小时 (a duration) and never a frequency in the deadline column.
        expect(r[3] ?? "", r[1]).not.toMatch(/^24小时$|每天|每周|daily|a day|around the clock/u);
      }
    });
  }

  it("round-the-clock duty is a frequency (24小时持续), not a deadline", () => {
    const row = actionRows("data/examples/town.yaml").find((r) => (r[1] ?? "").includes("24小时网络在线值班"))!;
    expect(row[3]).toBe("");
    expect(row[4]).toBe("24小时持续");
  });

  it("a quarantine lasts 14 days: printed with the frequency, not as a deadline", () => {
    const row = actionRows("data/examples/school-epidemic.yaml").find((r) => (r[1] ?? "").includes("隔离医学观察"))!;
    expect(row[3]).toBe("");
    expect(row[4]).toBe("持续14天");
  });
});

describe("a row that points at a list carries it", () => {
  it("prison: 如发现包含以下内容信息的 is followed by the nine categories, numbered as the category numbers them (PDF and DOCX)", () => {
    const f = "data/examples/prison.yaml";
    const rows = doc(f, "checklists").rows;
    const at = rows.findIndex((r) => (r[1] ?? "").includes("如发现包含以下内容信息的"));
    expect(at).toBeGreaterThan(0);
    const items = model(f).data.categories.find((c) => c.id === "harmful-info")!.items;
    // The category is written 1、; an Arabic numeral prints with a full stop (GB/T 15834).
    items.forEach((item, k) => expect(rows[at + 1 + k]![1]).toContain(`${k + 1}.${item.text}`));
    expect(doc(f, "checklists").pdf).toContain(squash(`9.${items[8]!.text}`));
  });
});

describe("the daily duty checklist is a grid: each check once, a column per check", () => {
  it("prison: one row for the three timed checks, under 09:00, 13:30 and 16:30", () => {
    const rows = doc("data/examples/prison.yaml", "checklists").rows;
    const header = rows.find((r) => r[0] === "检查内容")!;
    expect(header.slice(1, 4)).toEqual(["09:00", "13:30", "16:30"]);
    const checks = rows.filter((r) => (r[0] ?? "").includes("浏览查看与监狱相关的监控网站"));
    expect(checks).toHaveLength(1);
  });

  it("school: counted checks and shift duty are separate grids, so 第一次 never shares a column with 白班", () => {
    const headers = doc("data/examples/school-epidemic.yaml", "checklists").rows.filter((r) => r[0] === "检查内容");
    for (const h of headers) expect(h.some((c) => c.startsWith("第")) && h.some((c) => c.startsWith("白班"))).toBe(false);
    expect(headers.length).toBeGreaterThanOrEqual(2);
  });

  it("university: 24-hour watch in special periods is not an ordinary shift's check", () => {
    expect(doc("data/examples/university.yaml", "checklists").rows.filter((r) => (r[0] ?? "").includes("安排专人"))).toEqual([]);
  });
});

describe("the contact sheet", () => {
  for (const f of EXAMPLES) {
    it(`${f}: in escalation order only when the rules give one, every row a number, each person once`, () => {
      const m = model(f);
      const zh = m.data.locale.startsWith("zh");
      const { rows, pdf } = doc(f, "contacts");
      const header = rows.findIndex((r) => r[0] === (zh ? "顺序" : "Order"));
      const chain = escalationOrder(m);
      expect(header >= 0).toBe(chain.length > 0);
      expect(pdf.includes(zh ? "报告顺序" : "Inescalationorder")).toBe(chain.length > 0);
      // The chain's steps count up: 1, 1, 2, 3 …
      const orders = rows.slice(header + 1).filter((r) => /^\d+$/u.test(r[0] ?? "")).map((r) => Number(r[0]));
      orders.forEach((o, i) => expect(o).toBeGreaterThanOrEqual(orders[i - 1] ?? 1));
      // Every row of every table — rota, chain, groups, liaisons, stand-ins, outside bodies — has a number to call.
      const HEADERS = new Set(["顺序", "岗位", "日期", "单位", "Order", "Position", "Day", "Unit", "Role", "Organisation", "Organization"]);
      for (const r of rows.filter((x) => !HEADERS.has(x[0] ?? ""))) expect(r.some((c) => /(?:^|\D)\d{3}/u.test(c)), r.join(" | ")).toBe(true);
      // The sheet speaks to a duty officer: no data files, no rebuilding.
      expect(pdf).not.toMatch(/重新生成|更新数据|rebuild|datafile/iu);
      expect(pdf).toContain(squash(t(f).date(m.data.document.effective_date)));
    });
  }

  it("24小时值班 heads the rota only when its shifts cover the day; otherwise the hours are printed", () => {
    for (const f of EXAMPLES) {
      const m = model(f);
      if (!m.data.duty?.roster?.length) continue;
      const pdf = doc(f, "contacts").pdf;
      const full = roundTheClock(m.data.duty);
      expect(pdf.includes("24小时值班") || pdf.includes("24-hourdutyrota"), f).toBe(full);
      if (!full) for (const s of m.data.duty.shifts ?? []) expect(pdf).toContain(`${s.from}–${s.to}`);
    }
  });

  it("one phone style per document: national numbers by default (no +86 beside 0-prefixed numbers)", () => {
    const pdf = doc("data/examples/university.yaml", "contacts").pdf;
    expect(pdf).toContain("13916113060");
    expect(pdf).not.toContain("+86");
    expect(doc("data/examples/prison.yaml", "contacts").pdf).toContain("0734-8526600");
  });

  it("a class of people is a note, not an empty row; a post nobody is named for says who fills it", () => {
    const { rows, pdf } = doc("data/examples/university.yaml", "contacts");
    expect(rows.some((r) => r.includes("各单位指定1名"))).toBe(false);
    expect(pdf).toContain(squash("各单位网络信息员（各单位指定1名）"));
  });

  it("each person once, with all their posts (school: 孙立新)", () => {
    const rows = doc("data/examples/school-epidemic.yaml", "contacts").rows.filter((r) => r.includes("孙立新"));
    // Once in the people tables (the rota and the liaison tables are rosters by shift and unit).
    expect(rows.filter((r) => r.length >= 7 && !/^周/u.test(r[0] ?? ""))).toHaveLength(1);
  });
});

describe("forms", () => {
  it("Hollybrook's Notification of Incident asks for the caller first", () => {
    const pdf = doc("data/examples/borough-council.yaml", "forms").pdf;
    for (const field of ["Dateandtimeofcall", "Caller'sname", "Caller'sorganisation", "Numbertocallback"]) expect(pdf).toContain(field);
  });
});
