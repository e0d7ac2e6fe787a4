import { entityName, type Model, type SectionT } from "../../model/model.js";
import { localeText, type LocaleText } from "../../locale/index.js";
import { numberSections, type SectionNumber } from "./section-numbers.js";
import { mention, namedEntities, namingOf, type NamedEntity, type Naming } from "../sentences/naming.js";

/** What every view builder needs: the model, the locale's wording and the plan's section numbers. */
export type ViewContext = {
  readonly model: Model;
  readonly t: LocaleText;
  readonly numbers: ReadonlyMap<SectionT, SectionNumber>;
  /** Each attachment's mark (附件2 / Appendix B), by id. */
  readonly attachmentLabels: ReadonlyMap<string, string>;
  /** Entities with a usable short form, by id: running text names them by a marker (see compose/sentences/naming.ts). */
  readonly named: ReadonlyMap<string, { readonly index: number; readonly entity: NamedEntity }>;
  /** What naming in reading order needs (the view carries it to each document). */
  readonly naming: Naming;
  /** Views already built, by kind and id: a procedure or level is worded once however many documents show it. */
  readonly memo: Map<string, unknown>;
};

/** The view of `key` from the memo, building it the first time. */
export function memoised<T>(ctx: ViewContext, key: string, build: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const v = build();
  ctx.memo.set(key, v);
  return v;
}

/** The context of one organisation's view: its locale, section numbers and attachment marks, computed once. */
export function createViewContext(model: Model): ViewContext {
  const t = localeText(model.data.locale);
  const attachmentLabels = new Map(model.data.attachments.map((a, i) => [a.id, a.label ?? t.attachmentLabel(i + 1)]));
  const entities = namedEntities(model);
  const named = new Map(entities.map((entity, index) => [entity.id, { index, entity }]));
  return { model, t, numbers: numberSections(model.data, t), attachmentLabels, named, naming: namingOf(model, entities), memo: new Map() };
}

/** Display name of any entity that can act, receive or approve (a group by its short form, when it has a usable one). */
export function nameOf(ctx: ViewContext, id: string): string {
  const e = ctx.model.index.get(id);
  if (!e) return id;
  switch (e.kind) {
    case "person":
      return e.entity.name;
    case "group":
      return ctx.named.get(id)?.entity.short ?? e.entity.name;
    default:
      return entityName(e);
  }
}

/** Full name of an entity (a group by its full name): for recipients and report lines. */
export function fullNameOf(ctx: ViewContext, id: string): string {
  const e = ctx.model.index.get(id);
  return e?.kind === "group" ? e.entity.name : nameOf(ctx, id);
}

/** People who stand behind an actor id (role holders, group members, the person). */
export function peopleBehind(ctx: ViewContext, id: string, seen = new Set<string>()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const e = ctx.model.index.get(id);
  if (!e) return [];
  if (e.kind === "person") return [id];
  if (e.kind === "role") return [...(e.entity.holders ?? [])];
  if (e.kind === "group") return (e.entity.members ?? []).flatMap((m) => peopleBehind(ctx, m, seen));
  return [];
}

export function personName(ctx: ViewContext, id: string): string {
  const e = ctx.model.index.get(id);
  return e?.kind === "person" ? e.entity.name : id;
}

/**
 * An entity as running text refers to it (with "the" in English, except for
 * people). One with a short form is named by a marker: its full name with the
 * short form introduced the first time, the short form after that.
 */
export function referTo(ctx: ViewContext, id: string, full = false): string {
  return ctx.t.refer(runningName(ctx, id, full), ctx.model.index.get(id)?.kind ?? "role");
}

/** The name running text uses, without "the": the mention marker, or the (full) name. `compound`: the name is part of a longer one. */
export function runningName(ctx: ViewContext, id: string, full = false, compound = false): string {
  const named = ctx.named.get(id);
  return named ? mention(named.index, compound) : full ? fullNameOf(ctx, id) : nameOf(ctx, id);
}
