import { escalationOrder } from "../../model/escalation.js";
import type { ExternalT, PersonT } from "../../model/model.js";
import { fullNameOf, memoised, nameOf, phoneText, runningName, type ViewContext } from "./context.js";
import { externalView, type ExternalView } from "./documents.js";
import { unitView, type UnitView } from "./organisation.js";
import { personView, postsOf } from "./people.js";

/**
 * The contact sheet: everyone a duty officer may have to call, each person
 * once with all their posts. When the rules state reports, the people on the
 * report chain come first, in escalation order (model/escalation.ts) and
 * numbered; everyone else follows grouped by group and role, with no claim
 * about order. A post nobody is named for (a class of people such as 各单位
 * 网络信息员, or an officer named at the time) is a note, not an empty row.
 */

export type ContactRowView = {
  /** Place on the escalation chain (1, 2 …), or "". */
  order: string;
  /** All the person's posts in this plan: 领导小组组长、新闻发言人. */
  posts: string;
  name: string;
  /** Job title (or an outside body's contact person). */
  title: string;
  mobile: string;
  office: string;
  duty: string;
  available24h: boolean;
};

export type ContactSectionView = { id: string; name: string; rows: ContactRowView[] };

export type DelegationRowView = { role: string; order: string; standIn: string; phone: string };

export type ContactsView = {
  /** The report chain in escalation order; empty when the rules state no report. */
  chain: ContactRowView[];
  /** Everyone not on the chain, by group, then the other roles. */
  sections: ContactSectionView[];
  /** Posts with no one named: the post and who fills it. */
  notes: Array<{ post: string; who: string }>;
  liaisons: UnitView[];
  delegation: DelegationRowView[];
  /** Every outside body, with when to contact it (those on the chain too: the chain gives the order, this table the occasion). */
  external: ExternalView[];
  /** Which columns any row fills: a column nobody has a number for is left out. */
  columns: { mobile: boolean; office: boolean; duty: boolean; available24h: boolean };
  /** Relative widths of the people tables, with and without the order column. */
  widths: { chain: string; section: string };
  /** Who to tell of a change (the office and its number), for the sheet's note. */
  changesTo: string;
};

type Entry = { kind: "person"; entity: PersonT } | { kind: "external"; entity: ExternalT };

export function contactsView(ctx: ViewContext): ContactsView {
  return memoised(ctx, "contacts", () => buildContacts(ctx));
}

/** The people (or outside bodies) behind an id: a role's holders, a group's leader, a unit's head. */
function entriesOf(ctx: ViewContext, id: string, seen = new Set<string>()): Entry[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const e = ctx.model.index.get(id);
  switch (e?.kind) {
    case "person":
    case "external":
      return [e as Entry];
    case "role": {
      const r = e.entity;
      if (r.held_by) return entriesOf(ctx, r.held_by, seen);
      return (r.holders ?? []).flatMap((h) => entriesOf(ctx, h, seen));
    }
    case "group":
      return e.entity.members?.[0] ? entriesOf(ctx, e.entity.members[0], seen) : [];
    case "unit":
      return e.entity.head ? entriesOf(ctx, e.entity.head, seen) : e.entity.liaison ? entriesOf(ctx, e.entity.liaison, seen) : [];
    default:
      return [];
  }
}

/** The roles outside groups, by the id of each person or body behind them: worked out once, not per row. */
function rolePosts(ctx: ViewContext): ReadonlyMap<string, readonly string[]> {
  return memoised(ctx, "contacts:role-posts", () => {
    const inGroups = new Set(ctx.model.data.groups.flatMap((g) => g.members ?? []));
    const out = new Map<string, string[]>();
    for (const r of ctx.model.data.roles) {
      if (inGroups.has(r.id)) continue;
      for (const x of entriesOf(ctx, r.id)) out.set(x.entity.id, [...(out.get(x.entity.id) ?? []), r.name]);
    }
    return out;
  });
}

/** Every post a person or body holds: group positions (领导小组组长) but those in `except`, then roles outside groups. */
function allPosts(ctx: ViewContext, id: string, except?: string): string[] {
  return [...new Set([...postsOf(ctx, id, except), ...(rolePosts(ctx).get(id) ?? [])])];
}

/** A row of the sheet: `first` is the post it is listed under; a row in a group's table leaves that group's positions to `first`. */
function row(ctx: ViewContext, x: Entry, order: string, first: string, group?: string): ContactRowView {
  const held = allPosts(ctx, x.entity.id, group);
  // The post named with its group (领导小组组长 / Chair, Crisis Team) stands for the bare one.
  const bare = held.some((p) => p !== first && (p.startsWith(first) || p.endsWith(first)));
  const posts = [...new Set([bare ? "" : first, ...held].filter(Boolean))];
  if (x.kind === "external") {
    const v = externalView(ctx, x.entity);
    return { order, posts: ctx.t.labels(posts.filter((p) => p !== v.name)), name: v.name, title: v.contact, mobile: v.mobile, office: v.office, duty: v.duty, available24h: false };
  }
  const p = personView(ctx, x.entity);
  return { order, posts: ctx.t.labels(posts), name: p.name, title: p.title, mobile: p.mobile, office: p.office, duty: p.duty, available24h: p.available24h };
}

function buildContacts(ctx: ViewContext): ContactsView {
  const d = ctx.model.data;
  const listed = new Set<string>();
  const notes: ContactsView["notes"] = [];
  const noted = new Set<string>();
  const note = (id: string) => {
    const e = ctx.model.index.get(id);
    if (e?.kind === "role" && !noted.has(id) && entriesOf(ctx, id).length === 0) {
      noted.add(id);
      notes.push({ post: runningName(ctx, id), who: e.entity.holders_text ?? "" });
    }
  };
  const take = (id: string, order: string, post: string, group?: string): ContactRowView[] => {
    note(id);
    return entriesOf(ctx, id).flatMap((x) => {
      if (listed.has(x.entity.id)) return [];
      listed.add(x.entity.id);
      return [row(ctx, x, order, post, group)];
    });
  };
  const order = escalationOrder(ctx.model);
  const chain: ContactRowView[] = [];
  // Those reached at the same step share its number.
  for (const { id, step } of order) chain.push(...take(id, "", postName(ctx, id)).map((r) => ({ ...r, order: String(step) })));
  const used = [...new Set(chain.map((r) => r.order))];
  for (const r of chain) r.order = String(used.indexOf(r.order) + 1);
  const sections: ContactSectionView[] = [];
  for (const g of d.groups) {
    const rows = (g.members ?? []).flatMap((m) => take(m, "", nameOf(ctx, m), g.id));
    if (rows.length > 0) sections.push({ id: g.id, name: fullNameOf(ctx, g.id), rows });
  }
  const inGroups = new Set(d.groups.flatMap((g) => g.members ?? []));
  const others = d.roles.filter((r) => !inGroups.has(r.id)).flatMap((r) => take(r.id, "", r.name));
  if (others.length > 0) sections.push({ id: "", name: "", rows: others });
  for (const g of d.groups) for (const m of g.members ?? []) note(m);
  const all = [...chain, ...sections.flatMap((s) => s.rows)];
  const columns = {
    mobile: all.some((r) => r.mobile),
    office: all.some((r) => r.office),
    duty: all.some((r) => r.duty),
    available24h: all.some((r) => r.available24h),
  };
  const phones = [columns.mobile, columns.office, columns.duty].filter(Boolean).length;
  const widths = (order: boolean) => [...(order ? ["8"] : []), "22", "13", "20", ...Array.from({ length: phones }, () => "18"), ...(columns.available24h ? ["8"] : [])].join(" ");
  return {
    chain,
    sections,
    notes,
    liaisons: d.units.filter((u) => u.liaison || u.backup).map((u) => unitView(ctx, u)),
    delegation: delegationRows(ctx),
    external: d.external.map((e) => externalView(ctx, e)),
    columns,
    widths: { chain: widths(true), section: widths(false) },
    changesTo: changesTo(ctx),
  };
}

/** How the chain names a post: a group by its leader's position (领导小组组长), anything else by its name. */
function postName(ctx: ViewContext, id: string): string {
  const e = ctx.model.index.get(id);
  if (e?.kind === "group") {
    const leader = e.entity.members?.[0];
    return leader ? ctx.t.postIn(nameOf(ctx, id), nameOf(ctx, leader)) : nameOf(ctx, id);
  }
  if (e?.kind === "unit") return ctx.t.headOf(e.entity.name);
  return e?.kind === "person" || e?.kind === "external" ? "" : nameOf(ctx, id);
}

/** The number to call for a person (their own, as the sheet prints it) or an outside body (its duty line, else its office, else a mobile). */
function phoneOfEntry(ctx: ViewContext, x: Entry): string {
  return x.kind === "person" ? personView(ctx, x.entity).phone : phoneText(ctx, x.entity.phones?.duty ?? x.entity.phones?.office ?? x.entity.phones?.mobile);
}

/**
 * Who stands in for whom, in order: one row per stand-in — the post and who
 * holds it, or the person — with the number to call.
 */
function delegationRows(ctx: ViewContext): DelegationRowView[] {
  const rows: DelegationRowView[] = [];
  for (const r of ctx.model.data.roles) {
    (r.delegation ?? []).forEach((id, k) => {
      const people = entriesOf(ctx, id);
      const names = people.map((x) => x.entity.name);
      const e = ctx.model.index.get(id);
      const standIn = e?.kind === "role" ? `${nameOf(ctx, id)}${names.length > 0 ? ctx.t.paren(ctx.t.enumerate(names)) : e.entity.holders_text ? ctx.t.paren(e.entity.holders_text) : ""}` : ctx.t.enumerate(names);
      const phone = people.map((x) => phoneOfEntry(ctx, x));
      rows.push({ role: k === 0 ? r.name : "", order: String(k + 1), standIn, phone: phone.filter(Boolean).join(ctx.t.comma) });
    });
  }
  return rows;
}

/** The office to tell of a change: `document.changes_to`, else whoever reviews the plan, else the issuer — with its number. */
function changesTo(ctx: ViewContext): string {
  const d = ctx.model.data.document;
  const id = d.changes_to ?? d.review?.by;
  if (!id) return d.issuer ?? ctx.model.data.organisation.name;
  const phone = entriesOf(ctx, id).map((x) => phoneOfEntry(ctx, x))[0];
  return `${ctx.t.refer(fullNameOf(ctx, id), ctx.model.index.get(id)?.kind ?? "role")}${phone ? ctx.t.paren(phone) : ""}`;
}
