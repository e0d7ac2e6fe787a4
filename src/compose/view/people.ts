import type { PersonT } from "../../model/model.js";
import { phoneText, runningName, type ViewContext } from "./context.js";

export type PhoneView = { kind: string; label: string; number: string };

export type PersonView = {
  id: string;
  name: string;
  title: string;
  unit: string;
  mobile: string;
  office: string;
  duty: string;
  phones: PhoneView[];
  phoneText: string;
  /** The first number to call: mobile, else office, else duty line. */
  phone: string;
  email: string;
  available24h: boolean;
  deputy: string;
};

const PHONE_KINDS = ["mobile", "office", "duty", "home", "fax"] as const;

export function personView(ctx: ViewContext, p: PersonT): PersonView {
  const phones: PhoneView[] = PHONE_KINDS.flatMap((kind) => {
    const number = phoneText(ctx, p.phones?.[kind]);
    return number ? [{ kind, label: ctx.t.phoneLabel(kind), number }] : [];
  });
  const unit = p.unit ? ctx.model.index.get(p.unit) : undefined;
  const deputy = p.deputy ? ctx.model.index.get(p.deputy) : undefined;
  return {
    id: p.id,
    name: p.name,
    title: p.title ?? "",
    unit: unit?.kind === "unit" ? unit.entity.name : "",
    mobile: phoneText(ctx, p.phones?.mobile),
    office: phoneText(ctx, p.phones?.office),
    duty: phoneText(ctx, p.phones?.duty),
    phones,
    phoneText: phones.map((ph) => `${ph.label} ${ph.number}`).join("　"),
    phone: phoneText(ctx, p.phones?.mobile ?? p.phones?.office ?? p.phones?.duty),
    email: p.email ?? "",
    available24h: p.available_24h ?? false,
    deputy: deputy?.kind === "person" ? deputy.entity.name : "",
  };
}

/**
 * The positions a person holds in groups, named with the group: 纠纷处理领导小组组长 /
 * Chair, Crisis Team — all but those in `except` (the group being listed).
 */
export function postsOf(ctx: ViewContext, personId: string, except?: string): string[] {
  const out: string[] = [];
  const groups = ctx.model.data.groups;
  // A post held in a group and in one of its sub-groups is one post, named with the sub-group (Research Team Leader, JIC Research Team).
  const inSubgroup = (role: string, group: string) =>
    groups.some((x) => x.id !== group && x.members?.includes(role) && ancestors(ctx, x.id).includes(group));
  for (const g of groups) {
    if (g.id === except) continue;
    for (const m of g.members ?? []) {
      const e = ctx.model.index.get(m);
      // The group is named as part of the post: its short form only once the text has introduced it.
      if (e?.kind !== "role" || !e.entity.holders?.includes(personId) || inSubgroup(m, g.id)) continue;
      // Two posts of one name in a group (or a role listed twice) are one post to the reader.
      const post = ctx.t.postIn(runningName(ctx, g.id, true, true), e.entity.name);
      if (!out.includes(post)) out.push(post);
    }
  }
  return out;
}

/** The groups a group belongs to, nearest first (parent, its parent, …). */
function ancestors(ctx: ViewContext, id: string): string[] {
  const out: string[] = [];
  const parentOf = (g: string) => {
    const e = ctx.model.index.get(g);
    return e?.kind === "group" ? e.entity.parent : undefined;
  };
  for (let g = parentOf(id); g && !out.includes(g); g = parentOf(g)) out.push(g);
  return out;
}

export function peopleViews(ctx: ViewContext, ids: readonly string[] | undefined): PersonView[] {
  return (ids ?? []).flatMap((id) => {
    const e = ctx.model.index.get(id);
    return e?.kind === "person" ? [personView(ctx, e.entity)] : [];
  });
}
