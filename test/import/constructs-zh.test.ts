import { describe, expect, it } from "vitest";
import { importText } from "./helpers.js";

/** Each construct import recognises in a Chinese plan, on a small plan written for it; every draft validates. */
describe("import: Chinese plans", () => {
  it("reads the title, 发文字号, status, issuer, date and effective date", () => {
    const d = importText(["某某学院网络舆情应急预案", "（试行）", "（某院发〔2024〕46号）", "第一章　总则", "第一条　为妥善处置网络舆情，制定本预案。", "第二条　本预案自2024年3月1日起施行。", "某某学院", "2024年2月20日"].join("\n"));
    expect(d.errors).toEqual([]);
    expect(d.data.document.title).toBe("某某学院网络舆情应急预案");
    expect(d.data.document.status).toBe("试行");
    expect(d.data.document.number).toBe("某院发〔2024〕46号");
    expect(d.data.document.issuer).toBe("某某学院");
    expect(d.data.document.date).toBe("2024-02-20");
    expect(d.data.document.effective_date).toBe("2024-03-01");
    expect(d.data.organisation.name).toBe("某某学院");
  });

  it("reads the section tree of each numbering scheme, with run-in titles", () => {
    const gbt = importText(["方案", "一、工作原则", "（一）快速反应。发现舆情后第一时间处置。", "（二）统一口径。对外统一发布。", "二、工作措施", "1.加强监测。每天浏览重点网站。", "2.及时报告。"].join("\n"));
    expect(gbt.raw.plan.numbering).toBe("gbt");
    expect(gbt.raw.plan.sections.map((s: any) => s.title)).toEqual(["工作原则", "工作措施"]);
    expect(gbt.raw.plan.sections[0].items[0]).toMatchObject({ title: "快速反应", text: "发现舆情后第一时间处置。" });
    expect(gbt.raw.plan.sections[1].numbering).toBe("1.");
    const articles = importText(["办法", "第一章　总则", "第一条　目的。为做好工作，制定本办法。", "第二条　适用于本院。", "第二章　处置", "第三条　处置遵循归口原则。"].join("\n"));
    expect(articles.raw.plan.numbering).toBe("articles");
    expect(articles.raw.plan.sections[1].items[0].text).toBe("处置遵循归口原则。");
    expect(articles.raw.plan.sections[0].items[0]).toMatchObject({ title: "目的", text: "为做好工作，制定本办法。" });
    const decimal = importText(["预案", "1 总则", "1.1 编制目的", "为建立机制，制定本预案。", "1.2 适用范围", "本预案适用于本市。", "2 组织体系", "2.1 指挥部", "成立指挥部。"].join("\n"));
    expect(decimal.raw.plan.numbering).toBe("decimal");
    expect(decimal.raw.plan.sections[1].items[0].title).toBe("指挥部");
    for (const d of [gbt, articles, decimal]) expect(d.errors).toEqual([]);
  });

  it("reads a leading group, its office, posts and people with titles and phones", () => {
    const d = importText([
      "学校疫情防控预案",
      "一、组织机构",
      "成立学校疫情防控工作领导小组（以下简称领导小组），领导小组下设办公室，办公室设在党政办。",
      "组长：张建国（校长，手机：139 0000 0001）",
      "副组长：李华（副校长）",
      "成员：各部门负责人、各教学点负责人",
    ].join("\n"));
    expect(d.errors).toEqual([]);
    const g = d.data.groups[0];
    expect(g?.name).toBe("学校疫情防控工作领导小组");
    expect(g?.short_name).toBe("领导小组");
    expect(d.data.units.find((u) => u.id === g?.host_unit)?.name).toBe("党政办");
    const roles = (g?.members ?? []).map((id) => d.data.roles.find((r) => r.id === id));
    expect(roles.map((r) => r?.name)).toEqual(["组长", "副组长", "成员"]);
    const leader = d.data.people.find((p) => p.id === roles[0]?.holders?.[0]);
    expect(leader).toMatchObject({ name: "张建国", title: "校长", phones: { mobile: "139 0000 0001" } });
    expect(roles[2]?.holders_text).toBe("各部门负责人、各教学点负责人");
    expect(d.raw.plan.sections[0].group).toBe(g?.id);
  });

  it("reads tables of people, posts and numbers, units' liaisons and outside bodies", () => {
    const d = importText([
      "# 联络方案",
      "## 一、联络人",
      "| 岗位 | 姓名 | 单位/职务 | 手机 | 办公电话 |",
      "|---|---|---|---|---|",
      "| 总指挥 | 雷正宇 | 副市长 | 139 8560 1001 | 0856-520 1001 |",
      "| 成员 | 赵虹 | 市委宣传部副部长 | 139 8560 3001 | |",
      "",
      "| 单位 | 联络员 | 联系电话 | 备用联络人 | 联系电话 |",
      "|---|---|---|---|---|",
      "| 医务部 | 谢芳 | 158 2831 1202 | 林波 | 158 2831 1203 |",
      "",
      "## 二、外部单位",
      "| 单位 | 联系人 | 值班电话 | 何时联系 |",
      "|---|---|---|---|",
      "| 青峰市公安局 | 指挥中心 | 0856-520 0110 | 发生违法行为时 |",
    ].join("\n"), "plan.md");
    expect(d.errors).toEqual([]);
    expect(d.data.people.find((p) => p.name === "雷正宇")).toMatchObject({ title: "副市长", phones: { mobile: "139 8560 1001", office: "0856-520 1001" } });
    expect(d.data.roles.find((r) => r.name === "总指挥")?.holders).toEqual([d.data.people.find((p) => p.name === "雷正宇")?.id]);
    const unit = d.data.units.find((u) => u.name === "医务部");
    expect(d.data.people.find((p) => p.id === unit?.liaison)?.name).toBe("谢芳");
    expect(d.data.people.find((p) => p.id === unit?.backup)?.phones?.mobile).toBe("158 2831 1203");
    expect(d.data.external[0]).toMatchObject({ name: "青峰市公安局", contact: "指挥中心", phones: { duty: "0856-520 0110" }, when: "发生违法行为时" });
    expect(d.raw.plan.sections[0].units).toBe(true);
  });

  it("turns rule sentences into steps: deadlines, frequencies, actor, recipient, form", () => {
    const d = importText([
      "网络舆情方案",
      "一、工作机制",
      "1.快速报告机制。舆情监控信息员发现不良舆情信息后要立即向主管领导汇报，并在1小时内向领导小组报告，并填写《网络舆情信息报告单》。",
      "2.核查机制。有关单位一般在收到舆情联系单半天内向领导小组办公室反映核实结果。",
      "3.值班机制。值班人员每天三次浏览重点网站；特殊时期党委宣传部安排专人24小时值班监控。",
      "4.研判机制。对网上的舆情要认真研判，提高水平。",
    ].join("\n"));
    expect(d.errors).toEqual([]);
    const report = d.data.procedures.find((p) => p.name === "快速报告机制");
    expect(report?.steps.map((s) => s.deadline && (s.deadline.kind === "vague" ? s.deadline.term : s.deadline.duration.minutes))).toEqual(["immediately", 60]);
    const officer = d.data.roles.find((r) => r.name === "舆情监控信息员")?.id;
    expect(report?.steps[0]).toMatchObject({ when: "发现不良舆情信息后", actor: [officer], action: "汇报" });
    expect(d.data.roles.find((r) => r.id === report?.steps[0]?.to?.[0])?.name).toBe("主管领导");
    expect(d.data.forms.find((f) => f.id === report?.steps[1]?.record)?.title).toBe("网络舆情信息报告单");
    const check = d.data.procedures.find((p) => p.name === "核查机制")?.steps[0];
    expect(check?.deadline).toMatchObject({ kind: "within", duration: { minutes: 720, named: "half-day" } });
    const duty = d.data.procedures.find((p) => p.name === "值班机制");
    expect(duty?.steps.map((s) => s.frequency?.kind === "times" ? `${s.frequency.times}/${s.frequency.per}` : s.frequency?.kind)).toEqual(["3/day", "continuous"]);
    expect(duty?.steps[1]?.when).toBe("特殊时期");
    // No rule in it: kept as text.
    expect(d.raw.plan.sections[0].items[3]).toMatchObject({ title: "研判机制", text: "对网上的舆情要认真研判，提高水平。" });
  });

  it("reads levels with criteria and their report, in each naming (特别重大, 一级, Ⅰ级, 类)", () => {
    const d = importText([
      "预案",
      "一、事件分级",
      "（1）特别重大（Ⅰ级）：造成全市范围抢购的。发生特别重大（Ⅰ级）事件时，应在1小时内向市人民政府报告。",
      "（2）重大（Ⅱ级）：多个区县出现抢购的。",
      "（3）较大（Ⅲ级）：个别区县出现抢购的。",
      "二、分类",
      "（1）紧急类：对形象造成严重影响的信息。",
      "（2）一般类：批评和建议。",
    ].join("\n"));
    expect(d.errors).toEqual([]);
    const levels = d.data.levels;
    expect(levels.map((l) => [l.name, l.rank])).toEqual([["特别重大（Ⅰ级）", 1], ["重大（Ⅱ级）", 2], ["较大（Ⅲ级）", 3], ["紧急类", 1], ["一般类", 2]]);
    expect(levels[0]?.criteria).toEqual({ mode: "text", text: "造成全市范围抢购的。" });
    expect(levels[0]?.respond_within).toMatchObject({ duration: { minutes: 60 } });
    expect(d.data.scales).toHaveLength(2);
  });

  it("declares forms named in 《》 and the attachment list", () => {
    const d = importText(["方案", "一、记录", "值班人员做好记录，填写《舆情值班记录表》和《舆情登记表》。", "附件：1. 舆情登记表", "2. 应急联络表"].join("\n"));
    expect(d.errors).toEqual([]);
    expect(d.data.forms.map((f) => f.title)).toEqual(["舆情值班记录表", "舆情登记表"]);
    expect(d.data.attachments.map((a) => [a.kind, a.form ?? a.title])).toEqual([["form", d.data.forms[1]?.id], ["text", "应急联络表"]]);
    // What the plan does not show is marked for checking, with the draft's line.
    const note = d.checks.find((c) => c.path.join(".") === "forms.0.fields");
    expect(note?.note).toMatch(/list its fields/);
    expect(d.yaml.split("\n")[(note?.line ?? 0) - 2]).toContain("CHECK:");
  });
});
