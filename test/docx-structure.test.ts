// The DOCX package read back as XML: what keeps it right in Word, WPS and
// LibreOffice (test/libreoffice.test.ts renders it where LibreOffice is installed).
import { beforeAll, describe, expect, it } from "vitest";
import { built, output } from "./helpers/build.js";
import { docxParagraphs, elements, openDocx, type DocxPackage } from "./helpers/docx.js";

const ORGS = ["data/examples/university.yaml", "data/examples/crisis-comms.yaml", "data/examples/prison.yaml", "data/county/township-east.yaml"];
const DOCS = ["plan", "checklists", "contacts", "forms"];
const packages = new Map<string, DocxPackage>();

beforeAll(async () => {
  for (const f of ORGS) for (const d of DOCS) packages.set(`${f}/${d}`, openDocx(output(await built(f), `${d}.docx`)));
});

const body = (p: DocxPackage) => p.xml("word/document.xml");
/** The body's top-level paragraphs and tables, in order. */
function topLevel(xml: string): string[] {
  const inner = xml.slice(xml.indexOf("<w:body>") + 8, xml.lastIndexOf("</w:body>"));
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of inner.matchAll(/<(\/?)w:(p|tbl|sdt)([ >\/])/g)) {
    const selfClosing = inner.startsWith("/>", inner.indexOf(">", m.index) - 1);
    if (m[1] === "") {
      if (depth === 0) start = m.index;
      if (!selfClosing) depth++;
      else if (depth === 0) out.push(inner.slice(start, inner.indexOf(">", m.index) + 1));
    } else {
      depth--;
      if (depth === 0) out.push(inner.slice(start, inner.indexOf(">", m.index) + 1));
    }
  }
  return out;
}

describe("DOCX packages", () => {
  it("refer only to styles they define", () => {
    for (const [name, p] of packages) {
      const styles = p.xml("word/styles.xml");
      const defined = new Set(elements(styles, "w:style").map((s) => s["w:styleId"]));
      const used = [...`${body(p)}${styles}`.matchAll(/<w:(?:pStyle|rStyle|basedOn|next|link) w:val="([^"]+)"/g)].map((m) => m[1]);
      for (const id of new Set(used)) expect(defined.has(id), `${name}: style ${id}`).toBe(true);
      expect(styles).toContain('w:styleId="DefaultParagraphFont"');
      expect(body(p)).not.toContain("IndexLink");
    }
  });

  it("declare every font they name, with alternates, PANOSE class and character set", () => {
    for (const [name, p] of packages) {
      const table = p.xml("word/fontTable.xml");
      const declared = new Map(elements(table, "w:font").map((f) => [f["w:name"], f]));
      const parts = Object.keys(p.files).filter((f) => /^word\/(document|styles|footer\d+|header\d+|numbering)\.xml$/.test(f));
      const named = new Set(parts.flatMap((f) => elements(p.xml(f), "w:rFonts").flatMap((r) => ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"].map((k) => r[k]).filter((v): v is string => v !== undefined))));
      for (const font of named) expect(declared.has(font), `${name}: ${font}`).toBe(true);
      for (const font of declared.keys()) {
        const entry = new RegExp(`<w:font w:name="${font}">([\\s\\S]*?)</w:font>`).exec(table)?.[1] ?? "";
        expect(entry, font).toMatch(/<w:panose1 w:val="[0-9A-F]{20}"\/>/);
        expect(entry, font).toMatch(/<w:charset w:val="[0-9A-F]{2}"\/>/);
        if (/[\u4e00-\u9fff]/.test(font ?? "")) {
          expect(entry, font).toMatch(/<w:altName w:val="[^"]+"\/>/);
          expect(entry, font).toContain('<w:charset w:val="86"/>');
        }
      }
    }
    const zh = packages.get("data/examples/university.yaml/plan")!.xml("word/fontTable.xml");
    expect(zh).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(zh).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei"\/>/);
  });

  it("make lists Word lists: numbering definitions, no typed bullets or numbers", () => {
    const p = packages.get("data/examples/crisis-comms.yaml/plan")!;
    const xml = body(p);
    const numbering = p.xml("word/numbering.xml");
    const listParas = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>[\s\S]*?<\/w:p>/g)];
    expect(listParas.length).toBeGreaterThanOrEqual(4);
    const nums = new Set(elements(numbering, "w:num").map((n) => n["w:numId"]));
    for (const m of listParas) expect(nums.has(m[2]), `numId ${m[2]}`).toBe(true);
    expect(numbering).toMatch(/<w:abstractNum w:abstractNumId="0">[\s\S]*?<w:numFmt w:val="bullet"\/>/);
    expect(numbering).toMatch(/<w:abstractNum w:abstractNumId="1">[\s\S]*?<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    for (const [name, q] of packages) for (const t of docxParagraphs(body(q))) expect(t, name).not.toMatch(/^(•|\d+\.)\t/);
  });

  it("make fill-in blanks underlined tabs to tab stops, not runs of underlined spaces", () => {
    let blanks = 0;
    for (const [name, p] of packages) {
      const xml = body(p);
      expect(xml, name).not.toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t[^>]*>\u3000/);
      for (const para of xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:u w:val="single"\/><\/w:rPr><w:tab\/>[\s\S]*?<\/w:p>/g) ?? []) {
        const stops = elements(para, "w:tab").filter((t) => t["w:pos"]);
        const tabs = (para.match(/<w:tab\/>/g) ?? []).length;
        expect(stops.length, name).toBeGreaterThanOrEqual(tabs);
        blanks += (para.match(/<w:u w:val="single"\/><\/w:rPr><w:tab\/>/g) ?? []).length;
      }
    }
    expect(blanks).toBeGreaterThan(10);
  });

  it("float the 版记 at the foot of the last page and end every section without a full-height empty paragraph", () => {
    const plan = body(packages.get("data/examples/university.yaml/plan")!);
    const blocks = topLevel(plan);
    const imprint = blocks.findIndex((b) => b.startsWith("<w:tbl>") && b.includes("抄送"));
    expect(imprint).toBeGreaterThan(0);
    expect(blocks[imprint]).toMatch(/<w:tblpPr [^>]*w:vertAnchor="margin"[^>]*w:tblpYSpec="bottom"\/>/);
    expect(blocks[imprint]).toContain('w:horzAnchor="page"');
    // Only the anchor paragraph (one point high) follows it.
    expect(blocks.slice(imprint + 1)).toHaveLength(1);
    let tableEnds = 0;
    for (const [name, p] of packages) {
      const bs = topLevel(body(p));
      const last = bs[bs.length - 1] ?? "";
      const empty = last.startsWith("<w:p>") && docxParagraphs(last).join("") === "";
      if (empty) expect(last, `${name}: last paragraph`).toMatch(/<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"\/>|<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/>/);
      // A section that ends with a table carries its properties in a one-point paragraph.
      for (const m of body(p).matchAll(/<\/w:tbl><w:p><w:pPr>((?:(?!<\/w:p>)[\s\S])*?)<w:sectPr>/g)) {
        tableEnds++;
        expect(m[1], name).toContain('w:line="20" w:lineRule="exact"');
      }
    }
    expect(tableEnds).toBeGreaterThan(3);
  });

  it("keep the issuer and date on a page with text: what comes before them is kept with them", () => {
    let checked = 0;
    for (const [name, p] of packages) {
      const blocks = topLevel(body(p));
      const k = blocks.findIndex((b) => b.includes('<w:pStyle w:val="PwRight"/><w:keepNext/>'));
      if (k <= 0) continue;
      checked++;
      const before = blocks[k - 1] as string;
      expect(before, name).toMatch(/^<w:p><w:pPr>(<w:pStyle [^>]*\/>)?<w:keepNext\/>/);
      const table = blocks[k - 2] ?? "";
      if (table.startsWith("<w:tbl>")) expect(table.slice(table.lastIndexOf("<w:tr>")), name).toContain("<w:keepNext/>");
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it("give every table column at least its longest header word", () => {
    const xml = body(packages.get("data/examples/crisis-comms.yaml/forms")!);
    const table = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!.find((t) => t.includes("Platform"))!;
    const cols = elements(table, "w:gridCol").map((c) => Number(c["w:w"]) / 20);
    const headerCells = [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].slice(0, cols.length).map((m) => docxParagraphs(`<r>${m[0]}</r>`).join(""));
    const k = headerCells.indexOf("Platform");
    expect(k).toBeGreaterThanOrEqual(0);
    // "Platform" in 9.5 pt bold sans is about 40 pt wide; 4 pt padding each side.
    expect(cols[k]).toBeGreaterThan(47);
  });
});
