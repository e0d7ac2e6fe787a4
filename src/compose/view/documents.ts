import type { ExternalT } from "../../model/model.js";
import type { ViewContext } from "./context.js";
import { dutyView, formView, type FormView } from "./lists.js";
import { groupView, roleView, unitView, type RoleView, type UnitView } from "./organisation.js";
import { personView } from "./people.js";
import { nameOf } from "./context.js";
import { procedureView, type StepView } from "./procedures.js";
import { levelView } from "./levels.js";
import { levelsOf } from "../../model/scales.js";
import { renumberSteps } from "./list-numbers.js";

/** `title` is the procedure's or level's name; `heading` the checklist's heading (快速报告检查单 / 一级响应检查单). */
export type ChecklistView = { id: string; title: string; heading: string; kind: "procedure" | "level"; intro: string; steps: StepView[] };

/** One checklist per procedure and per response level that has steps; each numbers its rows 1, 2, 3 … as printed. */
export function checklistViews(ctx: ViewContext): ChecklistView[] {
  return gatherChecklists(ctx).map((c) => ({ ...c, steps: renumberSteps(c.steps, ctx.t.stepNumbering) }));
}

function gatherChecklists(ctx: ViewContext): ChecklistView[] {
  const out: ChecklistView[] = [];
  for (const p of ctx.model.data.procedures) {
    const v = procedureView(ctx, p);
    const steps = v.steps.filter((s) => s.checklist);
    if (v.checklist && steps.length > 0) out.push({ id: v.id, title: v.shortName, heading: ctx.t.checklistTitle("procedure", v.shortName), kind: "procedure", intro: "", steps });
  }
  for (const l of levelsOf(ctx.model)) {
    const v = levelView(ctx, l);
    // The level's own steps, then the steps of procedures that apply only at this level.
    const scoped = ctx.model.data.procedures.flatMap((p) => procedureView(ctx, p).steps.filter((s) => s.atLevels.includes(l.id)));
    const steps = [...v.steps, ...scoped].filter((s) => s.checklist);
    if (steps.length > 0) out.push({ id: v.id, title: v.name, heading: ctx.t.checklistTitle("level", v.name), kind: "level", intro: v.criteria.inline, steps });
  }
  return out;
}

export type DutyCheckRow = { label: string; time: string; step: StepView };

/**
 * The daily duty checklist, derived from the rules: every step with a per-day
 * (or per-shift) frequency becomes that many timed rows ("at least three times
 * a day" → three rows); round-the-clock steps get a row per shift; channels
 * with a check frequency get their checks too. Steps that apply only during a
 * level (its own steps, its procedure, a scale's stages) belong on that
 * level's checklist, never on the daily one.
 */
export function dutyChecklistRows(ctx: ViewContext): DutyCheckRow[] {
  const rows: DutyCheckRow[] = [];
  const levelScoped = new Set([
    ...ctx.model.data.levels.flatMap((l) => (l.procedure ? [l.procedure] : [])),
    ...ctx.model.data.scales.flatMap((s) => (s.stages ?? []).map((st) => st.procedure)),
  ]);
  const steps = ctx.model.data.procedures.filter((p) => !levelScoped.has(p.id)).flatMap((p) => procedureView(ctx, p).steps);
  const shifts = ctx.model.data.duty?.shifts ?? [];
  const perDay = (step: StepView, n: number, times: readonly string[]) => {
    for (let k = 0; k < n; k++) rows.push({ label: ctx.t.checkLabel(k + 1), time: times[k] ?? "", step });
  };
  for (const step of steps) {
    if (!step.checklist || step.atLevels.length > 0) continue;
    if (step.checksPerDay > 0) perDay(step, step.checksPerDay, step.checkTimes);
    else if (step.continuous) {
      if (shifts.length === 0) rows.push({ label: ctx.t.allDay, time: "", step });
      else for (const sh of shifts) rows.push({ label: sh.name, time: `${sh.from}–${sh.to}`, step });
    }
  }
  for (const c of ctx.model.data.channels) {
    const f = c.check;
    if (f?.kind === "times" && (f.per === "day" || f.per === "shift")) {
      perDay(syntheticStep(ctx.t.checkChannel(c.name)), f.times, f.at);
    }
  }
  return rows;
}

function syntheticStep(text: string): StepView {
  return {
    n: 0, number: "", when: "", actor: "", who: "", action: "", to: "", deadline: "", deadlineShort: "",
    frequency: "", frequencyShort: "", approval: "", record: "", recordFields: "", text, clause: text, short: text, message: { head: "", subject: "", predicate: text }, key: "", parts: null, checklist: true, atLevels: [],
    checksPerDay: 0, checkTimes: [], continuous: false,
  };
}

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
