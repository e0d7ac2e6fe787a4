import { localeText } from "../../locale/index.js";
import type { Outline } from "../outline.js";
import type { MetaResult } from "../recognise/document-meta.js";
import { rankLevels } from "../recognise/levels.js";
import type { AssembleContext } from "./assemble.js";
import type { Check, LevelDraft, SectionDraft } from "./draft-types.js";
import { slug } from "./ids.js";
import type { Registry } from "./registry.js";
import { NUMBERING_SCHEMES, type SchemeName } from "../../text/numbering-schemes.js";

/** The draft data file as plain data in the schema's key order, and the notes for the admin. */
export type Draft = {
  readonly data: Record<string, unknown>;
  readonly checks: readonly Check[];
  readonly counts: Readonly<Record<string, number>>;
};

export function buildDraft(a: { locale: string; meta: MetaResult; root: SectionDraft; reg: Registry; ctx: AssembleContext; outline: Outline }): Draft {
  const { reg, meta, root, ctx } = a;
  const words = ctx.words;
  const levels = placeLevels(ctx, reg);
  let sections = root.items ?? [];
  const preamble = root.text;
  if (sections.length === 0) {
    sections = [{ title: words.untitled, text: preamble ?? meta.document.title }];
    reg.check(["plan", "sections", 0, "title"], "no numbered sections or headings were found: the whole text is one section — split it into sections");
  }
  sections.forEach((s, i) => {
    if (!s.title && (s.items?.length ?? 0) > 0) {
      s.title = words.untitled;
      reg.check(["plan", "sections", i, "title"], "these items have no heading in the plan: give them a title");
    }
  });
  const numbering = schemeOf(root.numbering, sections);
  fillRoles(reg);
  const kind = words.kindOf.find(([re]) => re.test(meta.document.title))?.[1];
  const data: Record<string, unknown> = {
    planwright: "1",
    id: slug(meta.organisation.name) || "imported-plan",
    locale: localeText(a.locale).id,
    ...(kind ? { kind } : {}),
    document: reg.revisions.length ? { ...meta.document, revisions: reg.revisions } : meta.document,
    ...(meta.notice ? { notice: meta.notice } : {}),
    organisation: meta.organisation,
    ...(reg.units.length ? { units: reg.units } : {}),
    ...(reg.people.length ? { people: reg.people } : {}),
    ...(reg.roles.length ? { roles: reg.roles } : {}),
    ...(reg.groups.length ? { groups: reg.groups } : {}),
    ...(reg.external.length ? { external: reg.external } : {}),
    ...(levels.scales.length ? { scales: levels.scales } : {}),
    ...(levels.levels.length ? { levels: levels.levels.map((l) => ({ ...ordered(l, LEVEL_KEYS), ...(l.steps ? { steps: l.steps.map((x) => ordered(x, STEP_KEYS)) } : {}) })) } : {}),
    ...(reg.procedures.length ? { procedures: reg.procedures.map((p) => ({ ...p, steps: p.steps.map((x) => ordered(x, STEP_KEYS)) })) } : {}),
    ...(reg.forms.length ? { forms: reg.forms } : {}),
    plan: { ...(numbering ? { numbering } : {}), ...(preamble && (root.items ?? []).length > 0 ? { preamble } : {}), sections: sections.map(orderSection) },
    ...(reg.attachments.length ? { attachments: reg.attachments } : {}),
  };
  const counts = {
    sections: countSections(sections),
    people: reg.people.length,
    phones: [...reg.people, ...reg.external].reduce((n, e) => n + Object.keys(e.phones ?? {}).length, 0),
    units: reg.units.length,
    roles: reg.roles.length,
    groups: reg.groups.length,
    external: reg.external.length,
    levels: levels.levels.length,
    procedures: reg.procedures.length,
    steps: reg.procedures.reduce((n, p) => n + p.steps.length, 0),
    deadlines: reg.procedures.reduce((n, p) => n + p.steps.filter((s) => s.deadline).length, 0) + levels.levels.filter((l) => l.respond_within).length,
    forms: reg.forms.length,
    attachments: reg.attachments.length,
    textKept: ctx.textKept,
  };
  return { data, checks: reg.checks, counts };
}

const STEP_KEYS = ["when", "approval", "actor", "either", "deadline", "frequency", "to", "action", "text", "record"];
const LEVEL_KEYS = ["id", "name", "scale", "rank", "criteria", "report_to", "respond_within"];
const SECTION_KEYS = ["title", "numbering", "untitled", "text", "group", "roles", "procedure", "levels", "units", "forms", "items"];

/** The record's keys in the order the examples write them; keys not listed follow. */
function ordered<T extends object>(o: T, keys: readonly string[]): T {
  const rec = o as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (rec[k] !== undefined) out[k] = rec[k];
  for (const [k, v] of Object.entries(rec)) if (!(k in out) && v !== undefined) out[k] = v;
  return out as T;
}

function orderSection(s: SectionDraft): SectionDraft {
  const o = ordered(s, SECTION_KEYS);
  return o.items ? { ...o, items: o.items.map(orderSection) } : o;
}

/** One scale's levels as they are; several scales are declared, each level naming its own. */
function placeLevels(ctx: AssembleContext, reg: Registry): { scales: Array<{ id: string; name: string }>; levels: LevelDraft[] } {
  const found = ctx.scales.filter((s) => s.levels.length > 0);
  const scales: Array<{ id: string; name: string }> = [];
  const levels: LevelDraft[] = [];
  const seen = new Set<string>();
  for (const scale of found) {
    const fresh = scale.levels.filter((l) => !seen.has(l.name));
    if (fresh.length === 0) continue;
    for (const l of fresh) seen.add(l.name);
    rankLevels(fresh, ctx.words, reg);
    if (found.length > 1) {
      const id = reg.ids.make(scale.name ?? `scale ${scales.length + 1}`, "scale");
      scales.push({ id, name: scale.name ?? id });
      for (const l of fresh) (l as LevelDraft & { scale?: string }).scale = id;
    }
    levels.push(...fresh);
  }
  levels.forEach((l, i) => {
    if (!l.criteria) {
      l.criteria = l.name;
      reg.check(["levels", i, "criteria"], "no criteria were found for this level: say what puts an incident at it");
    }
  });
  return { scales, levels };
}

/** A role nobody holds is held by whoever its name says (各科室主任), in words. */
function fillRoles(reg: Registry): void {
  reg.roles.forEach((r, i) => {
    if ((r.holders ?? []).length === 0 && !r.holders_text) {
      r.holders_text = r.name;
      reg.check(["roles", i, "holders_text"], "who holds this post was not found: name the people (holders) or the post that fills it");
    }
  });
}

/** The plan's scheme when the top two levels follow one, else the top level's own style. */
function schemeOf(top: string | undefined, sections: readonly SectionDraft[]): string | undefined {
  if (!top) return undefined;
  const second = sections.find((s) => s.numbering)?.numbering;
  for (const [name, styles] of Object.entries(NUMBERING_SCHEMES) as Array<[SchemeName, readonly string[]]>) {
    if (styles[0] === top && (second === undefined || styles[1] === second)) {
      for (const s of sections) if (s.numbering === styles[1]) delete s.numbering;
      return name;
    }
  }
  return top;
}

function countSections(sections: readonly SectionDraft[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.items ?? []), 0);
}
