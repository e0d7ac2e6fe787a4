import type { OrgSpec } from "./spec.js";
import { EN } from "./pools-en.js";
import { ZH, type Pools } from "./pools.js";
import { at, distinct, freshOrNone, unique } from "./pick.js";
import { composeLevels } from "./compose-levels.js";
import { composeProcedures } from "./compose-procedures.js";
import { composeDocument, composePlan } from "./compose-plan.js";

/** What the composers share: the pools, the entities made so far, and ids to refer to. */
export type Ctx = {
  readonly spec: OrgSpec;
  readonly pools: Pools;
  readonly zh: boolean;
  readonly data: Record<string, unknown>;
  readonly people: string[];
  readonly units: Array<{ id: string; head?: string }>;
  /** Roles that act in steps (not the posts of groups). */
  readonly actingRoles: string[];
  readonly rolesWithHolders: string[];
  readonly groups: Array<{ id: string; activation: string }>;
  readonly external: string[];
  readonly forms: string[];
  /** Duties already given to someone (a duty has one owner) and criteria already used by a level (no two levels alike). */
  readonly used: { readonly duties: Set<number>; readonly criteria: Set<number> };
  readonly levels: string[];
  readonly procedures: string[];
  readonly scales: string[];
};

/** Every id that can act in a step, receive a report or approve. */
export const actors = (c: Ctx): string[] => [...c.actingRoles, ...c.groups.map((g) => g.id), ...c.units.map((u) => u.id), ...c.external];

/** A valid organisation's data, as a YAML-ready object, from the choices of a spec. */
export function composeOrganisation(spec: OrgSpec): Record<string, unknown> {
  const pools = spec.locale === "zh-CN" ? ZH : EN;
  const zh = spec.locale === "zh-CN";
  const org = at(pools.orgs, spec.org);
  const data: Record<string, unknown> = { planwright: "1", id: "generated", locale: spec.locale, kind: spec.kind };
  const c: Ctx = { spec, pools, zh, data, people: [], units: [], actingRoles: [], rolesWithHolders: [], groups: [], external: [], forms: [], levels: [], procedures: [], scales: [], used: { duties: new Set(), criteria: new Set() } };
  data.organisation = { name: org.name, ...(org.short ? { short_name: org.short } : {}), type: org.type, place: org.place };

  const people = distinct(pools.people, spec.people.map((p) => p.pick)).map((name, i) => ({ id: `p${i + 1}`, name, s: spec.people[i]! }));
  c.people.push(...people.map((p) => p.id));
  const unitNames = distinct(pools.units, spec.units.map((u) => u.pick));
  const units = unitNames.map((u, i) => {
    const s = spec.units[i]!;
    const person = (k: number | undefined) => (k === undefined ? undefined : at(c.people, k));
    const head = person(s.head);
    const liaison = person(s.liaison);
    const backup = person(s.backup);
    const duties = dutiesOf(c, s.duties);
    return {
      id: `u${i + 1}`,
      name: u.name,
      ...(s.abbr && u.short ? { abbr: u.short } : {}),
      ...(head ? { head } : {}),
      ...(liaison ? { liaison } : {}),
      ...(backup && backup !== liaison ? { backup } : {}),
      ...(duties.length ? { duties } : {}),
    };
  });
  c.units.push(...units.map((u) => ({ id: u.id, ...(u.head ? { head: u.head } : {}) })));
  data.units = units;
  data.people = people.map((p) => ({
    id: p.id,
    name: p.name,
    title: at(pools.titles, p.s.title),
    ...(p.s.unit !== undefined ? { unit: at(units, p.s.unit).id } : {}),
    phones: { mobile: `139 ${String(1000 + (p.s.pick % 9000)).padStart(4, "0")} ${String(1000 + p.s.title).slice(-4)}`, ...(p.s.office ? { office: `010-6${String(p.s.pick).padStart(3, "0")} 0${p.s.title % 10}00` } : {}) },
    ...(p.s.available ? { available_24h: "true" } : {}),
    // Deputies point back to earlier people only: no loops.
    ...(p.s.deputy !== undefined && Number(p.id.slice(1)) > 1 ? { deputy: `p${(p.s.deputy % (Number(p.id.slice(1)) - 1)) + 1}` } : {}),
  }));

  const external = distinct(pools.external, spec.external.map((x) => x.pick)).map((x, i) => ({
    id: `x${i + 1}`,
    name: x.name,
    ...(spec.external[i]!.abbr && x.short ? { abbr: x.short } : {}),
    kind: x.kind,
    phones: { duty: `010-8${String(i).padStart(3, "0")} 0110` },
    when: x.when,
  }));
  c.external.push(...external.map((x) => x.id));
  data.external = external;

  data.roles = composeRoles(c);
  data.groups = composeGroups(c);
  data.channels = distinct(pools.channels, spec.channels).map((name, i) => ({ id: `c${i + 1}`, name, use: i === 0 ? ["publish"] : ["monitor", "publish"] }));
  if (spec.category) data.categories = [{ id: "cat1", name: pools.category.name, items: [...pools.category.items], action: pools.category.action }];
  data.forms = distinct(pools.forms, spec.forms.map((f) => f.pick)).map((f, i) => ({
    id: `f${i + 1}`,
    title: f.title,
    ...(spec.forms[i]!.slip ? { layout: "slip" } : {}),
    fields: f.fields.map((name, k) => (k === 0 ? { name, type: "datetime" } : name)),
    ...(spec.forms[i]!.signOff ? { sign_off: zh ? ["填表人", "审核人"] : ["Completed by", "Checked by"] } : {}),
  }));
  c.forms.push(...(data.forms as Array<{ id: string }>).map((f) => f.id));
  // Levels name procedures and steps, procedures' steps name levels: ids first, then both.
  c.procedures.push(...distinct(pools.procedures, spec.procedures.map((p) => p.pick)).map((_, i) => `proc${i + 1}`));
  composeLevels(c);
  composeProcedures(c);
  if (spec.duty) composeDuty(c);
  composeDocument(c);
  composePlan(c);
  return data;
}

function composeRoles(c: Ctx): unknown[] {
  const { spec, pools } = c;
  const names = distinct(pools.roles, spec.roles.map((r) => r.pick));
  const roles: Array<Record<string, unknown>> = [];
  names.forEach((r, i) => {
    const s = spec.roles[i]!;
    const id = `r${i + 1}`;
    const role: Record<string, unknown> = { id, name: r.name };
    // An abbreviation no other role uses as its name.
    if (s.abbr && r.short && !names.some((o) => o.name === r.short)) role.abbr = r.short;
    const holders = s.external && c.external.length > 0 ? [at(c.external, s.holders[0] ?? 0)] : unique(s.holders.map((h) => at(c.people, h)));
    const heldBy = s.heldBy ? (s.heldBy.unit ? c.units.filter((u) => u.head).map((u) => u.id) : [...c.rolesWithHolders]) : [];
    if (heldBy.length > 0 && s.heldBy) role.held_by = at(heldBy, s.heldBy.pick);
    else if (s.holdersText !== undefined && holders.length === 0) role.holders_text = at(pools.holdersText, s.holdersText);
    else role.holders = holders.length > 0 ? holders : [at(c.people, i)];
    if (role.holders) c.rolesWithHolders.push(id);
    // Stand-ins are earlier roles: chains end.
    const delegation = unique(s.delegation.filter(() => i > 0).map((d) => `r${(d % i) + 1}`));
    if (delegation.length) role.delegation = delegation;
    const roleDuties = dutiesOf(c, s.duties);
    if (roleDuties.length) role.duties = roleDuties;
    if (s.reportsTo !== undefined && i > 0) role.reports_to = `r${(s.reportsTo % i) + 1}`;
    if (s.training) role.training = { topics: [at(pools.trainings, i)], frequency: "1/year" };
    if (s.unit !== undefined) role.unit = at(c.units, s.unit).id;
    roles.push(role);
    c.actingRoles.push(id);
  });
  // The posts of groups come after: composeGroups appends them.
  return roles;
}

function composeGroups(c: Ctx): unknown[] {
  const { spec, pools } = c;
  const roles = c.data.roles as Array<Record<string, unknown>>;
  const groups = distinct(pools.groups, spec.groups.map((g) => g.pick)).map((g, i) => {
    const s = spec.groups[i]!;
    const id = `g${i + 1}`;
    const order = { leader: 0, deputy: 1, member: 2 } as const;
    const members = [...s.members].sort((a, b) => order[a.kind] - order[b.kind]).map((m, k) => {
      const post = { id: `${id}-m${k + 1}`, name: at(m.kind === "leader" ? pools.leaders : m.kind === "deputy" ? pools.deputies : pools.members, m.pick) } as Record<string, unknown>;
      // A post held concurrently (兼任) by an acting role's holder, or held by people.
      const concurrent = c.rolesWithHolders.filter((r) => !r.startsWith("g"));
      if (m.heldBy && concurrent.length > 0) post.held_by = at(concurrent, m.pick);
      else post.holders = unique(m.holders.map((h) => at(c.people, h)));
      roles.push(post);
      return post.id as string;
    });
    const group: Record<string, unknown> = { id, name: g.name, kind: g.kind, members: unique(members) };
    if (s.short && g.short) group.short_name = g.short;
    if (s.parent !== undefined && i > 0) group.parent = `g${(s.parent % i) + 1}`;
    if (s.hostUnit !== undefined) group.host_unit = at(c.units, s.hostUnit).id;
    const groupDuties = dutiesOf(c, s.duties);
    if (groupDuties.length) group.duties = groupDuties;
    if (s.activation === "standing") group.standing = "true";
    if (s.activation === "formed") (group.standing = "false"), (group.formed_when = at(pools.formedWhen, i));
    c.groups.push({ id, activation: s.activation });
    return group;
  });
  // Short names are unique: a later group does not reuse an earlier one's.
  const shorts = new Set<string>();
  for (const g of groups) {
    const sh = g.short_name as string | undefined;
    if (sh && (shorts.has(sh) || groups.some((o) => o.name === sh))) delete g.short_name;
    if (g.short_name) shorts.add(g.short_name as string);
  }
  return groups;
}

function composeDuty(c: Ctx): void {
  const { spec, pools } = c;
  const d = spec.duty!;
  const shifts = [
    { id: "day", name: pools.shifts[0], from: "08:00", to: "18:00" },
    { id: "night", name: pools.shifts[1], from: "18:00", to: "08:00" },
  ].slice(0, d.shifts);
  c.data.duty = {
    role: c.actingRoles[0],
    ...(shifts.length ? { shifts } : {}),
    ...(d.roster && shifts.length ? { roster: shifts.map((s, i) => ({ day: at(pools.days, i), shift: s.id, people: [at(c.people, i)] })) } : {}),
    ...(d.log && c.forms.length ? { log_form: c.forms[0] } : {}),
    heightened: [at(pools.durings, 1)],
  };
}

/** Duties from the pool, each given to one owner only; once the pool is used up, none. */
function dutiesOf(c: Ctx, picks: readonly number[]): string[] {
  return unique(picks.flatMap((d) => freshOrNone(c.pools.duties, d, c.used.duties) ?? []));
}
