import { localeText } from "../locale/index.js";
import { softJoin } from "../compose/view/escape.js";
import type { EntityKind, EntityMap, Model, SectionT, StepT } from "../model/model.js";
import { COLLECTIONS, entityName } from "../model/model.js";
import { diffFreeText, staleText } from "./diff-text.js";
import {
  ENTITY_ORDER,
  align,
  canonical,
  dateValue,
  deadlineValue,
  flagValue,
  frequencyValue,
  listValue,
  minus,
  numberValue,
  sameValue,
  termsValue,
  textValue,
  type Change,
  type ChangeEntity,
  type ChangeKind,
  type ChangePart,
  type ChangeValue,
} from "./change.js";

type Ctx = { readonly before: Model; readonly after: Model; readonly out: Change[] };
type Base = { readonly entity: ChangeEntity; readonly id: string; readonly name: string };
type Field<T> = readonly [string, (e: T, m: Model) => ChangeValue | undefined];
type Items<T> = readonly [string, (e: T) => readonly string[] | undefined];
type Spec<T> = {
  readonly fields: readonly Field<T>[];
  readonly items?: readonly Items<T>[];
  /** A detail printed with an added or removed entity. */
  readonly detail?: (e: T, m: Model) => ChangeValue | undefined;
  readonly parts?: (base: Base, b: T, a: T, ctx: Ctx) => void;
};

/**
 * Compares two versions of an organisation's rules by id and lists what
 * changed, in a stable order: document, plan outline, organisation, procedures
 * and levels, lists, channels, duty, contacts, forms.
 */
export function diffModels(before: Model, after: Model): Change[] {
  const ctx: Ctx = { before, after, out: [] };
  for (const entity of ENTITY_ORDER) {
    if (entity === "document") diffDocument(ctx);
    else if (entity === "plan") diffPlan(ctx);
    else if (entity === "duty") diffDuty(ctx);
    else diffCollection(entity, ctx);
  }
  const text = diffFreeText(before, after, ctx.out);
  const all = [...ctx.out, ...text];
  // Keep the standard order: free-text changes go with their entity's other changes.
  const order = (c: Change) => ENTITY_ORDER.indexOf(c.entity);
  const ranked = all.map((c, i) => ({ c, i })).sort((x, y) => order(x.c) - order(y.c) || x.i - y.i).map((x) => x.c);
  return [...ranked, ...staleText(after, ranked)];
}

// ── references and values ─────────────────────────────────────────────────

function nameOf(m: Model, id: string): string {
  const e = m.index.get(id);
  if (!e) return id;
  return entityName(e);
}

function refs(m: Model, ids: string | readonly string[] | undefined): ChangeValue | undefined {
  if (ids === undefined) return undefined;
  const list = typeof ids === "string" ? [ids] : ids;
  return list.length > 0 ? { type: "names", ids: [...list], names: list.map((id) => nameOf(m, id)) } : undefined;
}

const text =
  <T>(get: (e: T) => string | undefined): Field<T>[1] =>
  (e) =>
    textValue(get(e));

const ref =
  <T>(get: (e: T) => string | readonly string[] | undefined): Field<T>[1] =>
  (e, m) =>
    refs(m, get(e));

type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;
/** A text field compared under its own data key. */
const str = <T>(k: KeysOf<T, string | undefined>): Field<T> => [k, text((e: T) => e[k] as string | undefined)];
/** A field holding ids, compared and printed as names. */
const ids = <T>(k: KeysOf<T, string | readonly string[] | undefined>): Field<T> => [k, ref((e: T) => e[k] as string | readonly string[] | undefined)];

const PHONE_KINDS = ["mobile", "office", "duty", "home", "fax"] as const;
function phoneFields<T extends { phones?: Partial<Record<(typeof PHONE_KINDS)[number], string>> | undefined }>(): Field<T>[] {
  return PHONE_KINDS.map((k) => [`phones.${k}`, text<T>((e) => e.phones?.[k])] as const);
}

// ── emitting ──────────────────────────────────────────────────────────────

function emit(ctx: Ctx, base: Base, kind: ChangeKind, extra: Omit<Partial<Change>, keyof Base | "kind"> = {}): void {
  const c: Record<string, unknown> = { kind, ...base };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) c[k] = v;
  ctx.out.push(c as Change);
}

function diffFields<T>(ctx: Ctx, base: Base, b: T, a: T, fields: readonly Field<T>[], part?: ChangePart): void {
  for (const [field, get] of fields) {
    const before = get(b, ctx.before);
    const after = get(a, ctx.after);
    if (!sameValue(before, after)) emit(ctx, base, "changed", { part, field, before, after });
  }
}

function diffItems<T>(ctx: Ctx, base: Base, b: T, a: T, lists: readonly Items<T>[]): void {
  for (const [field, get] of lists) {
    const before = (get(b) ?? []).map(softJoin);
    const after = (get(a) ?? []).map(softJoin);
    for (const x of minus(before, after)) emit(ctx, base, "removed", { field, before: textValue(x) });
    for (const x of minus(after, before)) emit(ctx, base, "added", { field, after: textValue(x) });
  }
}

/** Aligns two lists of parts and reports each added, removed or changed one. */
function diffParts<T>(ctx: Ctx, base: Base, b: readonly T[], a: readonly T[], o: {
  key: (x: T) => string;
  canPair: (x: T, y: T) => boolean;
  part: (x: T, n: number, m: Model) => ChangePart;
  fields: readonly Field<T>[];
}): void {
  for (const [i, j] of align(b, a, o.key, o.canPair)) {
    if (i !== undefined && j !== undefined) diffFields(ctx, base, b[i]!, a[j]!, o.fields, o.part(a[j]!, j + 1, ctx.after));
    else if (i !== undefined) emit(ctx, base, "removed", { part: o.part(b[i]!, i + 1, ctx.before) });
    else if (j !== undefined) emit(ctx, base, "added", { part: o.part(a[j]!, j + 1, ctx.after) });
  }
}

// ── steps ─────────────────────────────────────────────────────────────────

const STEP_FIELDS: readonly Field<StepT>[] = [
  str("when"), ids("actor"), str("action"), ids("to"),
  ["deadline", (s) => deadlineValue(s.deadline)], ["frequency", (s) => frequencyValue(s.frequency)], ids("approval"),
  ids("record"), str("text"),
];

/** What a reader knows a step by: its action, or its own wording with the slots filled in. */
function stepLabel(s: StepT, m: Model): string {
  if (s.action) return softJoin(s.action);
  const t = localeText(m.data.locale);
  const slot = (k: string): string | undefined => {
    if (k === "actor" || k === "to" || k === "approval") return s[k] && t.enumerate(s[k].map((id) => nameOf(m, id)));
    if (k === "record") return s.record && nameOf(m, s.record);
    if (k === "deadline") return s.deadline && t.deadline(s.deadline);
    if (k === "frequency") return s.frequency && t.frequency(s.frequency);
    return undefined;
  };
  if (s.text) return softJoin(s.text.replace(/\{(\w+)\}/g, (all, k: string) => slot(k) ?? all));
  return softJoin(s.when ?? "");
}

function diffSteps(ctx: Ctx, base: Base, b: readonly StepT[] | undefined, a: readonly StepT[] | undefined): void {
  diffParts(ctx, base, b ?? [], a ?? [], {
    key: (s) => (s.id ? `#${s.id}` : canonical(s)),
    canPair: (x, y) => !x.id && !y.id,
    part: (s, n, m) => ({ type: "step", n, ...(s.id ? { id: s.id } : {}), label: stepLabel(s, m) }),
    fields: STEP_FIELDS,
  });
}

// ── entity collections ────────────────────────────────────────────────────

type CategoryItemT = EntityMap["category"]["items"][number];
type FormFieldT = EntityMap["form"]["fields"][number];

const SPECS: { readonly [K in EntityKind]?: Spec<EntityMap[K]> } = {
  unit: { fields: [str("name"), str("kind"), ids("parent")] },
  person: {
    fields: [
      str("name"), str("title"), ids("unit"), ...phoneFields<EntityMap["person"]>(), str("email"),
      ["available_24h", (e) => flagValue(e.available_24h)], ids("deputy"),
    ],
    detail: (e) => textValue(e.title),
  },
  role: {
    fields: [
      str("name"), ids("unit"), ids("holders"), str("holders_text"), str("appointment"), ids("reports_to"),
      ["training.frequency", (e) => frequencyValue(e.training?.frequency)],
    ],
    items: [["requirements", (e) => e.requirements], ["duties", (e) => e.duties], ["training.topics", (e) => e.training?.topics]],
    detail: (e, m) => refs(m, e.holders) ?? textValue(e.holders_text),
  },
  group: {
    fields: [str("name"), str("short_name"), ids("parent"), ids("host_unit"), ids("members")],
    items: [["duties", (e) => e.duties]],
  },
  external: {
    fields: [str("name"), str("contact"), ...phoneFields<EntityMap["external"]>(), str("email"), str("url"), str("address"), str("when")],
  },
  channel: {
    fields: [
      str("name"), str("type"), str("url"), ["owner", (e) => termsValue(e.owner)], ["use", (e) => termsValue(e.use)],
      ["priority", (e) => termsValue(e.priority)], ["check", (e) => frequencyValue(e.check)], ids("admin"),
    ],
  },
  category: {
    fields: [str("name"), str("intro"), str("action")],
    parts: (base, b, a, ctx) =>
      diffParts<CategoryItemT>(ctx, base, b.items, a.items, {
        key: (x) => softJoin(x.text),
        canPair: () => true,
        part: (x, n) => ({ type: "item", n, label: softJoin(x.text) }),
        fields: [str("text"), str("action")],
      }),
  },
  level: {
    fields: [
      str("name"), ["rank", (e) => numberValue(e.rank)], ["criteria", (e) => textValue(e.criteria ? canonical(e.criteria) : undefined)], ids("report_to"), ids("approve_by"),
      ["respond_within", (e) => deadlineValue(e.respond_within)], ids("procedure"),
    ],
    parts: (base, b, a, ctx) => diffSteps(ctx, base, b.steps, a.steps),
  },
  procedure: {
    fields: [str("name"), str("intro"), str("outro")],
    parts: (base, b, a, ctx) => diffSteps(ctx, base, b.steps, a.steps),
  },
  form: {
    fields: [
      str("title"), str("purpose"), ids("filled_by"), ["layout", (e) => termsValue(e.layout)], ["rows", (e) => numberValue(e.rows)],
      ["orientation", (e) => termsValue(e.orientation)], str("retention"),
    ],
    items: [["sign_off", (e) => e.sign_off]],
    parts: (base, b, a, ctx) =>
      diffParts<FormFieldT>(ctx, base, b.fields, a.fields, {
        key: (f) => f.name,
        canPair: () => true,
        part: (f, n) => ({ type: "field", n, label: f.name }),
        fields: [str("name"), ["type", (f) => termsValue(f.type)], ["width", (f) => numberValue(f.width)], ["options", (f) => listValue(f.options)]],
      }),
  },
  attachment: {
    fields: [str("title"), ["kind", (e) => termsValue(e.kind)], str("label"), str("intro"), ids("form"), ids("procedure"), ids("level"), str("src"), str("alt"), str("text"), str("withheld")],
  },
};

function diffCollection<K extends EntityKind>(kind: K, ctx: Ctx): void {
  const key = COLLECTIONS.find(([, k]) => k === kind)?.[0];
  if (!key) return;
  const list = (m: Model) => (m.data[key] ?? []) as unknown as ReadonlyArray<EntityMap[K] & { id: string }>;
  const spec = SPECS[kind] as Spec<EntityMap[K]> | undefined;
  if (!spec) return;
  const before = new Map(list(ctx.before).map((e) => [e.id, e]));
  const afterIds = new Set(list(ctx.after).map((e) => e.id));
  const base = (e: EntityMap[K] & { id: string }, m: Model): Base => ({ entity: kind, id: e.id, name: nameOf(m, e.id) });
  for (const a of list(ctx.after)) {
    const b = before.get(a.id);
    if (!b) {
      emit(ctx, base(a, ctx.after), "added", { after: spec.detail?.(a, ctx.after) });
      continue;
    }
    const bs = base(a, ctx.after);
    diffFields(ctx, bs, b, a, spec.fields);
    diffItems(ctx, bs, b, a, spec.items ?? []);
    spec.parts?.(bs, b, a, ctx);
  }
  for (const b of list(ctx.before)) {
    if (!afterIds.has(b.id)) emit(ctx, base(b, ctx.before), "removed", { before: spec.detail?.(b, ctx.before) });
  }
}

// ── document, plan outline, duty ──────────────────────────────────────────

type Doc = Model["data"]["document"];
const DOCUMENT_FIELDS: readonly Field<Doc>[] = [
  str("title"), str("subtitle"), str("issuer"), str("version"),
  ["effective_date", (d) => dateValue(d.effective_date)], ["date", (d) => dateValue(d.date)],
];

function diffDocument(ctx: Ctx): void {
  const base: Base = { entity: "document", id: ctx.after.data.id, name: softJoin(ctx.after.data.document.title) };
  const [b, a] = [ctx.before.data.document, ctx.after.data.document];
  diffFields(ctx, base, b, a, DOCUMENT_FIELDS);
  diffItems(ctx, base, b, a, [["marks", (d) => d.marks]]);
}

function sectionTitles(sections: readonly SectionT[] | undefined): string[] {
  return (sections ?? []).flatMap((s) => [...(s.title ? [softJoin(s.title)] : []), ...sectionTitles(s.items)]);
}

function diffPlan(ctx: Ctx): void {
  const base: Base = { entity: "plan", id: "plan", name: "" };
  diffParts(ctx, base, sectionTitles(ctx.before.data.plan.sections), sectionTitles(ctx.after.data.plan.sections), {
    key: (t) => t,
    canPair: () => false,
    part: (t) => ({ type: "section", label: t }),
    fields: [],
  });
}

type DutyT = NonNullable<Model["data"]["duty"]>;
type ShiftT = NonNullable<DutyT["shifts"]>[number];
type RosterT = NonNullable<DutyT["roster"]>[number];

function shiftName(m: Model, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (m.data.duty?.shifts?.find((s) => s.id === id)?.name ?? id);
}

function diffDuty(ctx: Ctx): void {
  const base: Base = { entity: "duty", id: "duty", name: "" };
  const [b, a] = [ctx.before.data.duty, ctx.after.data.duty];
  if (!a && !b) return;
  if (!a || !b) return emit(ctx, base, a ? "added" : "removed");
  diffFields<DutyT>(ctx, base, b, a, [
    str("intro"), ids("role"), ids("log_form"),
  ]);
  diffItems<DutyT>(ctx, base, b, a, [["heightened", (d) => d.heightened]]);
  diffParts<ShiftT>(ctx, base, b.shifts ?? [], a.shifts ?? [], {
    key: (s) => s.id,
    canPair: () => false,
    part: (s) => ({ type: "shift", id: s.id, label: s.name }),
    fields: [str("name"), ["hours", (s) => textValue(`${s.from}–${s.to}`)]],
  });
  diffParts<RosterT>(ctx, base, b.roster ?? [], a.roster ?? [], {
    key: (r) => `${r.day}|${r.shift ?? ""}`,
    canPair: () => false,
    part: (r, n, m) => ({ type: "roster", n, label: r.day, ...(r.shift ? { qualifier: shiftName(m, r.shift) } : {}) }),
    fields: [ids("people")],
  });
}
