import type { Model } from "../model/model.js";
import { localeText } from "../locale/index.js";
import type { DataPath } from "../load/parse-yaml.js";
import { dataStrings, sourceOf } from "./locate.js";
import { scaleOf } from "../model/scales.js";
import { numberSections } from "../compose/view/section-numbers.js";
import { isScheme } from "../text/numbering-schemes.js";
import { levelOf } from "../text/numbering-parse.js";
import type { SectionT } from "../model/model.js";

/** What a name stands for: a person (or a post a person holds) or a body (a unit, group or outside organisation). */
export type NameKind = "person" | "body";

export type KnownName = { readonly text: string; readonly kind: NameKind; readonly id: string };
export type ShortForm = { readonly id: string; readonly full: string; readonly short: string };
/** A level as the text names it (its name and labels) and, where it can be told, what it grades: response, warning, event … */
export type LevelName = { readonly name: string; readonly texts: readonly string[]; readonly kind?: string };

/**
 * What the prose lint knows from the model: the names the documents print
 * (entities, their short forms, the posts of groups), whether each stands for
 * a person or a body, the short forms, and the titles of forms.
 */
export type Facts = {
  /** Longest first, so the first that matches at a position is the whole name. */
  readonly names: readonly KnownName[];
  readonly shorts: readonly ShortForm[];
  readonly forms: ReadonlySet<string>;
  readonly levels: readonly LevelName[];
  /**
   * Numbering the data chose itself, as “parent level→level” (“一、→1.” when a section under 一、 says
   * `numbering: "1."`, or a procedure there does): the writer's choice, not the mechanism's.
   */
  readonly chosenLevels: ReadonlySet<string>;
  /** Which value of the data a printed text was written from (its path), where that can be told. */
  readonly sourceOf?: (text: string) => DataPath | undefined;
};

export function makeFacts(
  names: readonly KnownName[],
  shorts: readonly ShortForm[],
  more: { forms?: Iterable<string>; levels?: readonly LevelName[]; chosenLevels?: Iterable<string>; sourceOf?: (text: string) => DataPath | undefined } = {},
): Facts {
  const seen = new Map<string, KnownName>();
  for (const n of names) if (n.text.trim() && !seen.has(n.text)) seen.set(n.text, n);
  return {
    names: [...seen.values()].sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1)),
    shorts,
    forms: new Set(more.forms ?? []),
    levels: more.levels ?? [],
    chosenLevels: new Set(more.chosenLevels ?? []),
    ...(more.sourceOf ? { sourceOf: more.sourceOf } : {}),
  };
}

export function factsOf(model: Model): Facts {
  const d = model.data;
  const t = localeText(d.locale);
  const names: KnownName[] = [];
  const add = (text: string | undefined, kind: NameKind, id: string) => {
    if (text) names.push({ text, kind, id });
  };
  add(d.organisation.name, "body", "organisation");
  for (const p of d.people) add(p.name, "person", p.id);
  for (const r of d.roles) (add(r.name, "person", r.id), add(r.abbr, "person", r.id));
  for (const u of d.units) (add(u.name, "body", u.id), add(u.abbr, "body", u.id));
  for (const x of d.external) (add(x.name, "body", x.id), add(x.abbr, "body", x.id));
  for (const g of d.groups) {
    add(g.name, "body", g.id);
    add(g.short_name, "body", g.id);
    // The posts of a group, as the documents compose them: 领导小组组长 / Chair, Crisis Team.
    for (const m of g.members ?? []) {
      const role = d.roles.find((r) => r.id === m);
      if (!role) continue;
      for (const gn of [g.name, g.short_name]) if (gn) add(t.postIn(gn, role.name), "person", role.id);
    }
  }
  // Every short form the data declares, usable or not (one longer than its name is itself a finding).
  const shorts: ShortForm[] = [
    ...d.groups.map((g) => ({ id: g.id, full: g.name, short: g.short_name })),
    ...d.roles.map((r) => ({ id: r.id, full: r.name, short: r.abbr })),
    ...d.units.map((u) => ({ id: u.id, full: u.name, short: u.abbr })),
    ...d.external.map((x) => ({ id: x.id, full: x.name, short: x.abbr })),
  ].flatMap((a) => (a.short && a.short !== a.full ? [{ id: a.id, full: a.full, short: a.short }] : []));
  let strings: ReturnType<typeof dataStrings> | undefined;
  // What a level grades: what its name says (一级响应, Red warning), else its declared scale's kind; the
  // implicit scale's levels (重大舆情) say nothing. Labels may name the situation (发生特别重大…时), so only names count.
  const kinds = new Map(d.scales.filter((s) => s.kind).map((s) => [s.id, s.kind as string]));
  const levels: LevelName[] = d.levels.map((l) => {
    const kind = t.prose.levelKind?.find(([re]) => re.test(l.name))?.[1] ?? kinds.get(scaleOf(model, l));
    return { name: l.name, texts: [l.name, ...Object.values(l.labels ?? {})].filter((x) => [...x].length >= 2), ...(kind ? { kind } : {}) };
  });
  return makeFacts(names, shorts, { forms: d.forms.map((f) => f.title), levels, chosenLevels: chosenLevels(model), sourceOf: (text) => sourceOf((strings ??= dataStrings(model)), text) });
}

/** The numbering styles the data sets itself (a section's items, a procedure's steps, a category's items), with the level of the section they sit under. */
function chosenLevels(model: Model): string[] {
  const t = localeText(model.data.locale);
  const numbers = numberSections(model.data, t);
  const out: string[] = [];
  const pair = (under: string | undefined, style: string | undefined) => {
    if (under && style && !isScheme(style) && style !== "none") out.push(`${levelOf(under)}→${levelOf(style)}`);
  };
  const walk = (list: readonly SectionT[] | undefined, outer: string | undefined) =>
    list?.forEach((s) => {
      const n = numbers.get(s);
      const own = n?.number ? n.style : outer;
      pair(own, s.numbering);
      const proc = s.procedure ? model.index.get(s.procedure) : undefined;
      if (proc?.kind === "procedure") pair(own, proc.entity.numbering);
      const cat = s.category ? model.index.get(s.category) : undefined;
      if (cat?.kind === "category") pair(own, cat.entity.numbering);
      walk(s.items, own);
    });
  walk(model.data.plan.sections, undefined);
  return out;
}

/** The longest known name that starts at `at` in `text`. */
export function nameAt(facts: Facts, text: string, at = 0): KnownName | undefined {
  return facts.names.find((n) => text.startsWith(n.text, at));
}

/**
 * Where `name` occurs in `text` as itself, not as part of a longer known name
 * (`except` decides which longer names still count: a post composed with a group's name is a use of it).
 */
export function occurrences(facts: Facts, text: string, name: string, except: (longer: string) => boolean = () => true): number[] {
  if (!name || !text.includes(name)) return [];
  const masked = new Array<boolean>(text.length).fill(false);
  for (const longer of longerNames(facts, name)) {
    if (!except(longer)) continue;
    for (let i = text.indexOf(longer); i >= 0; i = text.indexOf(longer, i + 1)) for (let k = i; k < i + longer.length; k++) masked[k] = true;
  }
  const out: number[] = [];
  const word = /^[\p{L}\p{N}]/u.test(name) && /^[A-Za-z0-9]/u.test(name);
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (masked[i]) continue;
    // Latin names are words: PIO is not in PIOs' or SPIO.
    if (word && (/[A-Za-z0-9]/u.test(text[i - 1] ?? "") || /[A-Za-z0-9]/u.test(text[i + name.length] ?? ""))) continue;
    out.push(i);
  }
  return out;
}

const longer = new WeakMap<Facts, Map<string, readonly string[]>>();

/** The known names that hold `name` inside them, longest first. */
function longerNames(facts: Facts, name: string): readonly string[] {
  let m = longer.get(facts);
  if (!m) longer.set(facts, (m = new Map()));
  let list = m.get(name);
  if (!list) m.set(name, (list = facts.names.filter((n) => n.text.length > name.length && n.text.includes(name)).map((n) => n.text)));
  return list;
}
