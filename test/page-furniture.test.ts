// GB/T 9704 page furniture, read back from the PDFs (and the DOCX where it must agree):
// the attachment note whole and with the signature, the 版记 on an even last page (after an
// unnumbered blank page when needed), a table of contents only for long plans, revision
// records after the signature, and invisible characters never printed but reported.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { renderDocx } from "../src/render/docx/render-docx.js";
import { layoutDocument } from "../src/render/pdf/layout/layout-document.js";
import { officialZhTheme } from "../src/theme/official-zh.js";
import type { Block, DocumentTree } from "../src/tree/types.js";
import { command } from "./helpers/cli.js";
import { openDocx } from "./helpers/docx.js";
import { pdfLines, readPdf, type PdfPage } from "./helpers/pdf.js";
import { lineText } from "./helpers/grid.js";
import { tempDir } from "./helpers/temp.js";

const ZH = fg.sync(["data/examples/*.yaml", "data/county/*.yaml"]).sort();
const squash = (s: string) => s.replace(/[\s\u3000]+/g, "");
const texts = (p: PdfPage) => pdfLines(p).map((l) => squash(lineText(l)));
const numbered = (p: PdfPage) => p.items.some((i) => i.y > p.height - 100 && /^—\s*\d+\s*—$/.test(i.str.trim()));

async function plans() {
  const out: Array<{ id: string; pages: PdfPage[]; data: Awaited<ReturnType<typeof buildOrganisation>> }> = [];
  for (const f of ZH) {
    const b = await buildOrganisation(f, { formats: ["pdf"], only: ["plan"] });
    if (!b.model || b.model.data.locale !== "zh-CN") continue;
    out.push({ id: b.id as string, pages: await readPdf(b.outputs[0]!.bytes), data: b });
  }
  return out;
}

describe("GB/T 9704 page furniture in every zh-CN plan", async () => {
  const all = await plans();

  it("puts the 版记 (抄送, 印发) at the foot of the last page, which is even; pages before it are numbered unless blank", () => {
    const withImprint = all.filter((p) => p.data.model!.data.document.copy_to || p.data.model!.data.document.printed_by);
    expect(withImprint.length).toBeGreaterThanOrEqual(5);
    for (const p of withImprint) {
      const last = p.pages[p.pages.length - 1] as PdfPage;
      expect(p.pages.length % 2, `${p.id}: ${p.pages.length} pages`).toBe(0);
      expect(texts(last).some((t) => t.endsWith("印发")), p.id).toBe(true);
      for (const [k, page] of p.pages.entries()) {
        if (k < p.pages.length - 2) expect(numbered(page), `${p.id} p${k + 1}`).toBe(true);
        if (!numbered(page)) expect(page.items.length === 0 || k === p.pages.length - 1, `${p.id} p${k + 1}: an unnumbered page is blank or the 版记 page`).toBe(true);
      }
    }
  });

  it("keeps the attachment note (附件：1. … 2. …) on one page, with the signature when there is one", () => {
    let notes = 0;
    for (const p of all) {
      const d = p.data.model!.data;
      if (d.attachments.length === 0) continue;
      const titles = d.attachments.flatMap((a) => (a.title ? [squash(a.title).slice(0, 6)] : []));
      const at = p.pages.findLastIndex((pg) => texts(pg).some((t) => t.startsWith("附件：")));
      expect(at, p.id).toBeGreaterThanOrEqual(0);
      const page = texts(p.pages[at] as PdfPage).join("\n");
      for (const t of titles) expect(page, `${p.id}: “${t}” with 附件： on p${at + 1}`).toContain(t);
      if (d.document.issuer && !d.notice) expect(page, `${p.id}: the signature on the note's page`).toContain(squash(d.document.issuer));
      notes++;
    }
    expect(notes).toBeGreaterThanOrEqual(3);
  });

  it("prints a table of contents only for a plan longer than ten pages", () => {
    for (const p of all) {
      const toc = p.pages.some((pg) => texts(pg).some((t) => t === "目录"));
      const long = p.pages.length > 12;
      if (long) expect(toc, p.id).toBe(true);
      if (p.pages.length <= 10) expect(toc, `${p.id}: ${p.pages.length} pages`).toBe(false);
    }
  });

  it("prints revision records after the signature", () => {
    let seen = 0;
    for (const p of all) {
      const d = p.data.model!.data;
      if (!d.document.revisions?.length || !d.document.issuer || d.notice) continue;
      const flat = p.pages.map((pg) => texts(pg).join("\n")).join("\n");
      const date = flat.indexOf(squash(d.document.issuer));
      expect(flat.indexOf("修订记录", date), p.id).toBeGreaterThan(date);
      seen++;
    }
    expect(seen).toBeGreaterThanOrEqual(3);
  });
});

function filled(lines: number): DocumentTree {
  const para: Block = { type: "paragraph", style: "flush", children: [{ type: "text", value: "应".repeat(28) }] };
  return {
    type: "document",
    meta: { name: "plan", locale: "zh-CN", title: "t", organisation: "o", version: "1", effectiveDate: "", grid: true, author: "a" },
    sections: [{ orientation: "portrait", children: [...Array.from({ length: lines }, () => para), { type: "imprint", rows: [{ left: [{ type: "text", value: "抄送：某某单位。" }] }, { left: [{ type: "text", value: "某某办公室" }], right: [{ type: "text", value: "2026年1月1日印发" }] }] }] }],
  };
}

describe("the 版记 page: same page, next page, or after a blank page", () => {
  const theme = officialZhTheme({ grid: true });
  const cases = [
    { lines: 30, placement: "same", pages: 2, unnumbered: [] as number[] },
    { lines: 12, placement: "next", pages: 2, unnumbered: [] as number[] },
    { lines: 44, placement: "blank", pages: 4, unnumbered: [2, 3] },
  ] as const;
  for (const c of cases) {
    it(`${c.lines} lines of text: ${c.placement}`, async () => {
      const layout = layoutDocument(filled(c.lines), theme);
      expect(layout.imprint).toBe(c.placement);
      expect(layout.pages.length).toBe(c.pages);
      expect(layout.pages.flatMap((p, k) => (p.unnumbered ? [k] : []))).toEqual(c.unnumbered);
      const xml = openDocx(await renderDocx(filled(c.lines), theme, new Date(0), null, [], { ...(layout.imprint ? { imprint: layout.imprint } : {}) })).xml("word/document.xml");
      const sections = xml.match(/<w:sectPr[\s>]/g)?.length ?? 0;
      expect(sections).toBe(c.placement === "blank" ? 2 : 1);
      expect((xml.match(/w:pageBreakBefore/g) ?? []).length).toBe(c.placement === "same" ? 0 : 1);
    });
  }
});

describe("zero-width and bidirectional marks", () => {
  it("are never printed, and validate warns at each one's line and column", async () => {
    const dir = tempDir("planwright-invisible-");
    const file = join(dir, "u.yaml");
    const src = readFileSync("data/examples/university.yaml", "utf8").replace(/^# yaml.*\n/, "").replace("王建国", "王\u200B建国").replace("title: 上海电力学院", "title: \u200E上海电力学院");
    writeFileSync(file, src);
    const r = await command(["validate", file]);
    const at = (ch: string) => {
      const i = src.indexOf(ch);
      const before = src.slice(0, i).split("\n");
      return `${file}:${before.length}:${(before[before.length - 1] as string).length + 1}`;
    };
    expect(r.stdout + r.stderr).toContain(`${at("\u200B")}`);
    expect(r.stdout + r.stderr).toContain("U+200B (zero width space)");
    expect(r.stdout + r.stderr).toContain(`${at("\u200E")}`);
    const b = await buildOrganisation(file, { formats: ["pdf"], only: ["plan", "contacts"] });
    expect(b.diagnostics.filter((d) => d.ruleId === "font/missing-glyph")).toEqual([]);
    for (const o of b.outputs) {
      const text = (await readPdf(o.bytes)).flatMap((p) => p.items.map((i) => i.str)).join("");
      expect(text).not.toMatch(/[\u200B-\u200F]/);
      if (o.path.endsWith("plan.pdf")) expect(squash(text)).toContain("王建国");
    }
  });
});
