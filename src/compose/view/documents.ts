import type { ExternalT } from "../../model/model.js";
import type { ViewContext } from "./context.js";
import { dutyView, formView, type FormView } from "./lists.js";
import { groupView, roleView, unitView, type RoleView, type UnitView } from "./organisation.js";
import { personView } from "./people.js";
import { nameOf } from "./context.js";

export type ContactRow = {
  position: string;
  name: string;
  title: string;
  unit: string;
  mobile: string;
  office: string;
  duty: string;
  email: string;
  available24h: boolean;
};

export type ContactGroupView = { id: string; name: string; rows: ContactRow[] };

function rowsForRole(role: RoleView, position: string): ContactRow[] {
  if (role.holders.length === 0) {
    return [{ position, name: role.holdersText, title: "", unit: role.unit, mobile: "", office: "", duty: "", email: "", available24h: false }];
  }
  return role.holders.map((h) => ({
    position,
    name: h.name,
    title: h.title,
    unit: h.unit || role.unit,
    mobile: h.mobile,
    office: h.office,
    duty: h.duty,
    email: h.email,
    available24h: h.available24h,
  }));
}

/** Groups in escalation order: working offices before the groups they report to. */
export function contactGroups(ctx: ViewContext): ContactGroupView[] {
  const groups = [...ctx.model.data.groups];
  const depth = (id: string, seen = new Set<string>()): number => {
    const g = groups.find((x) => x.id === id);
    if (!g?.parent || seen.has(id)) return 0;
    seen.add(id);
    return 1 + depth(g.parent, seen);
  };
  groups.sort((a, b) => depth(b.id) - depth(a.id));
  return groups.map((g) => {
    const v = groupView(ctx, g);
    return { id: v.id, name: v.name, rows: v.members.flatMap((m) => rowsForRole(m, m.position)) };
  });
}

export function roleContactRows(ctx: ViewContext): ContactRow[] {
  const inGroups = new Set(ctx.model.data.groups.flatMap((g) => g.members ?? []));
  return ctx.model.data.roles.filter((r) => !inGroups.has(r.id)).flatMap((r) => rowsForRole(roleView(ctx, r), r.name));
}

export type DelegationRow = { role: string; order: string; standIn: string; name: string; phone: string };

/**
 * Who stands in for whom, in order, for the contact sheet: one row per stand-in,
 * with the person (or the post's holders) and the number to call.
 */
export function delegationRows(ctx: ViewContext): DelegationRow[] {
  const rows: DelegationRow[] = [];
  for (const r of ctx.model.data.roles) {
    (r.delegation ?? []).forEach((id, k) => {
      const e = ctx.model.index.get(id);
      const people = e?.kind === "person" ? [id] : e?.kind === "role" ? (e.entity.holders ?? []) : [];
      const views = people.flatMap((p) => {
        const pe = ctx.model.index.get(p);
        return pe?.kind === "person" ? [personView(ctx, pe.entity)] : [];
      });
      rows.push({
        role: k === 0 ? r.name : "",
        order: String(k + 1),
        standIn: nameOf(ctx, id),
        name: views.map((v) => v.name).join(ctx.t.comma) || (e?.kind === "role" ? (e.entity.holders_text ?? "") : ""),
        phone: views.map((v) => v.phone).filter(Boolean).join(ctx.t.comma),
      });
    });
  }
  return rows;
}

/** Units with a liaison, for the contact sheet. */
export function liaisonUnits(ctx: ViewContext): UnitView[] {
  return ctx.model.data.units.filter((u) => u.liaison || u.backup).map((u) => unitView(ctx, u));
}

export type ExternalView = {
  id: string;
  name: string;
  kind: string;
  contact: string;
  office: string;
  duty: string;
  mobile: string;
  phones: string;
  email: string;
  url: string;
  when: string;
};

export function externalView(ctx: ViewContext, e: ExternalT): ExternalView {
  const phones = (["duty", "office", "mobile", "fax"] as const)
    .filter((k) => e.phones?.[k])
    .map((k) => `${ctx.t.phoneLabel(k)} ${e.phones?.[k]}`);
  return {
    id: e.id,
    name: e.name,
    kind: e.kind ?? "",
    contact: e.contact ?? "",
    office: e.phones?.office ?? "",
    duty: e.phones?.duty ?? "",
    mobile: e.phones?.mobile ?? "",
    phones: phones.join("　"),
    email: e.email ?? "",
    url: e.url ?? "",
    when: e.when ?? "",
  };
}

export function allForms(ctx: ViewContext): FormView[] {
  return ctx.model.data.forms.map((f) => formView(ctx, f));
}

export { dutyView };
