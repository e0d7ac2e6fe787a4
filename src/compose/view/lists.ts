import type { CategoryT, ChannelT, DutyT, FormT } from "../../model/model.js";
import { formatNumber } from "../../locale/index.js";
import { nameOf, type ViewContext } from "./context.js";
import { paragraphs } from "./escape.js";
import { peopleViews, type PersonView } from "./people.js";

export type CategoryView = {
  id: string;
  name: string;
  kind: string;
  intro: string[];
  action: string;
  items: Array<{ n: number; number: string; text: string; action: string }>;
  itemsText: string;
};

export function categoryView(ctx: ViewContext, c: CategoryT): CategoryView {
  const numbering = c.numbering ?? ctx.t.itemNumbering;
  return {
    id: c.id,
    name: c.name,
    kind: c.kind ?? "",
    intro: paragraphs(c.intro),
    action: c.action ?? "",
    items: c.items.map((it, i) => ({ n: i + 1, number: formatNumber(numbering, i + 1), text: it.text, action: it.action ?? "" })),
    itemsText: c.items.map((it) => it.text).join(ctx.t.clauseSeparator),
  };
}

export type ChannelView = {
  id: string;
  name: string;
  type: string;
  url: string;
  own: boolean;
  monitor: boolean;
  publish: boolean;
  collect: boolean;
  key: boolean;
  check: string;
  admin: string;
  note: string;
};

export function channelView(ctx: ViewContext, c: ChannelT): ChannelView {
  const use = c.use ?? [];
  return {
    id: c.id,
    name: c.name,
    type: c.type ?? "",
    url: c.url ?? "",
    own: c.owner === "own",
    monitor: use.includes("monitor"),
    publish: use.includes("publish"),
    collect: use.includes("collect"),
    key: c.priority === "key",
    check: c.check ? ctx.t.frequency(c.check) : "",
    admin: c.admin ? nameOf(ctx, c.admin) : "",
    note: c.note ?? "",
  };
}

export type ColumnView = { name: string; width: number; type: string; options: string[]; tall: boolean; lines: number };

export type FormView = {
  id: string;
  title: string;
  purpose: string[];
  filledBy: string;
  slip: boolean;
  rows: number;
  landscape: boolean;
  columns: ColumnView[];
  /** Slip layout: the first field (written as the table's first row) and the rest. */
  first: ColumnView | null;
  rest: ColumnView[];
  widths: string;
  /** A slip's ruled writing lines per field, in order (`::: table lines="1 4 …"`). */
  slipLines: string;
  fieldsText: string;
  signOff: string[];
  retention: string;
};

const DEFAULT_WIDTH: Record<string, number> = {
  text: 3,
  "long-text": 5,
  url: 4,
  date: 2,
  time: 2,
  datetime: 3,
  person: 2,
  phone: 3,
  number: 1,
  choice: 2,
  check: 1,
  signature: 2,
};

/** Ruled lines a long-text field gets on a slip unless the data says (摘要, 处置意见, "Draft wording"); the slip's long fields then grow to fill its page. */
const LONG_TEXT_LINES = 2;

export function formView(ctx: ViewContext, f: FormT): FormView {
  const columns = f.fields.map((field) => ({
    name: field.name,
    type: field.type,
    width: field.width ?? DEFAULT_WIDTH[field.type] ?? 3,
    options: field.options ?? [],
    tall: field.type === "long-text",
    lines: field.lines ?? (field.type === "long-text" ? LONG_TEXT_LINES : 1),
  }));
  const slip = f.layout === "slip";
  const totalWidth = columns.reduce((a, c) => a + c.width, 0);
  const landscape = f.orientation === "landscape" || (f.orientation !== "portrait" && !slip && (columns.length > 7 || totalWidth > 22));
  return {
    id: f.id,
    title: f.title,
    purpose: paragraphs(f.purpose),
    filledBy: ctx.t.list((f.filled_by ?? []).map((id) => nameOf(ctx, id))),
    slip,
    rows: f.rows ?? (slip ? 0 : landscape ? 12 : 18),
    landscape,
    columns,
    first: columns[0] ?? null,
    rest: columns.slice(1),
    widths: columns.map((c) => c.width).join(" "),
    slipLines: columns.map((c) => c.lines).join(" "),
    fieldsText: ctx.t.labels(f.fields.map((x) => x.name)),
    signOff: f.sign_off ?? [],
    retention: f.retention ?? "",
  };
}

export type DutyView = {
  intro: string[];
  role: string;
  shifts: Array<{ id: string; name: string; from: string; to: string }>;
  roster: Array<{ day: string; shift: string; hours: string; people: PersonView[]; names: string }>;
  heightened: string;
  logForm: string;
};

export function dutyView(ctx: ViewContext, d: DutyT | undefined): DutyView | null {
  if (!d) return null;
  const shifts = (d.shifts ?? []).map((s) => ({ id: s.id, name: s.name, from: s.from, to: s.to }));
  return {
    intro: paragraphs(d.intro),
    role: d.role ? nameOf(ctx, d.role) : "",
    shifts,
    roster: (d.roster ?? []).map((r) => {
      const shift = shifts.find((s) => s.id === r.shift);
      const people = peopleViews(ctx, r.people);
      return {
        day: r.day,
        shift: shift?.name ?? "",
        hours: shift ? `${shift.from}–${shift.to}` : "",
        people,
        names: ctx.t.enumerate(people.map((p) => p.name)),
      };
    }),
    heightened: ctx.t.enumerate(d.heightened ?? []),
    logForm: d.log_form ? nameOf(ctx, d.log_form) : "",
  };
}
