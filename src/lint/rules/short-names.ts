import { matches, type LintContext, type ProseRule } from "../rule.js";
import { occurrences, type ShortForm } from "../facts.js";
import type { DocText, Passage } from "../passages.js";
import { wordStarts } from "../words.js";

/**
 * Short names (以下简称… / “Public Information Officer (PIO)”), per document
 * in reading order: defined at the first mention, shorter than the full name,
 * never used before the definition, used for every later mention (the full
 * name not again), and no third name made from the short one (镇办公室).
 * Headings print the full name by design and are not read.
 */

type Where = { readonly passage: Passage; readonly index: number; readonly at: number };
type Definition = Where & { readonly end: number };

type Short = { readonly short: string; readonly full?: string };

/** A definition written in the text (以下简称X): where, and the short name. */
type TextDefinition = { readonly index: number; readonly passage: Passage; readonly at: number; readonly length: number; readonly short: string };

function textDefinitions(ctx: LintContext, doc: DocText): TextDefinition[] {
  const def = ctx.words.shortDefinition;
  if (!def) return [];
  const out: TextDefinition[] = [];
  doc.passages.forEach((passage, index) => {
    if (text(passage)) for (const m of matches(passage.text, def)) out.push({ index, passage, at: m.index, length: m[0].length, short: m[1] as string });
  });
  return out;
}

/** The short forms a document uses: the model's, and those its text defines itself (以下简称X after a known name). */
function shortsOf(ctx: LintContext, defs: readonly TextDefinition[]): Short[] {
  const out = new Map<string, Short>(ctx.facts.shorts.map((s: ShortForm) => [s.short, { short: s.short, full: s.full }]));
  for (const d of defs) {
    if (out.has(d.short)) continue;
    const full = ctx.facts.names.find((n) => n.text !== d.short && d.passage.text.endsWith(n.text, d.at))?.text;
    out.set(d.short, full ? { short: d.short, full } : { short: d.short });
  }
  return [...out.values()];
}

/** Headings print the full name by design; the title block, sign-off and imprint are not running text. */
const TITLE_BLOCK = new Set(["mark", "subtitle", "meta"]);
const text = (p: Passage) => p.kind !== "heading" && p.kind !== "signature" && p.kind !== "imprint" && !(p.style && TITLE_BLOCK.has(p.style));

function lazy<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

/** Offsets inside 《…》: a title cited is the title's words, not a mention. */
function inTitles(t: string): (at: number) => boolean {
  const spans: Array<[number, number]> = [];
  for (let i = t.indexOf("《"); i >= 0; i = t.indexOf("《", i + 1)) {
    const j = t.indexOf("》", i);
    if (j < 0) break;
    spans.push([i, j]);
  }
  return (at) => spans.some(([a, b]) => a < at && at < b);
}

/** Where the short form is defined in this document: its full name followed by the locale's introduction, or 以下简称X in the text. */
function definitionOf(ctx: LintContext, doc: DocText, s: Short, defs: readonly TextDefinition[]): Definition | undefined {
  const marker = s.full ? ctx.t.abbreviationIntro(s.full, s.short).slice(0, -1) : undefined;
  let found: Definition | undefined;
  if (marker)
    for (const [index, p] of doc.passages.entries()) {
      const at = text(p) ? p.text.indexOf(marker) : -1;
      if (at >= 0) {
        found = { passage: p, index, at, end: at + marker.length + 1 };
        break;
      }
    }
  const d = defs.find((x) => x.short === s.short);
  if (d && (!found || d.index < found.index || (d.index === found.index && d.at < found.at))) {
    const start = s.full && d.passage.text.endsWith(s.full, d.at) ? d.at - s.full.length : d.at;
    return { passage: d.passage, index: d.index, at: start, end: d.at + d.length };
  }
  return found;
}

type Uses = { readonly def?: Definition; readonly early?: Where; readonly again?: Where; readonly third?: Where & { name: string } };

function usesOf(ctx: LintContext, doc: DocText, s: Short, defs: readonly TextDefinition[]): Uses {
  const def = definitionOf(ctx, doc, s, defs);
  // A short name that is also another entity's own name (a unit called 办公室) cannot be told from it.
  const own = ctx.facts.shorts.find((x) => x.short === s.short)?.id;
  const same = ctx.facts.names.find((n) => n.text === s.short);
  const ambiguous = own !== undefined && same !== undefined && same.id !== own;
  const inDef = (i: number, at: number, len: number) => def !== undefined && i === def.index && at >= def.at && at + len <= def.end;
  let early: Where | undefined;
  let again: Where | undefined;
  let third: (Where & { name: string }) | undefined;
  const { thirdNamePrefix: prefix, quantifier } = ctx.words;
  doc.passages.forEach((p, index) => {
    if (!text(p)) return;
    const beforeDef = !def || index < def.index;
    const titled = lazy(() => inTitles(p.text));
    for (const at of ambiguous ? [] : occurrences(ctx.facts, p.text, s.short)) {
      if (inDef(index, at, s.short.length) || titled()(at)) continue;
      // A run-in heading is a title (（一）领导小组。): a heading may name what the text below defines.
      if (p.lead !== undefined && at < p.lead.length) continue;
      const before = beforeDef || (index === def!.index && at < def!.at);
      const lead = p.text.slice(Math.max(0, at - 1), at);
      // 各办公室 is every office, not this one.
      if (quantifier && quantifier.test(p.text.slice(0, at))) continue;
      // 镇办公室: the prefix is a word of its own (上市公司 holds no 市 + 公司).
      if (prefix && lead && prefix.test(lead) && wordStarts(p.text, ctx.t.lang).has(at - 1)) third ??= { passage: p, index, at: at - 1, name: `${lead}${s.short}` };
      else if (before) early ??= { passage: p, index, at };
    }
    // The full name again after the definition, in running text (tables list names in full); a name
    // that starts with it (领导小组办公室主任) is a use of it too.
    if (def && s.full && index >= def.index && p.kind !== "cell")
      for (const at of occurrences(ctx.facts, p.text, s.full, (longer) => !longer.startsWith(s.full!))) {
        if (inDef(index, at, s.full.length) || (index === def.index && at < def.at) || titled()(at)) continue;
        again ??= { passage: p, index, at };
      }
  });
  return { ...(def ? { def } : {}), ...(early ? { early } : {}), ...(again ? { again } : {}), ...(third ? { third } : {}) };
}

const cache = new WeakMap<DocText, Map<string, { s: Short; uses: Uses }>>();

function allUses(ctx: LintContext, doc: DocText): Map<string, { s: Short; uses: Uses }> {
  let m = cache.get(doc);
  if (!m) {
    const defs = textDefinitions(ctx, doc);
    m = new Map(shortsOf(ctx, defs).map((s) => [s.short, { s, uses: usesOf(ctx, doc, s, defs) }]));
    cache.set(doc, m);
  }
  return m;
}

/** A rule about one kind of misuse of short names: `find` says where a short form shows it, if it does. */
function shortRule(
  id: string,
  description: string,
  find: (s: Short, uses: Uses) => { readonly passage: Passage; readonly start: number; readonly end: number; readonly message: string; readonly hint: string } | undefined,
): ProseRule {
  return {
    id,
    description,
    check(ctx) {
      for (const doc of ctx.docs)
        for (const { s, uses } of allUses(ctx, doc).values()) {
          const f = find(s, uses);
          if (f) ctx.report(f);
        }
    },
  };
}

export const shortNameLonger = shortRule("prose/short-name-longer", "A short name is shorter than the name it stands for.", (s, u) =>
  u.def && s.full && [...s.short].length >= [...s.full].length
    ? { passage: u.def.passage, start: u.def.at, end: u.def.end, message: `the short name “${s.short}” is not shorter than “${s.full}”`, hint: "Give the entity a short name that is shorter, or none." }
    : undefined,
);

export const shortNameEarly = shortRule("prose/short-name-early", "A short name is never used before it is defined.", (s, u) =>
  u.early
    ? {
        passage: u.early.passage,
        start: u.early.at,
        end: u.early.at + s.short.length,
        message: u.def ? `“${s.short}” is used before it is defined` : `“${s.short}” is used but never defined in this document`,
        hint: s.full ? `Name it “${s.full}” the first time, with its short name introduced there.` : "Define the short name at its first mention.",
      }
    : undefined,
);

export const shortNameUnused = shortRule("prose/short-name-unused", "After its short name is defined, an entity is named by it (the full name not again).", (s, u) =>
  u.again && s.full
    ? { passage: u.again.passage, start: u.again.at, end: u.again.at + s.full.length, message: `“${s.full}” again after its short name “${s.short}” was defined`, hint: `Write “${s.short}” after the definition.` }
    : undefined,
);

export const thirdName = shortRule("prose/third-name", "An entity has two names in a document, its full and its short one, never a third (镇办公室).", (s, u) =>
  u.third
    ? { passage: u.third.passage, start: u.third.at, end: u.third.at + u.third.name.length, message: `“${u.third.name}” is a third name for “${s.full ?? s.short}”`, hint: `Write “${s.short}” (or the full name).` }
    : undefined,
);
