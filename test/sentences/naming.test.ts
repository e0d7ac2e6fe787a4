import { describe, expect, it } from "vitest";
import { mention, nameMentions, onceSpan, placeAliases, type Naming } from "../../src/compose/sentences/naming.js";
import { nameWithKey } from "../../src/compose/sentences/name-key.js";
import { localeText } from "../../src/locale/index.js";

/**
 * Referring expressions, decided in reading order on a document's Markdown:
 * each case is one class of name a reader would mark.
 */
const zh = localeText("zh-CN");
const en = localeText("en-GB");
const zhNaming: Naming = {
  entities: [
    { full: "网络舆情应对工作领导小组", short: "领导小组", body: false },
    { full: "领导小组办公室", short: "办公室", body: false },
    { full: "青峰市发展和改革局", short: "市发改局", body: true },
  ],
  others: ["党政办公室"],
};
const [lg, office, bureau] = [mention(0), mention(1), mention(2)];

describe("naming in running text (zh-CN)", () => {
  it("a body typed with its place said shorter (市发展和改革局) is the same body: its short form once introduced, never a third name", () => {
    expect(placeAliases("青峰市发展和改革局")).toEqual(["市发展和改革局"]);
    expect(placeAliases("秀川县委网信办")).toEqual(["县委网信办"]);
    expect(placeAliases("领导小组办公室")).toEqual([]);
    expect(placeAliases("区县发展改革部门")).toEqual([]);
    const naming: Naming = { ...zhNaming, entities: zhNaming.entities.map((e) => (e.full === "青峰市发展和改革局" ? { ...e, aliases: placeAliases(e.full) } : e)) };
    const out = nameMentions(`${bureau}负责价格监测。\n\n本预案由市发展和改革局负责解释。\n\n| 市发展和改革局 |`, naming, zh);
    expect(out.split("\n")).toEqual(["青峰市发展和改革局（以下简称市发改局）负责价格监测。", "", "本预案由市发改局负责解释。", "", "| 市发展和改革局 |"]);
  });

  it("a short form typed early is spelt out, unless the name before it already says the rest (领导小组 + 办公室主任)", () => {
    expect(nameMentions("办公室负责日常工作。", zhNaming, zh)).toBe("领导小组办公室负责日常工作。");
    expect(nameMentions(`吴霞（${mention(0, true)}办公室主任）`, zhNaming, zh)).toBe("吴霞（网络舆情应对工作领导小组办公室主任）");
    // Once 办公室 is introduced, the post so composed from the group's short form is said short too — but never cut out of a longer name.
    const after = nameMentions(`${lg}负责。${office}负责。\n\n吴霞（${mention(0, true)}办公室主任）`, zhNaming, zh).split("\n").at(-1);
    expect(after).toBe("吴霞（办公室主任）");
  });

  it("introduces a short form at its first standalone mention and uses it after", () => {
    const out = nameMentions(`成立${lg}。\n\n${lg}负责统一领导。`, zhNaming, zh);
    expect(out).toBe("成立网络舆情应对工作领导小组（以下简称领导小组）。\n\n领导小组负责统一领导。");
  });

  it("prints the full name in headings and table cells until the text introduces it", () => {
    const out = nameMentions(`## ${lg}\n\n| ${lg} |\n\n${lg}负责。\n\n| ${lg} |`, zhNaming, zh);
    expect(out.split("\n")).toEqual(["## 网络舆情应对工作领导小组", "", "| 网络舆情应对工作领导小组 |", "", "网络舆情应对工作领导小组（以下简称领导小组）负责。", "", "| 领导小组 |"]);
  });

  it("a post composed with its group never says their overlap twice", () => {
    const out = nameMentions(`由王丽娟任${mention(1, true)}办公室主任。`, zhNaming, zh);
    expect(out).toBe("由王丽娟任领导小组办公室主任。");
  });

  it("a full name typed in free text reads the short form once introduced, but not inside a longer name or after a place", () => {
    const out = nameMentions(`${office}接收舆情。\n\n报领导小组办公室主任审定，上报镇领导小组办公室，抄送党政办公室。`, zhNaming, zh);
    expect(out).toContain("报办公室主任审定");
    expect(out).toContain("上报镇领导小组办公室");
    expect(out).toContain("抄送党政办公室");
  });

  it("spells out a short form typed before its introduction", () => {
    const out = nameMentions(`吴国强（市发改局局长）。\n\n日常工作由${bureau}承担。`, zhNaming, zh);
    expect(out).toBe("吴国强（青峰市发展和改革局局长）。\n\n日常工作由青峰市发展和改革局（以下简称市发改局）承担。");
  });

  it("puts an aside after the introduction into its bracket", () => {
    expect(nameMentions(`${lg}（张伟、李娜）负责。`, zhNaming, zh)).toBe("网络舆情应对工作领导小组（张伟、李娜，以下简称领导小组）负责。");
  });

  it("leaves names inside titles and quotations alone", () => {
    const out = nameMentions(`${lg}负责。\n\n填写《网络舆情应对工作领导小组会议记录》。`, zhNaming, zh);
    expect(out).toContain("《网络舆情应对工作领导小组会议记录》");
  });
});

describe("naming in English", () => {
  const naming: Naming = { entities: [{ full: "Public Information Officer", short: "PIO", body: false }, { full: "Office of Emergency Management", short: "OEM", body: true }], others: [] };
  it("a typed name is a mention only after its article, never inside a longer title", () => {
    const out = nameMentions(`The ${mention(0)} briefs.\n\nThe Lead Public Information Officer and the Public Information Officer meet.`, naming, en);
    expect(out).toBe("The Public Information Officer (PIO) briefs.\n\nThe Lead Public Information Officer and the PIO meet.");
  });
  it("an abbreviation that opens a title is part of the title", () => {
    expect(nameMentions("Ask the OEM Duty Officer and the OEM.", naming, en)).toBe("Ask the OEM Duty Officer and the Office of Emergency Management.");
  });
});

describe("said once, in reading order", () => {
  it("keeps the first span of a key and drops the others", () => {
    const text = `A${onceSpan("holders:x", " (Jo)")}. B${onceSpan("holders:x", " (Jo)")}.`;
    expect(nameMentions(text, { entities: [], others: [] }, en)).toBe("A (Jo). B.");
  });
});

describe("companion documents: short forms and a key", () => {
  it("uses short forms throughout and explains them under the lead", () => {
    const out = nameWithKey(`# 检查单\n\n::: p meta\n依据方案。\n:::\n\n| ${lg} | 市发改局 |`, zhNaming, zh);
    expect(out).toContain("简称说明：青峰市发展和改革局（以下简称市发改局）；网络舆情应对工作领导小组（以下简称领导小组）。");
    expect(out).toContain("| 领导小组 | 市发改局 |");
    expect(out.indexOf("简称说明")).toBeGreaterThan(out.indexOf("依据方案"));
  });
  it("prints no key when no short form is used, and never stalls on a document without any", () => {
    expect(nameWithKey("# 检查单\n\n正文。", zhNaming, zh)).toBe("# 检查单\n\n正文。");
    expect(nameWithKey("# 检查单\n\n正文。", { entities: [], others: [] }, zh)).toBe("# 检查单\n\n正文。");
    expect(nameMentions("正文。", { entities: [], others: [] }, zh)).toBe("正文。");
  });
});
