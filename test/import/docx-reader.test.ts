import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { readImportBytes } from "../../src/import/read/read-input.js";
import { importText } from "./helpers.js";

/** A Word document as offices make it: heading styles, Word's own list numbering (not typed), bold run-in titles, a table. */
async function officeDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "cn",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: "某镇网络舆情应对方案", heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: "工作原则", numbering: { reference: "cn", level: 0 } }),
          new Paragraph({ children: [new TextRun({ text: "统一领导。", bold: true }), new TextRun("在领导小组统一领导下开展工作。")], numbering: { reference: "cn", level: 1 } }),
          new Paragraph({ text: "快速反应。值班人员发现舆情后立即向镇党政办报告。", numbering: { reference: "cn", level: 1 } }),
          new Paragraph({ text: "联络", numbering: { reference: "cn", level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: ["岗位", "姓名", "手机"].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              new TableRow({ children: ["值班人员", "周涛", "138 1831 1013"].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
            ],
          }),
          new Paragraph({ text: "附　则", heading: HeadingLevel.HEADING_1 }),
          new Paragraph("本方案自2026年5月1日起施行。"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("import: the DOCX reader", () => {
  it("reads styles, Word's list numbers and tables, not only the text", async () => {
    const bytes = await officeDocx();
    const r = readImportBytes(bytes, "plan.docx");
    if (!r.ok) throw new Error(r.message);
    const paragraphs = r.outline.blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : []));
    expect(paragraphs[0]).toMatchObject({ text: "某镇网络舆情应对方案", heading: 1, align: "center" });
    expect(paragraphs.map((p) => p.text).slice(1, 5)).toEqual(["一、工作原则", "1. 统一领导。在领导小组统一领导下开展工作。", "2. 快速反应。值班人员发现舆情后立即向镇党政办报告。", "二、联络"]);
    expect(paragraphs.find((p) => p.text === "附　则")?.heading).toBe(2);
    expect(r.outline.blocks.find((b) => b.kind === "table")).toMatchObject({ rows: [["岗位", "姓名", "手机"], ["值班人员", "周涛", "138 1831 1013"]] });

    const d = importText(bytes, "plan.docx");
    expect(d.errors).toEqual([]);
    expect(d.raw.plan.sections.map((s: any) => s.title)).toEqual(["工作原则", "联络", "附　则"]);
    expect(d.raw.plan.sections[0].items[0]).toMatchObject({ title: "统一领导", text: "在领导小组统一领导下开展工作。" });
    expect(d.data.people[0]).toMatchObject({ name: "周涛", phones: { mobile: "138 1831 1013" } });
    expect(d.data.document.effective_date).toBe("2026-05-01");
  });
});
