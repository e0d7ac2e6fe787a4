import type { GroupT, RoleT } from "../../model/model.js";
import { fillSlots } from "../../model/slots.js";
import { fullNameOf, nameOf, type ViewContext } from "./context.js";
import { peopleViews, type PersonView } from "./people.js";

export type RoleView = {
  id: string;
  name: string;
  unit: string;
  holders: PersonView[];
  /** Names of the holders, or the collective description. */
  holdersText: string;
  /** Holders with their titles: 王建国（党委书记）. */
  holdersWithTitles: string;
  appointment: string;
  requirements: string;
  duties: string[];
  dutiesText: string;
  reportsTo: string;
  training: string;
  trainingFrequency: string;
};

export function roleView(ctx: ViewContext, r: RoleT): RoleView {
  const holders = peopleViews(ctx, r.holders);
  const requirements = ctx.t.enumerate(r.requirements ?? []);
  const names = holders.map((h) => h.name);
  const withTitles = holders.map((h) => (h.title ? `${h.name}${ctx.t.paren(h.title)}` : h.name));
  return {
    id: r.id,
    name: r.name,
    unit: r.unit ? nameOf(ctx, r.unit) : "",
    holders,
    holdersText: names.length > 0 ? ctx.t.list(names) : (r.holders_text ?? ""),
    holdersWithTitles: withTitles.length > 0 ? ctx.t.labels(withTitles) : (r.holders_text ?? ""),
    appointment: r.appointment ? fillSlots(r.appointment, { role: r.name, requirements }) : "",
    requirements,
    duties: r.duties ?? [],
    dutiesText: (r.duties ?? []).join(ctx.t.clauseSeparator),
    reportsTo: r.reports_to ? nameOf(ctx, r.reports_to) : "",
    training: ctx.t.enumerate(r.training?.topics ?? []),
    trainingFrequency: r.training?.frequency ? ctx.t.frequency(r.training.frequency) : "",
  };
}

export type MemberView = RoleView & { position: string };

export type GroupView = {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  parent: string;
  hostUnit: string;
  members: MemberView[];
  duties: string[];
  dutiesText: string;
};

export function groupView(ctx: ViewContext, g: GroupT): GroupView {
  const members: MemberView[] = (g.members ?? []).flatMap((id) => {
    const e = ctx.model.index.get(id);
    return e?.kind === "role" ? [{ ...roleView(ctx, e.entity), position: e.entity.name }] : [];
  });
  return {
    id: g.id,
    name: g.name,
    shortName: g.short_name ?? g.name,
    kind: g.kind ?? "",
    parent: g.parent ? fullNameOf(ctx, g.parent) : "",
    hostUnit: g.host_unit ? nameOf(ctx, g.host_unit) : "",
    members,
    duties: g.duties ?? [],
    dutiesText: (g.duties ?? []).join(ctx.t.clauseSeparator),
  };
}
