import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

type StructNode = { role?: string; type?: string; id?: string; children?: StructNode[] };

/**
 * The faces a PDF sets its parts in, read back with pdf.js through the tagged
 * structure: the font (BaseFont, without the subset tag) of the most CJK
 * characters under the title (H1), level-1 headings (H2), level-2 headings (H3)
 * and body paragraphs (P). A run-in lead sits in its paragraph, so only text
 * items of at least two CJK characters are counted, by the face that draws most.
 */
export async function headingAndBodyFonts(bytes: Uint8Array): Promise<{ title: string; heading: string; kai: string; body: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const counts = new Map<string, Map<string, number>>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getOperatorList();
    const roleOf = new Map<string, string>();
    const walk = (node: StructNode, role: string) => {
      const r = node.role ?? role;
      if (node.type === "content" && node.id) roleOf.set(node.id, r);
      for (const c of node.children ?? []) walk(c, r);
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) walk(tree, "");
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: string[] = [];
    for (const it of content.items as Array<{ type?: string; id?: string; str?: string; fontName?: string }>) {
      if (it.type === "beginMarkedContentProps" || it.type === "beginMarkedContent") {
        stack.push(it.id ?? "");
        continue;
      }
      if (it.type === "endMarkedContent") {
        stack.pop();
        continue;
      }
      const cjk = (it.str ?? "").match(/[\u4e00-\u9fff]/g)?.length ?? 0;
      if (cjk < 2 || !it.fontName) continue;
      const role = roleOf.get(stack[stack.length - 1] ?? "") ?? "";
      const font = (page.commonObjs.get(it.fontName) as { name?: string } | undefined)?.name?.replace(/^[A-Z]{6}\+/, "") ?? it.fontName;
      const m = counts.get(role) ?? new Map<string, number>();
      m.set(font, (m.get(font) ?? 0) + cjk);
      counts.set(role, m);
    }
  }
  await doc.destroy();
  const top = (role: string) => [...(counts.get(role) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  return { title: top("H1"), heading: top("H2"), kai: top("H3"), body: top("P") };
}
