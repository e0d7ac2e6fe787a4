import { spoken, type Diagnostic } from "../diagnostics/diagnostic.js";
import { say } from "../diagnostics/say.js";
import type { Theme } from "../theme/theme.js";
import type { Block, DocumentTree, Orientation, Section, Table } from "../tree/types.js";
import { plainText } from "../tree/text.js";
import { FontMetrics } from "./pdf/font-metrics.js";
import { planColumns } from "./table-columns.js";

/**
 * Before either renderer runs: every table whose unbreakable content (its
 * min-content, table-columns.ts) is wider than the text block is set in the
 * small table size; if that is still too wide, or the table asks for a
 * landscape page (a wide form, as forms.pdf prints it), and it stands on pages
 * of its own — an attachment or a form, after a page break, with no
 * signature, table of contents or 版记 on them — those pages turn landscape.
 * Both renderers then lay out the same tree, so the PDF and the DOCX agree.
 * A table too wide even then keeps its smallest size and breaks its widest
 * entries, with a warning.
 */
export function fitTables(tree: DocumentTree, theme: Theme, metrics = FontMetrics.forTheme(theme)): { tree: DocumentTree; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const textWidth = (o: Orientation) => (o === "landscape" ? theme.page.height : theme.page.width) - theme.page.margin.left - theme.page.margin.right;
  const fits = (t: Table, o: Orientation) => planColumns(theme, metrics, t, textWidth(o)).fits;
  // One small-size copy per table: its columns are measured once (planColumns caches by table), here and in both renderers.
  const smalls = new Map<Table, Table>();
  const small = (t: Table): Table => {
    if (t.size === "small") return t;
    let s = smalls.get(t);
    if (!s) smalls.set(t, (s = { ...t, size: "small" }));
    return s;
  };
  /** The table as it fits pages of this orientation, or undefined. */
  const fitted = (t: Table, o: Orientation): Table | undefined => (fits(t, o) ? t : fits(small(t), o) ? small(t) : undefined);
  let changed = false;
  const sections: Section[] = [];
  for (const section of tree.sections) {
    const runs = pageRuns(section.children);
    let out: { orientation: Orientation; children: Block[] } = { orientation: section.orientation, children: [] };
    const flush = () => {
      if (out.children.length > 0) sections.push(out);
    };
    runs.forEach((run, r) => {
      const tables = run.blocks.filter((b): b is Table => b.type === "table");
      const here = tables.map((t) => fitted(t, section.orientation));
      const wants = here.some((t) => t === undefined) || tables.some((t) => t.landscape === true);
      const turn = section.orientation === "portrait" && wants && run.standsAlone && tables.every((t) => fitted(t, "landscape"));
      const orientation: Orientation = turn ? "landscape" : section.orientation;
      const blocks = run.blocks.map((b) => {
        if (b.type !== "table") return b;
        const t = fitted(b, orientation);
        if (t === b) return b;
        changed = true;
        if (t) return t;
        diagnostics.push({
          severity: "warning",
          ruleId: "layout/table-too-wide",
          ...spoken(
            say("%{document}: a table (“%{header}”) is wider than the page even in the small size: its widest entries are broken across lines", {
              document: tree.meta.name,
              header: plainText(b.header[0]?.cells.flatMap((c) => [...c.children, { type: "text", value: " " } as const]) ?? []).trim().slice(0, 40),
            }),
            say("Give it fewer columns, or shorter entries."),
          ),
        });
        return small(b);
      });
      if (turn) {
        changed = true;
        flush();
        sections.push({ orientation: "landscape", children: blocks.filter((b) => b.type !== "pageBreak") });
        out = { orientation: section.orientation, children: [] };
      } else out.children.push(...(r > 0 && out.children.length === 0 && blocks[0]?.type === "pageBreak" ? blocks.slice(1) : blocks));
    });
    flush();
  }
  return { tree: changed ? { ...tree, sections } : tree, diagnostics };
}

type Run = { blocks: Block[]; standsAlone: boolean };

/**
 * A section's blocks in runs that start on a new page (the section's start or a
 * page break, which the run keeps at its head); the 版记 is a run of its own. A
 * run stands alone — it may turn landscape — unless it holds the body's
 * signature or a table of contents.
 */
function pageRuns(blocks: readonly Block[]): Run[] {
  const runs: Block[][] = [[]];
  for (const b of blocks) {
    if ((b.type === "pageBreak" || b.type === "imprint") && (runs[runs.length - 1] as Block[]).length > 0) runs.push([]);
    (runs[runs.length - 1] as Block[]).push(b);
  }
  return runs.filter((r) => r.length > 0).map((r) => ({ blocks: r, standsAlone: !r.some((b) => b.type === "signature" || b.type === "toc" || b.type === "imprint") }));
}
