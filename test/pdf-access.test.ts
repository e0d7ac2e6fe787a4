// PDFs every reader can use: tagged (structure tree, marked content, artifacts),
// a clickable table of contents, table headers never broken inside a word, and
// the opt-in archival profile (PDF/A-2b). Read back with pdf.js.
import { beforeAll, describe, expect, it } from "vitest";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { drawPdf } from "../src/render/pdf/draw-pdf.js";
import { builtinFace } from "../src/fonts/font-files.js";
import { built, output } from "./helpers/build.js";
import { pdfLines, pdfStreamText, readPdf } from "./helpers/pdf.js";

type StructNode = { role?: string; alt?: string; type?: string; id?: string; children?: StructNode[] };

/** Opens a PDF with pdf.js, runs `fn`, closes it (pdf.js mixes up documents open at the same time in Node). */
async function withPdf<T>(bytes: Uint8Array, fn: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    return await fn(doc);
  } finally {
    await doc.destroy();
  }
}

/** Roles and marked-content ids of a page's structure tree, depth first (reading order). */
function walk(node: StructNode | null, visit: (n: StructNode, path: string[]) => void, path: string[] = []): void {
  if (!node) return;
  visit(node, path);
  for (const c of node.children ?? []) walk(c, visit, node.role ? [...path, node.role] : path);
}

/** Text items of a page by marked-content id, and the text outside any marked content. */
async function markedText(doc: PDFDocumentProxy, n: number) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const byId = new Map<string, Array<{ str: string; y: number; x: number }>>();
  const stack: Array<{ id?: string; tag?: string }> = [];
  const outside: string[] = [];
  const artifacts: string[] = [];
  const h = page.view[3] as number;
  for (const it of content.items as Array<Record<string, unknown>>) {
    if (it.type === "beginMarkedContent" || it.type === "beginMarkedContentProps") stack.push({ id: it.id as string | undefined, tag: it.tag as string | undefined });
    else if (it.type === "endMarkedContent") stack.pop();
    else if (typeof it.str === "string" && it.str.trim()) {
      const top = stack[stack.length - 1];
      if (!top) outside.push(it.str);
      else if (top.tag === "Artifact") artifacts.push(it.str);
      else if (top.id) {
        const t = it.transform as number[];
        const list = byId.get(top.id) ?? [];
        list.push({ str: it.str, x: t[4] as number, y: h - (t[5] as number) });
        byId.set(top.id, list);
      }
    }
  }
  return { byId, outside, artifacts, tree: (await page.getStructTree()) as StructNode | null };
}

describe("tagged PDF", () => {
  let en: Uint8Array;
  let zh: Uint8Array;
  beforeAll(async () => {
    en = output(await built("data/examples/crisis-comms.yaml"), "plan.pdf");
    zh = output(await built("data/examples/university.yaml"), "plan.pdf");
  });

  it("is marked, with the document's language", async () => {
    for (const [bytes, lang] of [[en, "en-GB"], [zh, "zh-CN"]] as const) {
      await withPdf(bytes, async (doc) => {
        expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
        const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, string> };
        expect(info.Language).toBe(lang);
      });
    }
  });

  it("has headings, paragraphs, lists, tables with header cells, and a TOC of links in its structure tree", async () => {
    const roles = new Set<string>();
    let listItems = 0;
    await withPdf(en, async (doc) => {
      for (let n = 1; n <= doc.numPages; n++) {
        walk((await doc.getPage(n).then((p) => p.getStructTree())) as StructNode, (node, path) => {
          if (node.role) roles.add(node.role);
          if (node.role === "LI") listItems++;
          if (node.role === "TH") expect(path).toContain("Table");
          if (node.role === "Lbl" || node.role === "LBody") expect(path[path.length - 1]).toBe("LI");
          if (node.role === "TOCI") expect(path[path.length - 1]).toBe("TOC");
        });
      }
    });
    // A plan long enough for a table of contents (document.toc): its TOC of links.
    await withPdf(output(await built("data/examples/mesa-county-jic.yaml"), "plan.pdf"), async (doc) => {
      for (let n = 1; n <= doc.numPages; n++) {
        walk((await doc.getPage(n).then((p) => p.getStructTree())) as StructNode, (node, path) => {
          if (node.role) roles.add(node.role);
          if (node.role === "TOCI") expect(path[path.length - 1]).toBe("TOC");
        });
      }
    });
    for (const r of ["Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "TOC", "TOCI", "Link"]) expect(roles, r).toContain(r);
    expect(listItems).toBeGreaterThan(3);
    // Header cells say which cells they head.
    const raw = Buffer.from(output(await built("data/examples/crisis-comms.yaml"), "plan.pdf")).toString("latin1");
    expect(raw).toMatch(/\/S ?\/TH[^>]{0,60}\/Scope ?\/Column/);
  });

  it("puts every piece of text in the structure or marks it as an artifact (page numbers, running headers)", async () => {
    for (const bytes of [en, zh]) {
      await withPdf(bytes, async (doc) => {
        for (let n = 1; n <= doc.numPages; n++) {
          const { outside, artifacts } = await markedText(doc, n);
          expect(outside, `page ${n}`).toEqual([]);
          expect(artifacts.some((a) => a.includes(String(n))), `page ${n} number is an artifact`).toBe(true);
        }
      });
    }
  });

  it("reads in visual order: structure order goes down the page, a list marker before its item", async () => {
    for (const bytes of [en, zh]) {
      await withPdf(bytes, async (doc) => { for (let n = 1; n <= doc.numPages; n++) {
        const { byId, tree } = await markedText(doc, n);
        const ys: Array<{ y: number; text: string }> = [];
        walk(tree, (node, path) => {
          if (node.type === "content" && node.id && !path.includes("Table")) {
            const items = byId.get(node.id) ?? [];
            if (items[0]) ys.push({ y: items[0].y, text: items.map((i) => i.str).join("") });
          }
        });
        for (let k = 1; k < ys.length; k++) expect(ys[k]!.y, `page ${n}: “${ys[k]!.text}” after “${ys[k - 1]!.text}”`).toBeGreaterThanOrEqual(ys[k - 1]!.y - 0.5);
      } });
    }
    // In the content stream too (what copying text or an untagged reader gets).
    const stream = pdfStreamText(await readPdf(output(await built("data/examples/crisis-comms.yaml"), "plan.pdf")));
    expect(stream).toMatch(/•\s*managing all public communication/);
  });

  it("gives figures their alternative text", async () => {
    const page = { width: 300, height: 200, outline: [], anchors: [], items: [{ kind: "text" as const, x: 20, y: 50, text: "Flow", font: builtinFace("serif").file, size: 12, spacing: 0, node: 1 }] };
    const bytes = await drawPdf([page], { title: "t", author: "a", subject: "s", keywords: "k", lang: "en", date: new Date(0) }, [
      { type: "Document", parent: -1 },
      { type: "Figure", parent: 0, alt: "How a report reaches the leading group" },
    ]);
    let figure: StructNode | undefined;
    await withPdf(bytes, async (doc) =>
      walk((await (await doc.getPage(1)).getStructTree()) as StructNode, (node) => {
        if (node.role === "Figure") figure = node;
      }),
    );
    expect(figure?.alt).toBe("How a report reaches the leading group");
  });
});

describe("clickable table of contents", () => {
  it("links every TOC line to the page its heading is on", async () => {
    // Plans long enough for a table of contents (document.toc, default: more than ten pages).
    for (const file of ["data/examples/mesa-county-jic.yaml", "data/examples/price-bureau.yaml"]) {
      const b = await built(file);
      const bytes = output(b, "plan.pdf");
      const pages = await readPdf(bytes);
      let links = 0;
      await withPdf(bytes, async (doc) => { for (let n = 1; n <= doc.numPages; n++) {
        const annots = (await (await doc.getPage(n)).getAnnotations()) as Array<{ subtype: string; dest: string; rect: number[] }>;
        for (const a of annots.filter((x) => x.subtype === "Link")) {
          links++;
          const dest = (await doc.getDestination(a.dest)) as [{ num: number; gen: number }, ...unknown[]];
          const target = (await doc.getPageIndex(dest[0])) + 1;
          // The page number printed at the end of the linked line is the target page.
          const page = pages[n - 1]!;
          const top = page.height - (a.rect[3] as number);
          const bottom = page.height - (a.rect[1] as number);
          const line = pdfLines(page).find((l) => l[0]!.y > top && l[0]!.y < bottom);
          expect(line?.[line.length - 1]?.str.trim(), `${file} page ${n}`).toBe(String(target));
        }
      } });
      expect(links, file).toBeGreaterThan(5);
    }
  });
});

describe("table headers", () => {
  it("never break inside a word (the English monitoring log's “Platform”)", async () => {
    const pages = await readPdf(output(await built("data/examples/crisis-comms.yaml"), "forms.pdf"));
    const words = pages.flatMap((p) => p.items.map((i) => i.str.trim()));
    expect(words).toContain("Platform");
    expect(words).not.toContain("Platfor");
    // Every header word of every form table is whole on one line.
    const b = await built("data/examples/crisis-comms.yaml");
    const tree = b.trees.find((t) => t.meta.name === "forms")!;
    const headerWords: string[] = [];
    for (const x of tree.sections.flatMap((s) => s.children)) {
      if (x.type !== "table") continue;
      for (const r of x.header) for (const c of r.cells) for (const i of c.children) if (i.type === "text") headerWords.push(...i.value.split(/\s+/));
    }
    const text = pages.flatMap((p) => pdfLines(p).map((l) => l.map((i) => i.str).join(" "))).join("\n");
    for (const w of headerWords.filter((x) => /^[A-Za-z]{4,}$/.test(x))) expect(text, w).toMatch(new RegExp(`\\b${w}\\b`));
  });
});

describe("archival profile (--pdfa: PDF/A-2b)", () => {
  let pdf: Buffer;
  let plain: Buffer;
  beforeAll(async () => {
    const b = await buildOrganisation("data/examples/university.yaml", { formats: ["pdf"], only: ["plan"], pdfa: true });
    pdf = Buffer.from(b.outputs[0]!.bytes);
    plain = Buffer.from(output(await built("data/examples/university.yaml"), "plan.pdf"));
  });

  it("carries the PDF/A identification in XMP metadata that agrees with the document information", async () => {
    const { info, metadata } = await withPdf(pdf, async (doc) => (await doc.getMetadata()) as unknown as { info: Record<string, string>; metadata: { get(k: string): unknown } });
    expect(metadata.get("pdfaid:part")).toBe("2");
    expect(metadata.get("pdfaid:conformance")).toBe("B");
    expect(metadata.get("dc:title")).toBe(info.Title);
    expect(metadata.get("pdf:producer")).toBe(info.Producer);
    expect(metadata.get("xmp:creatortool")).toBe(info.Creator);
    expect(String(metadata.get("xmp:createdate"))).toBe("2026-03-01T00:00:00Z");
    expect(info.CreationDate).toMatch(/^D:20260301000000/);
    // The metadata stream is not compressed (PDF/A forbids filters on it) and is well-formed XML.
    const raw = pdf.toString("latin1");
    const meta = /<<[^>]*\/Type \/Metadata[^>]*>>\nstream\n/.exec(raw);
    expect(meta?.[0]).not.toContain("/Filter");
    // Plain PDFs carry metadata without the identification.
    expect(plain.toString("latin1")).not.toContain("pdfaid:part");
  });

  it("has an sRGB output intent with its ICC profile", () => {
    const raw = pdf.toString("latin1");
    const intent = /\/Type \/OutputIntent[\s\S]*?>>/.exec(raw)?.[0] ?? "";
    expect(intent).toContain("/S /GTS_PDFA1");
    const profile = /\/DestOutputProfile (\d+) 0 R/.exec(intent)?.[1];
    expect(profile).toBeDefined();
    const obj = new RegExp(`\\n${profile} 0 obj\\n<<([\\s\\S]*?)>>\\nstream`).exec(raw)?.[1] ?? "";
    expect(obj).toContain("/N 3");
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
  });

  it("has none of what PDF/A forbids, and every font embedded", () => {
    const raw = pdf.toString("latin1");
    expect(raw.slice(0, 20)).toMatch(/^%PDF-1\.7\n%[\x80-\xff]{4}/);
    for (const bad of ["/Encrypt", "/JavaScript", "/JS ", "/AA ", "/Launch", "/EmbeddedFiles"]) expect(raw, bad).not.toContain(bad);
    expect(raw).not.toMatch(/\/CA 0\.|\/ca 0\./);
    expect(raw).toMatch(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/);
    const fonts = [...raw.matchAll(/\/Subtype \/CIDFontType[02]/g)].length;
    expect(fonts).toBeGreaterThanOrEqual(3);
    expect([...raw.matchAll(/\/FontFile2 \d+ 0 R/g)].length).toBe(fonts);
    expect([...raw.matchAll(/\/CIDToGIDMap \/Identity/g)].length).toBe(fonts);
  });

  it("prints its link annotations (a plan with a table of contents)", async () => {
    const withToc = await buildOrganisation("data/examples/price-bureau.yaml", { formats: ["pdf"], only: ["plan"], pdfa: true });
    const annots = [...Buffer.from(withToc.outputs[0]!.bytes).toString("latin1").matchAll(/\/Type \/Annot[\s\S]*?>>/g)].map((m) => m[0]);
    expect(annots.length).toBeGreaterThan(3);
    for (const a of annots) expect(a).toMatch(/\/F 4\b/);
  });

  it("is byte-identical from one build to the next", async () => {
    const again = await buildOrganisation("data/examples/university.yaml", { formats: ["pdf"], only: ["plan"], pdfa: true });
    expect(Buffer.from(again.outputs[0]!.bytes).equals(pdf)).toBe(true);
  });
});
