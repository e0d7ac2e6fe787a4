import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownToTree } from "../src/compose/markdown-to-tree.js";
import { align, type Change } from "../src/diff/change.js";
import { changeNoticeMarkdown } from "../src/diff/change-notice.js";
import { diffModels } from "../src/diff/diff-models.js";
import { formatChanges } from "../src/diff/format-changes.js";
import { loadModel } from "../src/model/load-model.js";
import type { Model } from "../src/model/model.js";
import { tempDir } from "./helpers/temp.js";

const dir = tempDir("planwright-diff-");

const UNIVERSITY = readFileSync("data/examples/university.yaml", "utf8");
const COUNCIL = readFileSync("data/examples/crisis-comms.yaml", "utf8");
let n = 0;

/** Writes the text to a temp file and loads it; fails on any error. */
function load(text: string): Model {
  const file = join(dir, `v${n++}.yaml`);
  writeFileSync(file, text);
  const r = loadModel(file);
  if (!r.model) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.model;
}

/** Applies string replacements, each of which must match. */
function edit(text: string, ...pairs: Array<[string, string]>): string {
  return pairs.reduce((t, [from, to]) => {
    expect(t, `fixture contains ${JSON.stringify(from)}`).toContain(from);
    return t.replace(from, to);
  }, text);
}

function diff(before: string, after: string): { changes: Change[]; zh: string[]; en: string[] } {
  const changes = diffModels(load(before), load(after));
  return { changes, zh: formatChanges(changes, "zh-CN"), en: formatChanges(changes, "en") };
}

const base = load(UNIVERSITY);

describe("diffModels: free text and stale values", () => {
  it("reports a change to free text alone (a section's text, a form's purpose), in both languages", () => {
    const d = diff(
      UNIVERSITY,
      edit(UNIVERSITY, ["提高正确引导舆论的意识和工作水平", "切实提高正确引导舆论的意识和工作水平"], ["舆情监控信息员发现不良舆情信息后填写", "舆情监控信息员发现不良舆情信息后当即填写"]),
    );
    expect(d.changes.map((c) => [c.entity, c.field])).toEqual([
      ["plan", "text"],
      ["form", "purpose"],
    ]);
    expect(d.zh[0]).toMatch(/^方案结构 章节「“工作原则” › “加强引导、注重效果”」：表述 .*→ 切实提高/);
    expect(d.zh[1]).toMatch(/当即填写/);
    expect(d.en[1]).toMatch(/purpose/);
  });

  it("flags text that still states the old value of a changed deadline", () => {
    const before = edit(UNIVERSITY, ["      - 特殊时期{special-watch.frequency}监控网上舆情", "      - 特殊时期{special-watch.frequency}监控网上舆情，1小时内报告"]);
    const after = edit(before, ["      - id: quick-report\n        actor: monitor-officer\n        deadline: 1h", "      - id: quick-report\n        actor: monitor-officer\n        deadline: 30min"]);
    const d = diff(before, after);
    const stale = d.changes.filter((c) => c.kind === "stale");
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ entity: "role", id: "net-duty", field: "duties[1]", before: { type: "text", text: "1小时" } });
    expect(d.zh.at(-1)).toBe("注意：舆情值班人员的职责[1]仍写“1小时”，与修改后的规则（建立快速报告机制 报告）不一致，请改为引用该规则");
    // Text that refers to the rule follows it and is not flagged.
    expect(d.changes.some((c) => c.entity === "form")).toBe(false);
  });
});

describe("diffModels", () => {
  it("finds no changes between identical files", () => {
    expect(diffModels(base, load(UNIVERSITY))).toEqual([]);
    expect(diffModels(load(COUNCIL), load(COUNCIL))).toEqual([]);
  });

  it("reports a changed deadline with the procedure, the step and both values", () => {
    const { changes, zh, en } = diff(UNIVERSITY, edit(UNIVERSITY, ["deadline: 1h\n        to: leading-group", "deadline: 30min\n        to: leading-group"]));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "changed", entity: "procedure", id: "rapid-report", field: "deadline", part: { type: "step", n: 2 } });
    expect(changes[0]!.before).toEqual({ type: "deadline", deadline: { kind: "within", duration: { minutes: 60 } } });
    expect(zh).toEqual(["建立快速报告机制 第2步：时限 1小时内 → 30分钟内"]);
    expect(en).toEqual(["建立快速报告机制, step 2: deadline 1 h → 30 min"]);
  });

  it("compares deadlines structurally (1h and 60min are the same rule)", () => {
    expect(diff(UNIVERSITY, edit(UNIVERSITY, ["deadline: 1h\n        to: leading-group", "deadline: 60min\n        to: leading-group"])).changes).toEqual([]);
  });

  it("reports a new role with who holds it", () => {
    const role = "  - id: commentator\n    name: 网络评论员\n    holders_text: 各学院各1名\n";
    const { changes, zh } = diff(UNIVERSITY, edit(UNIVERSITY, ["groups:\n", `${role}\ngroups:\n`]));
    expect(changes).toEqual([{ kind: "added", entity: "role", id: "commentator", name: "网络评论员", after: { type: "text", text: "各学院各1名" } }]);
    expect(zh).toEqual(["新增岗位：网络评论员（各学院各1名）"]);
  });

  it("reports a changed holder by name", () => {
    const { changes, zh } = diff(UNIVERSITY, edit(UNIVERSITY, ["holders: [zhang-wei, li-na, wang-lei, chen-jing]", "holders: [zhang-wei, wang-lei, chen-jing, xu-yang]"]));
    expect(changes).toHaveLength(1);
    expect(zh).toEqual(["网络舆情监控信息员：人员 张伟、李娜、王磊、陈静 → 张伟、王磊、陈静、徐阳"]);
  });

  it("reports a changed phone number", () => {
    const { changes, zh, en } = diff(UNIVERSITY, edit(UNIVERSITY, ['mobile: "138 1720 3010"', 'mobile: "138 1720 9999"']));
    expect(changes).toEqual([
      { kind: "changed", entity: "person", id: "zhou-xiaomei", name: "周晓梅", field: "phones.mobile", before: { type: "text", text: "138 1720 3010" }, after: { type: "text", text: "138 1720 9999" } },
    ]);
    expect(zh).toEqual(["周晓梅：手机 138 1720 3010 → 138 1720 9999"]);
    expect(en).toEqual(["周晓梅: mobile 138 1720 3010 → 138 1720 9999"]);
  });

  it("reports a removed category item, and only that", () => {
    const list = (items: string) => `categories:\n  - id: harmful\n    name: 有害信息\n    action: 一律删除\n    items: [${items}]\n\nprocedures:\n`;
    const nine = "反对宪法确定的基本原则的, 危害国家安全的, 其他违反宪法和法律行政法规的";
    const before = edit(UNIVERSITY, ["procedures:\n", list(nine)]);
    const after = edit(UNIVERSITY, ["procedures:\n", list("反对宪法确定的基本原则的, 危害国家安全的")]);
    const { changes, zh, en } = diff(before, after);
    expect(changes).toEqual([{ kind: "removed", entity: "category", id: "harmful", name: "有害信息", part: { type: "item", n: 3, label: "其他违反宪法和法律行政法规的" } }]);
    expect(zh).toEqual(["有害信息：删除类别第3项「其他违反宪法和法律行政法规的」"]);
    expect(en).toEqual(["有害信息: item 3 removed ‘其他违反宪法和法律行政法规的’"]);
    const middle = diff(before, edit(UNIVERSITY, ["procedures:\n", list("反对宪法确定的基本原则的, 其他违反宪法和法律行政法规的")]));
    expect(middle.zh).toEqual(["有害信息：删除类别第2项「危害国家安全的」"]);
  });

  it("reports a step inserted into a level without reporting the steps after it", () => {
    const step = "      - actor: publicity\n        action: 启动24小时舆情监测\n        deadline: immediately\n";
    const after = edit(UNIVERSITY, ["      - actor: publicity\n        to: city-edu-party", `${step}      - actor: publicity\n        to: city-edu-party`]);
    const { changes, zh } = diff(UNIVERSITY, after);
    expect(changes).toEqual([
      { kind: "added", entity: "level", id: "major", name: "重大舆情", part: { type: "step", n: 2, label: "启动24小时舆情监测" } },
    ]);
    expect(zh).toEqual(["重大舆情（响应级别）：新增第2步「启动24小时舆情监测」"]);
  });

  it("words English data in English", () => {
    const after = edit(
      COUNCIL,
      ["holders: [joanna-reid, grace-turner]", "holders: [grace-turner]"],
      ["        to: crisis-team\n        deadline: 30min", "        to: crisis-team\n        deadline: 15min"],
      ['"16:00", "20:00"]', '"16:00", "21:00"]'],
      ["  - id: council-leader\n", "  - id: press-officer\n    name: Press Officer\n    holders: [grace-turner]\n  - id: council-leader\n"],
    );
    const { en } = diff(COUNCIL, after);
    expect(en).toEqual([
      "Role added: Press Officer (Grace Turner)",
      "Spokesperson: holders Joanna Reid, Grace Turner → Grace Turner",
      "Social media monitoring, step 1: frequency at least four times a day (08:30, 12:00, 16:00, 20:00) → at least four times a day (08:30, 12:00, 16:00, 21:00)",
      "Level 1 – Critical, step 1: deadline 30 min → 15 min",
    ]);
  });

  it("covers document, duty and forms, in a stable order", () => {
    const after = edit(
      UNIVERSITY,
      ['version: "2026.1"\n  effective_date: 2026-03-01', 'version: "2026.2"\n  effective_date: 2026-04-01'],
      ["{ day: 周四至周日, shift: day, people: [huang-bin] }", "{ day: 周四至周日, shift: day, people: [chen-jing] }"],
      ["{ name: 班次, type: text, width: 2 }", "{ name: 值班班次, type: text, width: 2 }"],
      ["  heightened: [特殊时期, 重大活动期间]", "  heightened: [特殊时期, 重大活动期间, 开学季]"],
    );
    const { zh } = diff(UNIVERSITY, after);
    expect(zh).toEqual([
      "文件：版本 2026.1 → 2026.2",
      "文件：施行日期 2026年3月1日 → 2026年4月1日",
      "值班安排：新增加强监测时段「开学季」",
      "值班安排 排班「周四至周日 白班」：人员 黄斌 → 陈静",
      "舆情值班记录表 字段「值班班次」：名称 班次 → 值班班次",
    ]);
  });

  it("matches steps by id when they have one", () => {
    const withIds = edit(UNIVERSITY, ["      - when: 发现有关学校的不良舆情信息后\n", "      - id: first-report\n        when: 发现有关学校的不良舆情信息后\n"]);
    const swapped = edit(withIds, ["      - id: first-report\n", "      - id: first-report-2\n"]);
    const { zh } = diff(withIds, swapped);
    expect(zh).toEqual(["建立快速报告机制：删除第1步「汇报，提出处置意见」", "建立快速报告机制：新增第1步「汇报，提出处置意见」"]);
  });
});

describe("align", () => {
  it("pairs leftovers by position between matches", () => {
    expect(align(["a", "b", "c"], ["a", "x", "c", "d"], (s) => s, () => true)).toEqual([[0, 0], [1, 1], [2, 2], [undefined, 3]]);
    expect(align(["a", "b"], ["b"], (s) => s, () => true)).toEqual([[0, undefined], [1, 0]]);
  });
});

describe("changeNoticeMarkdown", () => {
  it("parses into a document tree that lists every change", () => {
    const after = load(
      edit(
        UNIVERSITY,
        ['version: "2026.1"\n  effective_date: 2026-03-01', 'version: "2026.2"\n  effective_date: 2026-04-01'],
        ["deadline: 1h\n        to: leading-group", "deadline: 30min\n        to: leading-group"],
        ["    - version: \"2026.1\"\n", "    - version: \"2026.2\"\n      date: 2026-03-20\n      summary: 报告时限缩短为30分钟*（试行）*。\n    - version: \"2026.1\"\n"],
      ),
    );
    const changes = diffModels(base, after);
    const md = changeNoticeMarkdown(base, after, changes);
    expect(md).toMatch(/^# 关于修订《上海电力学院网络舆情应对及处置方案》的说明\n/);
    const tree = markdownToTree(md);
    const text = JSON.stringify(tree);
    expect(text).toContain("2026.1 → 2026.2");
    expect(text).toContain("2026年4月1日起施行");
    expect(text).toContain("报告时限缩短为30分钟*（试行）*。");
    expect(text).toContain("建立快速报告机制 第2步：时限 1小时内 → 30分钟内");
    expect(text).toContain("一、文件信息");
    expect(text).toContain("二、工作机制与程序");
    const blocks = tree.flatMap((s) => s.children);
    expect(blocks.filter((b) => b.type === "heading").length).toBe(3);
    expect(blocks.some((b) => b.type === "list")).toBe(false);
  });

  it("says so when nothing changed, in English for English data", () => {
    const m = load(COUNCIL);
    const md = changeNoticeMarkdown(m, m, []);
    expect(md).toMatch(/^# Change notice: /);
    expect(JSON.stringify(markdownToTree(md))).toContain("The rules themselves are unchanged.");
  });
});
