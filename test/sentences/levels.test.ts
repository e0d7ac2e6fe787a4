import { describe, expect, it } from "vitest";
import { levelClause, planLevels, type LevelClause, type PlannedLevel } from "../../src/compose/sentences/levels.js";
import type { Message } from "../../src/compose/sentences/runs.js";
import { localeText } from "../../src/locale/index.js";

/**
 * A level's rules and steps are planned as sentences together: clauses of one
 * subject share it across the level's rules, and the level's first step says
 * the subject its rules ended with again as the language does.
 */
const en = localeText("en-GB");
const zh = localeText("zh-CN");

function level(clauses: LevelClause[], steps: Message[] = []): PlannedLevel {
  return { label: "Level 2", scaleKind: "response", clauses, steps };
}

const step = (t: typeof en, actor: string, key: string, action: string): Message => ({
  message: t.grammar.stepClause({ when: "", approval: "", approvers: 0, approvalVerb: "approve", actor, deadline: "", usually: false, vague: "", frequency: "", to: "", action, record: "" }),
  key,
});

describe("level sentences", () => {
  it("the one told is the one who may take over the release: one subject, two predicates", () => {
    const g = en.grammar;
    const own = planLevels(en, [level([levelClause(en, "notify", g.notify("the HPT", false), "hpt"), levelClause(en, "override", g.override("the HPT"), "hpt")])]).own[0];
    expect(own?.sentences).toEqual(["The HPT is notified and may take over the release if necessary."]);
  });

  it("who releases and who may take over stay one sentence when they differ", () => {
    const g = en.grammar;
    const release: LevelClause = { kind: "release", text: g.release({ by: "the JIC", approve: "", approvers: 0 }) };
    const own = planLevels(en, [level([levelClause(en, "notify", g.notify("the HPT", false), "hpt"), release, levelClause(en, "override", g.override("the HPT"), "hpt")])]).own[0];
    expect(own?.sentences).toEqual(["The HPT is notified.", "Statements are released by the JIC; the HPT may take over the release if necessary."]);
  });

  it("the level's first step by the actor its rules ended with says it again, and every verb agrees", () => {
    const g = en.grammar;
    const clauses = [levelClause(en, "override", g.override("the EOC"), "eoc")];
    const steps = [step(en, "the EOC", "eoc", "keeps the OCT informed of progress"), step(en, "the EOC", "eoc", "reviews the situation")];
    const own = planLevels(en, [level(clauses, steps)]).own[0];
    expect(own?.sentences).toEqual(["The EOC may take over the release if necessary."]);
    expect(own?.steps).toEqual(["They keep the OCT informed of progress and review the situation."]);
  });

  it("Chinese keeps its own order: 同时通报 has no subject, 必要时 opens a clause of its own", () => {
    const g = zh.grammar;
    const release: LevelClause = { kind: "release", text: g.release({ by: "宣传部", approve: "", approvers: 0 }) };
    const own = planLevels(zh, [
      { label: "重大舆情", scaleKind: "event", clauses: [levelClause(zh, "report", g.report({ actor: "宣传部", deadline: "在1小时内", to: "领导小组", via: "" }), "pd"), levelClause(zh, "notify", g.notify("办公室", false), "office"), release, levelClause(zh, "override", g.override("领导小组"), "lg")], steps: [] },
    ]).own[0];
    expect(own?.sentences).toEqual(["发生重大舆情时，宣传部应在1小时内向领导小组报告，同时通报办公室。", "信息发布由宣传部负责；必要时，领导小组可直接发布。"]);
  });
});

describe("a procedure's steps in the plan", () => {
  it("are listed once: in the procedure's own article, and each level that applies it says so (按照…执行)", async () => {
    const { readFileSync } = await import("node:fs");
    const { withSourceTexts } = await import("../../src/load/source-overlay.js");
    const { buildOrganisation } = await import("../../src/pipeline/build-organisation.js");
    const { treeTexts } = await import("../helpers/tree-text.js");
    // Found by the generated organisations (seed 7, #243): three levels apply 资料归档制度, which has an article of its own.
    const file = "test/fixtures/prose/generated-7-243.yaml";
    const b = await withSourceTexts(new Map([[file, readFileSync(file, "utf8")]]), () => buildOrganisation(file, { formats: [], treesOnly: true }));
    const plan = treeTexts(b.trees.find((x) => x.meta.name === "plan")!).join("\n");
    expect(plan.match(/法律顾问会同网络评论员一般在7天内组织研判/gu)).toHaveLength(1);
    expect(plan.match(/按照资料归档制度执行/gu)?.length).toBeGreaterThanOrEqual(3);
    expect(plan).not.toContain("制度程序");
  });
});
