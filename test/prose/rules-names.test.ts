import { describe, expect, it } from "vitest";
import { doc, h, lead, lint, p, table } from "./trees.js";

/** Prose-lint rules about names, subjects and English sentences: each on text with the defect and without. */

const group: [string, string] = ["网络舆情应对工作领导小组", "领导小组"];
const office: [string, string] = ["领导小组办公室", "办公室"];

describe("prose/short-name-longer", () => {
  const r = "prose/short-name-longer";
  it("finds a short name no shorter than its name", () => {
    expect(lint(r, [p("领导小组下设疫情防控办公室（以下简称疫情防控工作办公室）。")], { shorts: [["疫情防控办公室", "疫情防控工作办公室"]] })).toHaveLength(1);
  });
  it("leaves a shorter one", () => {
    expect(lint(r, [p("成立网络舆情应对工作领导小组（以下简称领导小组）。")], { shorts: [group] })).toEqual([]);
  });
});

describe("prose/short-name-early", () => {
  const r = "prose/short-name-early";
  it("finds a short name used before its definition, or never defined", () => {
    expect(lint(r, [p("领导小组每天研判。"), p("成立网络舆情应对工作领导小组（以下简称领导小组）。")], { shorts: [group] })).toHaveLength(1);
    expect(lint(r, [table([["报领导小组"]])], { shorts: [group] })).toHaveLength(1);
    expect(lint(r, [p("Tell the PIO. The Public Information Officer (PIO) speaks.")], { shorts: [["Public Information Officer", "PIO"]] }, "en-GB")).toHaveLength(1);
  });
  it("leaves uses after it, headings, titles, other words and common nouns", () => {
    expect(lint(r, [h(2, "一、领导小组"), p("成立网络舆情应对工作领导小组（以下简称领导小组）。领导小组每天研判。")], { shorts: [group] })).toEqual([]);
    expect(lint(r, [p("依据《领导小组工作规则》，成立网络舆情应对工作领导小组（以下简称领导小组）。")], { shorts: [group] })).toEqual([]);
    expect(lint(r, [p("通知镇机关各办公室。"), p("下设领导小组办公室（以下简称办公室）。")], { shorts: [office] })).toEqual([]);
    expect(lint(r, [p("The PIOs and SPIO meet. The Public Information Officer (PIO) speaks.")], { shorts: [["Public Information Officer", "PIO"]] }, "en-GB")).toEqual([]);
    // A unit whose own name is another entity's short name: the text cannot tell which is meant.
    expect(lint(r, [p("日常工作由办公室承担。")], { names: [["办公室", "body"]], shorts: [office] })).toEqual([]);
  });
});

describe("prose/short-name-unused", () => {
  const r = "prose/short-name-unused";
  it("finds the full name again after the definition, and a name composed with it", () => {
    expect(lint(r, [p("成立网络舆情应对工作领导小组（以下简称领导小组）。"), p("网络舆情应对工作领导小组下设办公室。")], { shorts: [group] })).toHaveLength(1);
    expect(lint(r, [p("下设领导小组办公室（以下简称办公室）。由王丽娟任领导小组办公室主任。")], { shorts: [office], names: [["领导小组办公室主任", "person"]] })).toHaveLength(1);
    expect(lint(r, [p("The Joint Information Center (JIC) opens. It reports to the Joint Information Center.")], { shorts: [["Joint Information Center", "JIC"]] }, "en-GB")).toHaveLength(1);
  });
  it("leaves the short name after it, tables, and other names that hold the name", () => {
    expect(lint(r, [p("成立网络舆情应对工作领导小组（以下简称领导小组）。领导小组每天研判。"), table([["网络舆情应对工作领导小组"]])], { shorts: [group] })).toEqual([]);
    expect(lint(r, [p("The Public Information Officer (PIO) speaks. The Lead Public Information Officer decides.")], { shorts: [["Public Information Officer", "PIO"]], names: [["Lead Public Information Officer", "person"]] }, "en-GB")).toEqual([]);
  });
});

describe("prose/third-name", () => {
  const r = "prose/third-name";
  it("finds a third name made from the short one", () => {
    expect(lint(r, [p("下设领导小组办公室（以下简称办公室）。"), p("发现后要及时上报镇办公室。")], { shorts: [office] })).toHaveLength(1);
  });
  it("leaves other bodies' names and words that hold the short name", () => {
    expect(lint(r, [p("下设领导小组办公室（以下简称办公室）。"), p("党政办公室负责值班。")], { shorts: [office], names: [["党政办公室", "body"]] })).toEqual([]);
    expect(lint(r, [p("南屿公用事业集团股份有限公司（以下简称公司）遵守《上市公司信息披露管理办法》和上市公司规则。")], { names: [["南屿公用事业集团股份有限公司", "body"]] })).toEqual([]);
  });
});

describe("prose/same-subject", () => {
  const r = "prose/same-subject";
  const names: Array<[string, "body" | "person"]> = [["市发改局价格监测科", "body"], ["网络信息员", "person"], ["Incident Commander", "person"]];
  it("finds the same subject opening consecutive clauses or sentences", () => {
    expect(lint(r, [p("市发改局价格监测科每天采集价格；市发改局价格监测科每周汇总分析。")], { names })).toHaveLength(1);
    expect(lint(r, [p("发现舆情后，网络信息员立即登记；网络信息员在15分钟内报告。")], { names })).toHaveLength(1);
    expect(lint(r, [p("The Incident Commander convenes the team. The Incident Commander briefs the board.")], { names }, "en-GB")).toHaveLength(1);
  });
  it("leaves one subject, different subjects, and lists of holders", () => {
    expect(lint(r, [p("市发改局价格监测科每天采集价格，每周汇总分析。")], { names })).toEqual([]);
    expect(lint(r, [p("网络信息员立即登记；市发改局价格监测科在15分钟内核实。")], { names })).toEqual([]);
    expect(lint(r, [p("The Incident Commander convenes the team and briefs the board.")], { names }, "en-GB")).toEqual([]);
    expect(lint(r, [p("网络信息员：张三；网络信息员：李四。")], { names })).toEqual([]);
    expect(lint(r, [p("网络信息员由张三担任。网络信息员不在时，依次由李四代行其职责。")], { names })).toEqual([]);
  });
});

describe("prose/checklist-person", () => {
  const r = "prose/checklist-person";
  const checklist = (rows: string[][]) => [doc([table(rows, ["Step", "Responsible"])], { name: "checklists", locale: "en-GB" })];
  it("finds checklist rows in the third person", () => {
    expect(lint(r, checklist([["1. Checks the accounts", "Social Media Officer"]]), {}, "en-GB")).toHaveLength(1);
    expect(lint(r, checklist([["2. At Level 1 – Critical: watches all channels", ""]]), {}, "en-GB")).toHaveLength(1);
    expect(lint(r, checklist([["3. Once approved by the IC, publishes the statement", ""]]), {}, "en-GB")).toHaveLength(1);
  });
  it("leaves the imperative, names, nouns, headers and other documents", () => {
    expect(lint(r, checklist([["1. Check the accounts", "Communications Officer"], ["2. At Level 1: watch all channels", "News desk"]]), { names: [["Communications Officer", "person"]] }, "en-GB")).toEqual([]);
    expect(lint(r, [doc([table([["Checks the accounts"]])], { locale: "en-GB" })], {}, "en-GB")).toEqual([]);
  });
});

describe("prose/lowercase-start", () => {
  const r = "prose/lowercase-start";
  it("finds a sentence that starts in lower case", () => {
    expect(lint(r, [p("The council answers. the team follows up.")], {}, "en-GB")).toHaveLength(1);
    expect(lint(r, [p("2. the officer checks the log.")], {}, "en-GB")).toHaveLength(1);
  });
  it("leaves items continuing a lead-in, abbreviations and table cells", () => {
    expect(lint(r, [p("The Lead PIO is responsible for:"), p("deciding the level;"), p("approving releases; and"), p("speaking to the media.")], {}, "en-GB")).toEqual([]);
    expect(lint(r, [p("Bring kit, e.g. laptops and phones. Then check in at 9 a.m. with the manager.")], {}, "en-GB")).toEqual([]);
    expect(lint(r, [table([["the Incident Commander"]])], {}, "en-GB")).toEqual([]);
  });
});

describe("prose/dangling-approval", () => {
  const r = "prose/dangling-approval";
  const names: Array<[string, "body" | "person"]> = [["PIO", "person"], ["IC", "person"]];
  it("finds an approval that dangles before a name or a verb", () => {
    expect(lint(r, [p("Once approved by the IC, the PIO publishes the statement.")], { names }, "en-GB")).toHaveLength(1);
    expect(lint(r, [table([["5. Once approved by the IC, publishes the statement"]])], { names }, "en-GB")).toHaveLength(1);
  });
  it("leaves the thing approved as the subject, and a clause with its own subject", () => {
    expect(lint(r, [p("Once approved by the IC, the statement is published.")], { names }, "en-GB")).toEqual([]);
    expect(lint(r, [p("After the IC approves it, the PIO publishes the statement.")], { names }, "en-GB")).toEqual([]);
  });
});

describe("prose/restates-table", () => {
  const r = "prose/restates-table";
  const levels = table([["Level 1 – Critical", "Risk to life", "the Incident Commander", "15 min"]], ["Level", "Criteria", "Report to", "Within"]);
  it("finds a level paragraph that repeats its row of the table above", () => {
    expect(lint(r, [levels, p("Level 1 – Critical. Report to the Incident Commander within 15 minutes.")], {}, "en-GB")).toHaveLength(1);
  });
  it("leaves what the table does not say, and paragraphs under another heading", () => {
    expect(lint(r, [levels, p("Level 1 – Critical. Notify the JIS and the County Administrator.")], {}, "en-GB")).toEqual([]);
    expect(lint(r, [levels, h(3, "5. Procedures"), p("Level 1 – Critical. Report to the Incident Commander.")], {}, "en-GB")).toEqual([]);
    // A name of the row acting in a step is not the row said again.
    expect(lint(r, [levels, p("Level 1 – Critical. The Incident Commander convenes the Crisis Team.")], {}, "en-GB")).toEqual([]);
    // “the alert” is a noun: a step timed from it reports nothing.
    const amber = table([["Amber warning", "Isolated complaints", "the HPT", "2 h"]], ["Level", "Criteria", "Report to", "Within"]);
    expect(lint(r, [amber, p("Amber warning. The HPT reviews the situation within 2 hours of the alert.")], {}, "en-GB")).toEqual([]);
    expect(lint(r, [amber, p("Amber warning. The HPT is alerted within 2 hours.")], {}, "en-GB")).toHaveLength(1);
  });
});

describe("prose/repeated-sentence", () => {
  const r = "prose/repeated-sentence";
  const levels = [{ name: "重大舆情", texts: ["重大舆情"] }, { name: "一般舆情", texts: ["一般舆情"] }];
  it("finds the sentence two levels share stated in each", () => {
    expect(lint(r, [p("（1）重大舆情：转载量大。发生重大舆情时，应在1小时内向领导小组报告。"), p("（2）一般舆情：影响有限。发生一般舆情时，应在1小时内向领导小组报告。")], { levels })).toHaveLength(1);
    expect(lint(r, [p("（1）重大舆情。应对措施由领导小组决定。"), p("（2）一般舆情。应对措施由领导小组决定。")], { levels })).toHaveLength(1);
  });
  it("leaves sentences that differ, frames before lists, and other sections", () => {
    expect(lint(r, [p("（1）重大舆情：转载量大。发生重大舆情时，应在1小时内向领导小组报告。"), p("（2）一般舆情：影响有限。发生一般舆情时，应在半天内向领导小组报告。")], { levels })).toEqual([]);
    expect(lint(r, [p("（1）重大舆情。符合下列情形之一："), p("（2）一般舆情。符合下列情形之一：")], { levels })).toEqual([]);
    expect(lint(r, [lead(3, "（一）报告。", "应对措施由领导小组决定。"), lead(3, "（二）处置。", "应对措施由领导小组决定。")], { levels })).toEqual([]);
    // Articles are sections of their own: each level's article says which procedure it follows.
    expect(lint(r, [p("第六条　发生重大舆情时，应在1小时内向领导小组报告。按照资料归档制度执行。"), p("第七条　发生一般舆情时，应在2小时内向领导小组报告。按照资料归档制度执行。")], { levels })).toEqual([]);
  });
  it("reads a pronoun as the name its paragraph opens with (English)", () => {
    const names: Array<[string, "body" | "person"]> = [["Research Team", "body"], ["Media Cell", "body"]];
    expect(lint(r, [p("1. The Research Team is activated when needed. It is made up of the Member (Nina Shah)."), p("2. The Media Cell is activated when needed. It is made up of the Member (Nina Shah).")], { names }, "en-GB")).toEqual([]);
    expect(lint(r, [p("1. The Research Team is activated when needed. It is made up of the Member (Nina Shah)."), p("2. The Research Team is activated when needed. It is made up of the Member (Nina Shah).")], { names }, "en-GB")).toHaveLength(2);
    // Chinese leaves the group out: 由…任副组长 is said of the group its item sets up.
    const groups: Array<[string, "body" | "person"]> = [["专家组", "body"], ["现场处置组", "body"]];
    expect(lint(r, [p("（二）成立专家组。由吴霞（党委书记）、杨帆（党政办主任）任副组长。"), p("（三）出现聚集性疫情时，立即成立现场处置组。由吴霞（党委书记）、杨帆（党政办主任）任副组长。")], { names: groups })).toEqual([]);
    expect(lint(r, [p("（二）成立专家组。由吴霞（党委书记）、杨帆（党政办主任）任副组长。"), p("（三）专家组另设顾问。由吴霞（党委书记）、杨帆（党政办主任）任副组长。")], { names: groups })).toHaveLength(1);
  });
});
