import type { GroupT, RoleT, UnitT } from "../../model/model.js";
import type { RoleParts } from "../../locale/types.js";
import { fillSlots } from "../../model/slots.js";
import { nameOf, referTo, runningName, memoised, type ViewContext } from "./context.js";
import { whenLevels } from "./levels.js";
import { levelsOf } from "../../model/scales.js";
import { peopleViews, personView, postsOf, type PersonView } from "./people.js";

export type RoleView = {
  id: string;
  name: string;
  unit: string;
  holders: PersonView[];
  /** Names of the holders, or the collective description. */
  holdersText: string;
  /** Holders with their titles and other posts, in one bracket each: 李卫东（副院长、纠纷处理领导小组组长）. */
  holdersWithTitles: string;
  /** Who holds the post concurrently (兼任): 党委宣传部部长 / the Head of Communications; or "". */
  heldBy: string;
  appointment: string;
  requirements: string;
  duties: string[];
  /** Duties joined into one clause; "" when they are printed as a list (`dutiesAsList`). */
  dutiesText: string;
  /** Many or long duties read better as a list under `dutiesIntro`. */
  dutiesAsList: boolean;
  dutiesIntro: string;
  reportsTo: string;
  training: string;
  trainingFrequency: string;
  /** Who stands in, in order, when the holder is absent. */
  delegation: string[];
  /** That order as a sentence, or "". */
  delegationSentence: string;
  /** The role as one sentence: who holds it, its duties, whom it reports to, who stands in. */
  sentences: string[];
  /** What the sentences were made of, and who holds the post (ids), for sentence planning. */
  parts: RoleParts;
  holderKey: string;
};

/** Duties go into one clause when there are few and short ones; otherwise into a list. */
function asList(duties: readonly string[], limit: { readonly count: number; readonly chars: number }): boolean {
  const chars = duties.reduce((n, d) => n + d.length, 0);
  return duties.length > limit.count || chars > limit.chars;
}

export function roleView(ctx: ViewContext, r: RoleT, inGroup?: string): RoleView {
  return memoised(ctx, `role:${r.id}:${inGroup ?? ""}`, () => buildRoleView(ctx, r, inGroup));
}

function buildRoleView(ctx: ViewContext, r: RoleT, inGroup?: string): RoleView {
  const { t, model } = ctx;
  const g = t.grammar;
  const heldBy = r.held_by ? concurrentHolder(ctx, r.held_by) : undefined;
  const holderIds = heldBy?.people ?? r.holders ?? [];
  const holders = peopleViews(ctx, holderIds);
  const outside = holderIds.filter((id) => model.index.get(id)?.kind === "external").map((id) => nameOf(ctx, id));
  const requirements = t.enumerate(r.requirements ?? []);
  const names = [...holders.map((h) => h.name), ...outside];
  const withTitles = [
    ...holders.map((h) => {
      const posts = [...(h.title ? [h.title] : []), ...postsOf(ctx, h.id, inGroup)];
      return posts.length > 0 ? `${h.name}${t.paren(t.enumerate(posts))}` : h.name;
    }),
    ...outside,
  ];
  const duties = r.duties ?? [];
  const list = asList(duties, t.dutiesAsList);
  const subject = referTo(ctx, r.id);
  const delegation = (r.delegation ?? []).map((id) => referTo(ctx, id));
  const holdersText = names.length > 0 ? t.list(names) : (r.holders_text ?? "");
  const appointment = r.appointment ? fillSlots(r.appointment, { role: r.name, requirements }) : "";
  const training = t.list(r.training?.topics ?? []);
  const trainingFrequency = r.training?.frequency ? t.frequency(r.training.frequency) : "";
  const parts: RoleParts = {
    subject,
    name: r.name,
    holders: holdersText,
    holdersAreBodies: holders.length === 0 && outside.length > 0,
    holdersFromText: names.length === 0 && !!r.holders_text,
    appointment,
    heldBy: heldBy?.label ?? "",
    duties: list ? [] : duties,
    reportsTo: r.reports_to ? referTo(ctx, r.reports_to) : "",
    training,
    trainingFrequency,
    delegation,
  };
  const sentences = g.role(parts);
  return {
    id: r.id,
    name: r.name,
    unit: r.unit ? nameOf(ctx, r.unit) : "",
    holders,
    holdersText,
    holdersWithTitles: withTitles.length > 0 ? t.labels(withTitles) : (r.holders_text ?? ""),
    heldBy: heldBy?.label ?? "",
    appointment,
    requirements,
    duties,
    dutiesText: list ? "" : duties.join(t.clauseSeparator),
    dutiesAsList: list,
    dutiesIntro: duties.length > 0 ? g.dutiesIntro(subject) : "",
    reportsTo: r.reports_to ? nameOf(ctx, r.reports_to) : "",
    training,
    trainingFrequency,
    delegation,
    delegationSentence: delegation.length > 0 ? g.sentence(g.delegation(subject, delegation)) : "",
    sentences,
    parts,
    holderKey: holderIds.join("+"),
  };
}

/** The post a role is held with (兼任): another role's holders, or a unit's head. */
function concurrentHolder(ctx: ViewContext, id: string): { label: string; people: string[] } | undefined {
  const e = ctx.model.index.get(id);
  if (e?.kind === "role") return { label: referTo(ctx, id), people: [...(e.entity.holders ?? [])] };
  if (e?.kind === "unit") return { label: ctx.t.headOf(e.entity.name), people: e.entity.head ? [e.entity.head] : [] };
  return undefined;
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
  /** The duties as one sentence (领导小组负责…。), or "" when they are printed as a list. */
  dutiesSentence: string;
  dutiesAsList: boolean;
  dutiesIntro: string;
  /** Who holds each post, as one sentence (Chinese templates): 由王建国（党委书记）任组长，…… */
  membersSentence: string;
  /** The group exists only when activated (a 专班, a JIC). */
  standing: boolean;
  /** When it is set up: 发生重大舆情时 / at Phase II or Phase III; "" for a standing group. */
  activatedWhen: string;
};

export function groupView(ctx: ViewContext, g: GroupT): GroupView {
  return memoised(ctx, `group:${g.id}`, () => buildGroupView(ctx, g));
}

function buildGroupView(ctx: ViewContext, g: GroupT): GroupView {
  const members: MemberView[] = (g.members ?? []).flatMap((id) => {
    const e = ctx.model.index.get(id);
    return e?.kind === "role" ? [{ ...roleView(ctx, e.entity, g.id), position: e.entity.name }] : [];
  });
  const activators = levelsOf(ctx.model).filter((l) => l.activates?.includes(g.id));
  const standing = g.standing ?? activators.length === 0;
  // The data's trigger goes inside the sentence ("is activated when a major incident is declared"): lower case unless a name.
  const when = activators.length > 0 ? whenLevels(ctx, activators) : ctx.t.grammar.runInItem(g.formed_when ?? "");
  const duties = g.duties ?? [];
  const list = asList(duties, ctx.t.dutiesAsList);
  return {
    id: g.id,
    name: runningName(ctx, g.id, true),
    shortName: runningName(ctx, g.id),
    kind: g.kind ?? "",
    parent: g.parent ? runningName(ctx, g.parent, true) : "",
    hostUnit: g.host_unit ? runningName(ctx, g.host_unit, true) : "",
    members,
    duties,
    dutiesText: duties.join(ctx.t.clauseSeparator),
    // The group's paragraph opens with its name; its duties follow as "It is responsible for …" where the language says so.
    dutiesSentence: duties.length > 0 && !list ? ctx.t.grammar.sentence(ctx.t.grammar.duties(ctx.t.groupAgain || referTo(ctx, g.id), duties)) : "",
    dutiesAsList: list,
    dutiesIntro: duties.length > 0 ? ctx.t.grammar.dutiesIntro(referTo(ctx, g.id)) : "",
    membersSentence: ctx.t.grammar.members(members.map((m) => ({ who: m.holdersWithTitles, position: m.position, bodies: m.parts.holdersAreBodies, fromText: m.holders.length === 0 && !m.holderKey }))),
    standing,
    activatedWhen: standing ? "" : when,
  };
}

export type UnitView = {
  id: string;
  name: string;
  kind: string;
  head: PersonView | null;
  liaison: PersonView | null;
  backup: PersonView | null;
  duties: string[];
  /** The unit's duties as one sentence, or "". */
  dutiesSentence: string;
};

export function unitView(ctx: ViewContext, u: UnitT): UnitView {
  const person = (id: string | undefined) => {
    const e = id ? ctx.model.index.get(id) : undefined;
    return e?.kind === "person" ? personView(ctx, e.entity) : null;
  };
  const duties = u.duties ?? [];
  return {
    id: u.id,
    name: u.name,
    kind: u.kind ?? "",
    head: person(u.head),
    liaison: person(u.liaison),
    backup: person(u.backup),
    duties,
    dutiesSentence: duties.length > 0 ? ctx.t.grammar.sentence(ctx.t.grammar.duties(referTo(ctx, u.id), duties)) : "",
  };
}
