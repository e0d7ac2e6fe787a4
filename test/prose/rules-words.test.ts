import { describe, expect, it } from "vitest";
import { doc, h, lead, lint, p, table } from "./trees.js";

/** Prose-lint rules about words and punctuation: each on text that has the defect and on text that does not. */

describe("prose/doubled-word", () => {
  const r = "prose/doubled-word";
  it("finds a word of two to four characters written twice", () => {
    expect(lint(r, [p("网络评论员适时适时开展正面引导。")])).toHaveLength(1);
    expect(lint(r, [p("孙立新（党政办主任、疫情防控工作办公室办公室主任）")])).toHaveLength(1);
    expect(lint(r, [p("Report to a the Public Information Officer.")], {}, "en-GB")).toHaveLength(1);
    expect(lint(r, [p("Tell the the team.")], {}, "en-GB")).toHaveLength(1);
  });
  it("leaves words that only look doubled", () => {
    expect(lint(r, [p("涉及我院及我院职工的各类信息。")])).toEqual([]);
    expect(lint(r, [p("问题要一级一级上报，认认真真处理。")])).toEqual([]);
    expect(lint(r, [p("Tell the other team and a third one.")], {}, "en-GB")).toEqual([]);
  });
});

describe("prose/adjacent-brackets", () => {
  const r = "prose/adjacent-brackets";
  it("finds two asides side by side", () => {
    expect(lint(r, [p("孙立新（党政办主任）（以下简称主任）负责。")])).toHaveLength(1);
    expect(lint(r, [p("The Spokesperson (SP) (Jo Reid) speaks.")], {}, "en-GB")).toHaveLength(1);
    expect(lint(r, [p("附件：青峰市价格异常波动应急预案（）")])).toHaveLength(1);
  });
  it("leaves one aside, and asides apart", () => {
    expect(lint(r, [p("孙立新（党政办主任，以下简称主任）负责。")])).toEqual([]);
    expect(lint(r, [p("The Spokesperson (SP; Jo Reid) speaks to the media (by phone).")], {}, "en-GB")).toEqual([]);
  });
});

describe("prose/title-series", () => {
  const r = "prose/title-series";
  it("finds a 顿号 between titles or quotations", () => {
    expect(lint(r, [p("依据《中华人民共和国价格法》、《突发事件应急预案管理办法》制定。")])).toHaveLength(1);
    expect(lint(r, [p("坚持“速报事实”、“慎报原因”的原则。")])).toHaveLength(1);
  });
  it("leaves titles side by side, joined by 和, or apart", () => {
    expect(lint(r, [p("依据《中华人民共和国价格法》《突发事件应急预案管理办法》和《贵州省预案》制定。")])).toEqual([]);
    expect(lint(r, [p("填写《登记表》、报告领导小组。")])).toEqual([]);
  });
});

describe("prose/attachment-note", () => {
  const r = "prose/attachment-note";
  it("finds 书名号 in the attachment note, on its first line or a later one", () => {
    expect(lint(r, [p("附件：《青峰市价格异常波动应急预案》（征求意见稿）")])).toHaveLength(1);
    expect(lint(r, [p("附件：1. 值班表", "hang"), p("2. 《网络舆情登记表》", "hang-more")])).toHaveLength(1);
  });
  it("leaves the note without them, and titles elsewhere", () => {
    expect(lint(r, [p("附件：1. 值班表", "hang"), p("2. 网络舆情登记表", "hang-more")])).toEqual([]);
    expect(lint(r, [p("附件：1. 值班表", "hang"), p("填写《网络舆情登记表》。")])).toEqual([]);
    expect(lint(r, [p("详见附件《值班表》。")])).toEqual([]);
  });
});

describe("prose/arabic-dunhao", () => {
  const r = "prose/arabic-dunhao";
  it("finds Arabic item numbers with a 顿号", () => {
    expect(lint(r, [p("1、煽动抗拒、破坏宪法实施的")])).toHaveLength(1);
    expect(lint(r, [p("记录表应包括：1、网址；2、主题。")])).toHaveLength(2);
    expect(lint(r, [table([["1、核实情况"]])])).toHaveLength(1);
  });
  it("leaves 1. and a series of numbers", () => {
    expect(lint(r, [p("1.煽动抗拒、破坏宪法实施的")])).toEqual([]);
    expect(lint(r, [p("依照第1、2条和2025、2026年度的规定。")])).toEqual([]);
  });
});

describe("prose/register-form", () => {
  const r = "prose/register-form";
  it("finds 登记入《…》 and 登记《…登记表》", () => {
    expect(lint(r, [p("办公室接收舆情后，登记入《网络舆情登记表》。")])).toHaveLength(1);
    expect(lint(r, [p("要及时备份（登记《信息备份登记表》）。")])).toHaveLength(1);
    expect(lint(r, [p("定期进行教育（登记《网络安全教育记录表》）。")])).toHaveLength(1);
  });
  it("leaves 填写, 登记在 and 记入", () => {
    expect(lint(r, [p("并填写《网络舆情登记表》；值班情况记入《值班记录表》；登记在《台账》上。")])).toEqual([]);
  });
});

describe("prose/vague-deadline", () => {
  const r = "prose/vague-deadline";
  it("finds the same vague deadline said twice", () => {
    expect(lint(r, [p("党委宣传部适时按照统一的口径，选择合适的时机发布。")])).toHaveLength(1);
    expect(lint(r, [p("网络评论员立即对舆情立即处置。")])).toHaveLength(1);
    // The words are the grammar's own (zhWords.VAGUE_WORDS): what it will not add twice, the lint does not let pass.
    expect(lint(r, [p("宣传部迅速核实情况并尽快回应。")])).toHaveLength(1);
  });
  it("leaves parallel wording and a doubled word (reported as one)", () => {
    expect(lint(r, [p("发现舆情要及时、报告舆情要及时。")])).toEqual([]);
    expect(lint(r, [p("及时回应，及时处置。")])).toEqual([]);
    expect(lint(r, [p("网络评论员适时适时开展正面引导。")])).toEqual([]);
  });
});

describe("prose/body-holder", () => {
  const r = "prose/body-holder";
  it("finds 担任 with a body", () => {
    expect(lint(r, [p("区县发展改革部门由各区县发展和改革局担任。")])).toHaveLength(1);
    expect(lint(r, [p("日常工作由宣传部担任。")], { names: [["宣传部", "body"]] })).toHaveLength(1);
    expect(lint(r, [p("由市卫生健康委员会任成员，张三任组长。")])).toHaveLength(1);
  });
  it("leaves 担任 with a person, and 承担 with a body", () => {
    expect(lint(r, [p("组长由镇党委书记担任，成员由各部门负责人担任。")])).toEqual([]);
    expect(lint(r, [p("新闻发言人由张三担任。")], { names: [["张三", "person"]] })).toEqual([]);
    expect(lint(r, [p("日常工作由宣传部承担。")], { names: [["宣传部", "body"]] })).toEqual([]);
    expect(lint(r, [p("办公室负责落实领导小组交办的任务，任何部门不得推诿。")])).toEqual([]);
  });
});

describe("prose/form-twice", () => {
  const r = "prose/form-twice";
  const forms = ["舆情值班记录表"];
  it("finds a form named twice in one article", () => {
    expect(lint(r, [p("第八条　值班人员每日巡查，并填写《舆情值班记录表》。值班情况记入《舆情值班记录表》。")], { forms })).toHaveLength(1);
    expect(lint(r, [lead(3, "（一）值班。", "巡查后填写《舆情值班记录表》。"), p("交班时记入《舆情值班记录表》。")], { forms })).toHaveLength(1);
  });
  it("leaves it named once per article, a sentence about the form, and laws cited twice", () => {
    expect(lint(r, [p("第八条　并填写《舆情值班记录表》。"), p("第九条　值班情况记入《舆情值班记录表》。")], { forms })).toEqual([]);
    expect(lint(r, [p("第八条　填写《舆情值班记录表》。《舆情值班记录表》应包括时间、内容。")], { forms })).toEqual([]);
    expect(lint(r, [p("依据《网络安全法》。违反《网络安全法》的，依法处理。")], { forms })).toEqual([]);
    expect(lint(r, [p("（1）值班员巡查，并填写《舆情值班记录表》；"), p("（2）交班时填写《舆情值班记录表》。")], { forms })).toEqual([]);
  });
});

describe("prose/adverb-place", () => {
  const r = "prose/adverb-place";
  it("finds an adverb out of its place", () => {
    expect(lint(r, [p("The Spokesperson responds to the journalist normally within 2 hours.")], {}, "en-GB")).toHaveLength(1);
    expect(lint(r, [p("党委宣传部适时根据事件进展情况采取应对措施。")])).toHaveLength(1);
  });
  it("leaves it in place", () => {
    expect(lint(r, [p("The Spokesperson normally responds to the journalist within 2 hours.")], {}, "en-GB")).toEqual([]);
    expect(lint(r, [p("党委宣传部根据事件进展情况适时采取应对措施。")])).toEqual([]);
  });
});

describe("prose/idiom", () => {
  const r = "prose/idiom";
  const text = [p("The Lead PIO agrees the time with the IC and fills in the log.")];
  it("finds British wording in a US document", () => {
    expect(lint(r, [doc(text, { locale: "en-US" })], {}, "en-US")).toHaveLength(2);
  });
  it("leaves it in a British one, and US wording in a US one", () => {
    expect(lint(r, [doc(text, { locale: "en-GB" })], {}, "en-GB")).toEqual([]);
    expect(lint(r, [doc([p("The Lead PIO agrees on the time with the IC and fills out the log.")], { locale: "en-US" })], {}, "en-US")).toEqual([]);
  });
});

describe("prose/level-verb", () => {
  const r = "prose/level-verb";
  const levels = [{ name: "一级响应", texts: ["一级响应"], kind: "response" }, { name: "红色预警", texts: ["红色预警"], kind: "warning" }];
  it("finds the verb of another kind of level", () => {
    expect(lint(r, [p("发生一级响应时，应在1小时内报告。")], { levels })).toHaveLength(1);
    expect(lint(r, [p("启动红色预警后，立即通知。")], { levels })).toHaveLength(1);
    expect(lint(r, [p("When a Red warning occurs, tell the team.")], { levels: [{ name: "Red warning", texts: ["Red warning"], kind: "warning" }] }, "en-GB")).toHaveLength(1);
  });
  it("leaves the right verb, and levels whose kind is not known", () => {
    expect(lint(r, [p("启动一级响应，发布红色预警。")], { levels })).toEqual([]);
    expect(lint(r, [p("发生重大舆情时，应在1小时内报告。")], { levels: [{ name: "重大舆情", texts: ["重大舆情"] }] })).toEqual([]);
    expect(lint(r, [p("When a Red warning is issued, tell the team.")], { levels: [{ name: "Red warning", texts: ["Red warning"], kind: "warning" }] }, "en-GB")).toEqual([]);
  });
});

describe("excerpts", () => {
  it("name the document and quote the sentence", () => {
    const [f] = lint("prose/doubled-word", [h(2, "一、总则"), p("第一句没有问题。网络评论员适时适时开展正面引导。第三句。")]);
    expect(f).toMatchObject({ doc: "plan", excerpt: "网络评论员适时适时开展正面引导。" });
  });
});
