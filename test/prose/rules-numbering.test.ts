import { describe, expect, it } from "vitest";
import { doc, h, lead, lint, list, p, table } from "./trees.js";
import { leadingNumber, nextLevels, parseChineseNumeral } from "../../src/text/numbering-parse.js";

/** Numbering and lists (GB/T 9704 7.3.3, GB/T 15834): each rule on text with the defect and without. */

describe("reading numbers back", () => {
  it("reads the styles and values a line starts with", () => {
    expect(leadingNumber("（十二）加强监管")).toMatchObject({ style: "（一）", n: 12 });
    expect(leadingNumber("第二十一条　本办法")).toMatchObject({ style: "第一条", n: 21 });
    expect(leadingNumber("3.建立机制")).toMatchObject({ style: "1.", n: 3 });
    expect(leadingNumber("3.5小时内")).toBeUndefined();
    expect(leadingNumber("IV. Procedures")).toMatchObject({ style: "I.", n: 4 });
    expect(leadingNumber("3.2 Notification")).toMatchObject({ style: "1.1", n: 2 });
    expect(leadingNumber("2026年3月")).toBeUndefined();
    expect(parseChineseNumeral("一百零三")).toBe(103);
  });
  it("knows the next level of each scheme", () => {
    expect(nextLevels("一、")).toEqual(["（一）"]);
    expect(nextLevels("（一）")).toEqual(["1."]);
    expect(nextLevels("第一条")).toEqual(["（一）"]);
    expect(nextLevels("1.")).toContain("（1）");
    expect(nextLevels("A.")).toEqual(["1."]);
  });
});

describe("prose/numbering-level", () => {
  const r = "prose/numbering-level";
  it("finds a list that skips its section's next level", () => {
    expect(lint(r, [h(2, "二、组织领导"), p("领导小组工作职责："), p("（1）统一领导；"), p("（2）协调处置。")])).toHaveLength(1);
    expect(lint(r, [lead(3, "（二）及时报告。", "按程序报告。"), p("（1）重大舆情：…。")])).toHaveLength(1);
    expect(lint(r, [p("第五条　小组职责："), p("（1）统一领导；")])).toHaveLength(1);
    expect(lint(r, [lead(4, "1. Staff notification. ", "Staff are notified as follows:"), p("1. The IC requests activation."), p("2. The Lead PIO decides.")], {}, "en-US")).toHaveLength(1);
  });
  it("leaves lists at the next level, under decimals, and the nesting of items", () => {
    expect(lint(r, [h(2, "二、组织领导"), p("（一）统一领导。"), p("1.领导小组负责；"), p("（1）组长召集。"), p("2.办公室承担。")])).toEqual([]);
    expect(lint(r, [p("第五条　小组职责："), p("（一）统一领导；"), p("（二）协调处置。")])).toEqual([]);
    expect(lint(r, [h(3, "3.2 Notification"), p("1. The Duty Manager takes the details."), p("2. The Duty Manager decides.")], {}, "en-GB")).toEqual([]);
    expect(lint(r, [h(2, "2. Principles"), h(3, "2.1 Safety first")], {}, "en-GB")).toEqual([]);
    expect(lint(r, [h(2, "III. Activities"), h(3, "A. Strategy"), h(3, "B. Needs"), h(3, "C. Training")], {}, "en-US")).toEqual([]);
    expect(lint(r, [h(2, "附：修订记录"), p("（1）…")])).toEqual([]);
    expect(lint(r, [h(3, "第二节　职责"), p("（一）统一领导；"), p("（二）协调处置。")])).toEqual([]);
  });
});

describe("prose/numbering-sequence", () => {
  const r = "prose/numbering-sequence";
  it("finds gaps and repeats, in paragraphs and a table's rows", () => {
    expect(lint(r, [p("（1）核实；"), p("（2）报告；"), p("（2）处置。")])).toHaveLength(1);
    expect(lint(r, [table([["1. Convene the team"], ["2. Brief the board"], ["2. At Level 1: watch all channels"]])], {}, "en-GB")).toHaveLength(1);
    expect(lint(r, [table([["3. At Level II: alert the staff"]])], {}, "en-GB")).toHaveLength(1);
    expect(lint(r, [p("附件：1. 值班表", "hang"), p("3. 登记表", "hang-more")])).toHaveLength(1);
  });
  it("leaves lists that start again after a lead-in, and the note counting on", () => {
    expect(lint(r, [p("领导小组职责："), p("（1）统一领导；"), p("（2）协调。"), p("办公室职责："), p("（1）值班；"), p("（2）报告。")])).toEqual([]);
    expect(lint(r, [p("附件：1. 值班表", "hang"), p("2. 登记表", "hang-more")])).toEqual([]);
    expect(lint(r, [list(["Laptops", "Phones"], true)], {}, "en-GB")).toEqual([]);
    expect(lint(r, [p("V. Appendix A", "mark"), h(2, "Local Media"), p("VI. Appendix B", "mark")], {}, "en-GB")).toEqual([]);
  });
});

describe("prose/list-endings", () => {
  const r = "prose/list-endings";
  it("finds items that end differently", () => {
    expect(lint(r, [p("（1）统一领导；"), p("（2）协调处置。"), p("（3）总结评估；")])).toHaveLength(1);
    expect(lint(r, [p("（1）统一领导；"), p("（2）协调处置；"), p("（3）总结评估；")])).toHaveLength(1);
    expect(lint(r, [p("1.煽动抗拒、破坏宪法实施的"), p("2.损害国家机关声誉的"), p("3.其他违法的")])).toHaveLength(1);
    expect(lint(r, [p("（1）重大舆情。同时符合下列条件：转载量大。"), p("（2）一般舆情：除重大舆情以外的舆情。")])).toHaveLength(1);
  });
  it("leaves ；…；…。, all 。, fragments, and an item introducing a sub-list", () => {
    expect(lint(r, [p("（1）统一领导；"), p("（2）协调处置；"), p("（3）总结评估。")])).toEqual([]);
    expect(lint(r, [p("1.建立机制。"), p("2.快速报告。")])).toEqual([]);
    expect(lint(r, [p("1. Laptops and a printer"), p("2. A media phone line")], {}, "en-GB")).toEqual([]);
    expect(lint(r, [p("（1）重大舆情。同时符合下列条件："), p("①转载量大；"), p("②媒体关注。"), p("（2）一般舆情。其他舆情。")])).toEqual([]);
    expect(lint(r, [p("(a) deciding the level;"), p("(b) approving releases; and"), p("(c) speaking to the media.")], {}, "en-GB")).toEqual([]);
  });
});

describe("prose/run-in-swallow", () => {
  const r = "prose/run-in-swallow";
  const names: Array<[string, "body" | "person"]> = [["党政办公室", "body"], ["机关各部门", "body"]];
  it("finds a run-in heading that takes in the first item", () => {
    expect(lint(r, [lead(3, "（一）组织领导。", "（1）统一领导；"), p("（2）协调处置。")])).toHaveLength(1);
    expect(lint(r, [lead(3, "（一）分级负责。", "党政办公室为牵头部门。"), p("机关各部门对相关工作负责。"), lead(3, "（二）合力联动。", "各部门积极联动。")], { names })).toHaveLength(1);
  });
  it("leaves a lead-in sentence, a body of several paragraphs, and labels", () => {
    expect(lint(r, [lead(3, "（一）组织领导。", "成立领导小组，职责如下："), p("（1）统一领导；")])).toEqual([]);
    expect(lint(r, [lead(3, "（一）监管。", "党政办公室实行24小时值班。"), p("值班班次：白班08:00至18:00。")], { names })).toEqual([]);
    expect(lint(r, [lead(3, "（三）新闻发言人。", "建立网络发言人制度。"), p("机关各部门配合发言人工作。")], { names })).toEqual([]);
  });
});

describe("documents are read apart", () => {
  it("a list in the checklists does not continue the plan's", () => {
    const plan = doc([p("（1）核实；"), p("（2）报告。")]);
    const checklists = doc([table([["1. 核实"], ["2. 报告"]])], { name: "checklists" });
    expect(lint("prose/numbering-sequence", [plan, checklists])).toEqual([]);
  });
});
