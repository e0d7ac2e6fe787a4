import { lintTrees, makeFacts, PROSE_RULES, type Facts } from "../../src/lint/index.js";
import type { KnownName, LevelName, ShortForm } from "../../src/lint/facts.js";
import type { Block, DocumentTree, ParagraphStyle } from "../../src/tree/types.js";

/** Small document trees for the prose lint's unit tests. */
const text = (value: string) => [{ type: "text" as const, value }];

export const p = (value: string, style?: ParagraphStyle): Block => ({ type: "paragraph", children: text(value), ...(style ? { style } : {}) });
export const h = (level: 2 | 3 | 4 | 5, value: string): Block => ({ type: "heading", level, children: text(value) });
export const lead = (level: 2 | 3 | 4 | 5, heading: string, value: string): Block => ({ type: "paragraph", lead: { level, children: text(heading) }, children: text(value) });
export const table = (rows: string[][], header: string[] = rows[0]!.map((_, i) => `col${i}`)): Block => ({
  type: "table",
  columns: header.map(() => ({ width: 1 })),
  header: [{ cells: header.map((c) => ({ children: text(c) })) }],
  rows: rows.map((r) => ({ cells: r.map((c) => ({ children: text(c) })) })),
});
export const list = (items: string[], ordered = false): Block => ({ type: "list", ordered, items: items.map((i) => [p(i)]) });

export function doc(blocks: Block[], options: { name?: string; locale?: string } = {}): DocumentTree {
  return {
    type: "document",
    meta: { name: options.name ?? "plan", locale: options.locale ?? "zh-CN", title: "t", organisation: "o", version: "1", effectiveDate: "", grid: false, author: "a" },
    sections: [{ orientation: "portrait", children: blocks }],
  };
}

export type FactsInput = { names?: Array<[string, KnownName["kind"]]>; shorts?: Array<[full: string, short: string]>; forms?: string[]; levels?: LevelName[] };

export function facts(f: FactsInput = {}): Facts {
  const shorts: ShortForm[] = (f.shorts ?? []).map(([full, short], i) => ({ id: `s${i}`, full, short }));
  const names: KnownName[] = [
    ...(f.names ?? []).map(([t, kind], i) => ({ text: t, kind, id: `n${i}` })),
    ...shorts.flatMap((s) => [{ text: s.full, kind: "body" as const, id: s.id }, { text: s.short, kind: "body" as const, id: s.id }]),
  ];
  return makeFacts(names, shorts, { forms: f.forms ?? [], levels: f.levels ?? [] });
}

/** The findings of one rule on the documents (blocks of one plan, or whole trees). */
export function lint(ruleId: string, content: Block[] | DocumentTree[], f: FactsInput = {}, locale = "zh-CN"): Array<{ message: string; excerpt: string; doc: string }> {
  const rule = PROSE_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const trees = content.length > 0 && (content[0] as DocumentTree).type === "document" ? (content as DocumentTree[]) : [doc(content as Block[], { locale })];
  return lintTrees(trees, facts(f), locale, [rule]).map((x) => ({ message: x.message, excerpt: x.excerpt, doc: x.doc }));
}
