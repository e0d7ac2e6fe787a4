import type { ImportWords } from "../../locale/import-words.js";
import type { Content, SectionNode } from "../structure/section-tree.js";
import { readGroupFormed, readMembers } from "../recognise/groups.js";
import { levelFromItem, levelsFromTable, type ScaleFound } from "../recognise/levels.js";
import { formFromTable, formsInText } from "../recognise/forms.js";
import { readPeopleInText } from "../recognise/people-text.js";
import { readBodiesTable, readPeopleTable, tableKind } from "../recognise/tables.js";
import { procedureFrom } from "./procedure-from.js";
import type { SectionDraft } from "./draft-types.js";
import type { Registry } from "./registry.js";

/**
 * The plan's outline from the section tree: each node a section with its
 * title, text and items, and what the recognisers turned into data shown by
 * reference instead of text — a group (`group:`), a run of level items
 * (`levels:`), a rule paragraph (`procedure:`), a roster table (`units:`).
 */
export type AssembleContext = { readonly words: ImportWords; readonly reg: Registry; readonly locale: string; readonly scales: ScaleFound[]; textKept: number; textTurned: number };

export function sectionOf(node: SectionNode, ctx: AssembleContext): SectionDraft {
  const s: SectionDraft = {};
  if (node.title && (node.content.length > 0 || node.children.length > 0 || node.heading !== undefined)) s.title = node.title;
  const texts: string[] = [];
  readTables(node, s, ctx);
  readGroup(node, s, ctx);
  const levelItems = node.children.filter((c) => c.title && ctx.words.levelName.test(c.title));
  if (levelItems.length >= 2) {
    const levels = levelItems.flatMap((c) => {
      const l = levelFromItem(c.title as string, criteriaText(c), ctx.words, ctx.reg, ctx.locale);
      return l ? [l] : [];
    });
    ctx.scales.push({ levels });
    s.levels = true;
  }
  for (const c of node.content) {
    if (c.kind !== "text" || c.claimed) continue;
    readPeopleInText(c.text, ctx.words, ctx.reg);
    formsInText(c.text, ctx.words, ctx.reg);
  }
  const proc = procedureFrom(node, ctx);
  if (proc) {
    s.procedure = proc.id;
    if (!node.title) s.untitled = true;
    else delete s.title;
    ctx.textTurned++;
  } else {
    for (const c of node.content) if (c.kind === "text" && !c.claimed) texts.push(c.text);
    if (texts.length > 0) ctx.textKept++;
  }
  if (node.title && !s.title && !s.procedure && node.content.length === 0 && node.children.length === 0) texts.unshift(node.title);
  if (texts.length > 0) s.text = texts.join("\n\n");
  const children = node.children.filter((c) => !(s.levels === true && levelItems.includes(c)));
  if (children.length > 0) {
    s.items = children.map((c) => sectionOf(c, ctx)).filter((x) => Object.keys(x).length > 0);
    if (s.items.length === 0) delete s.items;
    const style = children.find((c) => c.style)?.style;
    if (style) s.numbering = style === "1.1" ? "1.1" : style;
  }
  const shows = s.text ?? s.items ?? s.procedure ?? s.group ?? s.levels ?? s.units ?? s.forms ?? s.roles;
  if (shows === undefined && node.title && node.heading === undefined && node.style === undefined) return {};
  if (shows === undefined) {
    // A heading whose content all became data elsewhere (a contact table): it keeps its title.
    s.title = node.title ?? ctx.words.untitled;
    s.text = s.title;
  }
  return s;
}

function textOf(content: readonly Content[]): string {
  return content.flatMap((c) => (c.kind === "text" ? [c.text] : [])).join("");
}

/** A level item's text with its listed conditions (符合下列情形之一：①…；②…). */
function criteriaText(n: SectionNode): string {
  const own = textOf(n.content);
  const listed = n.children.map((c) => [c.title, textOf(c.content)].filter(Boolean).join("")).filter(Boolean);
  return listed.length > 0 ? `${own}${listed.join(/\p{Script=Han}/u.test(own) ? "" : " ")}` : own;
}

function readTables(node: SectionNode, s: SectionDraft, ctx: AssembleContext): void {
  node.content.forEach((c, i) => {
    if (c.kind !== "table") return;
    const rows = c.table.rows;
    const kind = tableKind(rows, ctx.words);
    if (kind === "people") {
      const read = readPeopleTable(rows, ctx.words, ctx.reg);
      if (read.unitsRoster) s.units = true;
      else if (read.roles.length > 0) s.roles = [...(s.roles ?? []), ...read.roles];
      c.claimed = true;
    } else if (kind === "bodies") {
      readBodiesTable(rows, ctx.words, ctx.reg);
      c.claimed = true;
    } else if (kind === "levels") {
      const scale = levelsFromTable(rows, ctx.words, ctx.reg, ctx.locale);
      if (scale) {
        ctx.scales.push(scale);
        s.levels = true;
        c.claimed = true;
      }
    } else if (readRevisions(rows, ctx)) {
      c.claimed = true;
    } else if (kind === "form") {
      const before = node.content[i - 1];
      const title = before?.kind === "text" ? /《([^》]+)》/u.exec(before.text)?.[1] : undefined;
      const f = formFromTable(title ?? node.title ?? "表单", rows, ctx.reg);
      s.forms = [...(s.forms ?? []), f.id];
      c.claimed = true;
    } else {
      const a = { id: ctx.reg.ids.make(node.title ?? "table", "table"), kind: "table", title: node.title ?? rows[0]?.[0] ?? "table", columns: (rows[0] ?? []).map((h, k) => h.trim() || `${k + 1}`), rows: rows.slice(1).map((r) => (rows[0] ?? []).map((_, k) => r[k] ?? "")) };
      ctx.reg.check(["attachments", ctx.reg.attachments.length, "rows"], "a table in the plan that was not recognised: it is kept here as a table attachment — move it back where it belongs, or turn it into data");
      ctx.reg.attachments.push(a);
      c.claimed = true;
    }
  });
}

/** A revision record (版本 | 日期 | 修订内容 | 修订人 / Version | Date | Summary | By) is the document's revisions. */
function readRevisions(rows: readonly (readonly string[])[], ctx: AssembleContext): boolean {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const col = (re: RegExp): number => header.findIndex((h) => re.test(h));
  const v = col(/^(?:版本|版本号|Version)$/iu);
  const d = col(/^(?:日期|修订日期|Date)$/iu);
  const sum = col(/修订内容|修改内容|内容|Summary|Description|changes?/iu);
  if (v < 0 || d < 0 || sum < 0) return false;
  for (const r of rows.slice(1)) {
    const date = ctx.words.date(r[d] ?? "");
    const summary = (r[sum] ?? "").trim();
    if (!date || !summary || !(r[v] ?? "").trim()) continue;
    const byCol = col(/修订人|修改人|^By$|Changed by/iu);
    const by = byCol >= 0 ? (r[byCol] ?? "").trim() : "";
    ctx.reg.revisions.push({ version: (r[v] as string).trim(), date, summary, ...(by ? { by } : {}) });
  }
  return true;
}

function readGroup(node: SectionNode, s: SectionDraft, ctx: AssembleContext): void {
  const texts = node.content.filter((c): c is Extract<Content, { kind: "text" }> => c.kind === "text");
  const at = texts.findIndex((c) => ctx.words.groupFormed.test(c.text));
  if (at < 0) return;
  const first = texts[at] as Extract<Content, { kind: "text" }>;
  const g = readGroupFormed(first.text, ctx.words, ctx.reg);
  if (!g) return;
  readPeopleInText(first.text, ctx.words, ctx.reg);
  first.claimed = true;
  for (const c of texts.slice(at + 1)) {
    if (!readMembers(c.text, g, ctx.words, ctx.reg)) break;
    readPeopleInText(c.text, ctx.words, ctx.reg);
    c.claimed = true;
  }
  s.group = g.id;
}
