import { say, type Said } from "../diagnostics/say.js";
import type { DataPath } from "../load/parse-yaml.js";
import type { EntityKind, PlanData, SectionT, StepT } from "./model.js";

/** One place in the data that names another entity by id. */
export type Reference = { readonly path: DataPath; readonly id: string; readonly kinds: readonly EntityKind[]; readonly what: Said };

export const ACTOR_KINDS: readonly EntityKind[] = ["role", "group", "unit", "external", "person"];

/** Calls `fn` for the steps of every procedure and response level (a level's even when it has none), with the list's path. */
export function eachStepList(data: Pick<PlanData, "procedures" | "levels">, fn: (steps: readonly StepT[], path: DataPath) => void): void {
  data.procedures.forEach((p, i) => fn(p.steps, ["procedures", i, "steps"]));
  data.levels.forEach((l, i) => fn(l.steps ?? [], ["levels", i, "steps"]));
}

/** Calls `fn` for every step of every procedure and response level, with its path. */
export function eachStep(data: Pick<PlanData, "procedures" | "levels">, fn: (s: StepT, path: DataPath) => void): void {
  eachStepList(data, (steps, path) => steps.forEach((s, k) => fn(s, [...path, k])));
}

/** Calls `fn` for every section of the plan outline, depth first, with its path. */
export function eachSection(data: Pick<PlanData, "plan">, fn: (s: SectionT, path: DataPath) => void): void {
  const walk = (list: readonly SectionT[] | undefined, base: DataPath) =>
    list?.forEach((s, i) => {
      fn(s, [...base, i]);
      walk(s.items, [...base, i, "items"]);
    });
  walk(data.plan?.sections, ["plan", "sections"]);
}

/** Every id reference in the data, with the kinds of entity it may name. */
export function collectReferences(data: PlanData): Reference[] {
  const refs: Reference[] = [];
  const one = (path: DataPath, id: string | undefined, kinds: readonly EntityKind[], what: Said) => {
    if (id !== undefined) refs.push({ path, id, kinds, what });
  };
  const many = (path: DataPath, ids: readonly string[] | undefined, kinds: readonly EntityKind[], what: Said) => {
    ids?.forEach((id, i) => refs.push({ path: [...path, i], id, kinds, what }));
  };

  data.units.forEach((u, i) => {
    one(["units", i, "parent"], u.parent, ["unit"], say("parent unit"));
    one(["units", i, "head"], u.head, ["person"], say("head"));
    one(["units", i, "liaison"], u.liaison, ["person"], say("liaison"));
    one(["units", i, "backup"], u.backup, ["person"], say("backup liaison"));
  });
  data.people.forEach((p, i) => {
    one(["people", i, "unit"], p.unit, ["unit"], say("unit"));
    one(["people", i, "deputy"], p.deputy, ["person"], say("deputy"));
  });
  data.roles.forEach((r, i) => {
    one(["roles", i, "unit"], r.unit, ["unit"], say("unit"));
    many(["roles", i, "holders"], r.holders, ["person", "external"], say("holder"));
    one(["roles", i, "held_by"], r.held_by, ["role", "unit"], say("held-by"));
    many(["roles", i, "delegation"], r.delegation, ["role", "person"], say("stand-in"));
    one(["roles", i, "reports_to"], r.reports_to, ACTOR_KINDS, say("reports-to"));
  });
  data.groups.forEach((g, i) => {
    one(["groups", i, "parent"], g.parent, ["group"], say("parent group"));
    one(["groups", i, "host_unit"], g.host_unit, ["unit"], say("host unit"));
    many(["groups", i, "members"], g.members, ["role"], say("member role"));
  });
  data.channels.forEach((c, i) => one(["channels", i, "admin"], c.admin, ACTOR_KINDS, say("administrator")));
  eachStep(data, (s, p) => {
    many([...p, "actor"], s.actor, ACTOR_KINDS, say("actor"));
    many([...p, "to"], s.to, ACTOR_KINDS, say("recipient"));
    many([...p, "approval"], s.approval, ACTOR_KINDS, say("approver"));
    one([...p, "record"], s.record, ["form"], say("form"));
    many([...p, "at_levels"], s.at_levels, ["level"], say("level"));
    one([...p, "list"], s.list, ["category"], say("list"));
  });
  data.levels.forEach((l, i) => {
    many(["levels", i, "report_to"], l.report_to, ACTOR_KINDS, say("report-to"));
    many(["levels", i, "report_by"], l.report_by, ACTOR_KINDS, say("reporter"));
    many(["levels", i, "approve_by"], l.approve_by, ACTOR_KINDS, say("approver"));
    one(["levels", i, "procedure"], l.procedure, ["procedure"], say("procedure"));
    one(["levels", i, "report_step"], l.report_step, ["step"], say("report step"));
    one(["levels", i, "scale"], l.scale, ["scale"], say("scale"));
    many(["levels", i, "maps_to"], l.maps_to, ["level"], say("level"));
    many(["levels", i, "report_via"], l.report_via, ["form", "channel"], say("form or channel"));
    many(["levels", i, "notify"], l.notify, ACTOR_KINDS, say("notified"));
    many(["levels", i, "release_by"], l.release_by, ACTOR_KINDS, say("releaser"));
    many(["levels", i, "override_by"], l.override_by, ACTOR_KINDS, say("overrider"));
    many(["levels", i, "activates"], l.activates, ["group"], say("group"));
  });
  data.forms.forEach((f, i) => many(["forms", i, "filled_by"], f.filled_by, ACTOR_KINDS, say("filled-by")));
  data.scales.forEach((sc, i) => sc.stages?.forEach((st, k) => one(["scales", i, "stages", k, "procedure"], st.procedure, ["procedure"], say("procedure"))));
  data.attachments.forEach((a, i) => {
    one(["attachments", i, "scale"], a.scale, ["scale"], say("scale"));
    one(["attachments", i, "form"], a.form, ["form"], say("form"));
    one(["attachments", i, "procedure"], a.procedure, ["procedure"], say("procedure"));
    one(["attachments", i, "level"], a.level, ["level"], say("level"));
  });
  if (data.notice) one(["notice", "feedback"], data.notice.feedback, ACTOR_KINDS, say("feedback"));
  if (data.notice?.comments) one(["notice", "comments", "contact"], data.notice.comments.contact, ["person"], say("contact"));
  // Lenient data (after a schema failure) may have no document.
  const doc = data.document as PlanData["document"] | undefined;
  const review = doc?.review;
  one(["document", "changes_to"], doc?.changes_to, ["unit", "role", "group", "person", "external"], say("office told of changes"));
  if (review) {
    one(["document", "review", "by"], review.by, ACTOR_KINDS, say("reviewer"));
    review.exercises?.forEach((x, i) => one(["document", "review", "exercises", i, "by"], x.by, ACTOR_KINDS, say("organiser")));
  }
  if (data.duty) {
    one(["duty", "role"], data.duty.role, ["role"], say("duty role"));
    one(["duty", "log_form"], data.duty.log_form, ["form"], say("duty log form"));
    data.duty.roster?.forEach((r, i) => many(["duty", "roster", i, "people"], r.people, ["person"], say("person on duty")));
  }
  eachSection(data, (s, p) => {
    one([...p, "procedure"], s.procedure, ["procedure"], say("procedure"));
    one([...p, "group"], s.group, ["group"], say("group"));
    one([...p, "role"], s.role, ["role"], say("role"));
    many([...p, "roles"], s.roles, ["role"], say("role"));
    one([...p, "category"], s.category, ["category"], say("category"));
    many([...p, "forms"], s.forms, ["form"], say("form"));
    many([...p, "response"], s.response, ["level"], say("level"));
    if (Array.isArray(s.units)) many([...p, "units"], s.units, ["unit"], say("unit"));
  });
  return refs;
}

/**
 * Every place in the data that holds a reference, as a pattern (`procedures.*.steps.*.to.*`)
 * with the kinds it may name — for the editor's completion. Found by running
 * `collectReferences` over a probe: a value in which every field is present and every list has
 * one item (a few levels deep), so the patterns come from the one function that defines
 * references and never drift from it.
 */
export function referencePatterns(): ReadonlyArray<{ readonly pattern: string; readonly kinds: readonly EntityKind[] }> {
  const probe = (depth: number): unknown =>
    new Proxy([] as unknown[], {
      get(target, key) {
        if (key === "forEach") return (fn: (v: unknown, i: number) => void) => (depth < 6 ? fn(probe(depth + 1), 0) : undefined);
        if (typeof key === "symbol" || key === "length") return Reflect.get(target, key);
        return depth < 6 ? probe(depth + 1) : undefined;
      },
    });
  const out = new Map<string, readonly EntityKind[]>();
  for (const r of collectReferences(probe(0) as PlanData)) {
    const pattern = r.path.map((k) => (typeof k === "number" ? "*" : k)).join(".");
    // Sections nest (`items` of a section are sections): one pattern stands for every depth.
    if (!pattern.includes(".items.")) out.set(pattern, r.kinds);
  }
  return [...out].map(([pattern, kinds]) => ({ pattern, kinds }));
}
