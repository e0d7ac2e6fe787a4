import type { SectionT } from "../../model/model.js";
import { formatNumber } from "../locale/index.js";
import type { ViewContext } from "./context.js";
import { paragraphs } from "./escape.js";
import { categoryView, channelView, dutyView, formView, type CategoryView, type ChannelView, type DutyView, type FormView } from "./lists.js";
import { groupView, roleView, type GroupView, type RoleView } from "./organisation.js";
import { levelView, procedureView, type LevelView, type ProcedureView } from "./procedures.js";

export type ChannelsView = {
  all: ChannelView[];
  monitor: string;
  key: string;
  publish: string;
  collect: string;
};

function channelsView(ctx: ViewContext): ChannelsView {
  const all = ctx.model.data.channels.map((c) => channelView(ctx, c));
  const names = (pick: (c: ChannelView) => boolean) => all.filter(pick).map((c) => c.name).join(ctx.t.id === "en" ? ", " : "、");
  return {
    all,
    monitor: names((c) => c.monitor && !c.key),
    key: names((c) => c.monitor && c.key),
    publish: names((c) => c.publish),
    collect: names((c) => c.collect),
  };
}

export type SectionView = {
  depth: number;
  number: string;
  title: string;
  /** Title as a run-in lead ending in a full stop: "组织领导机构及职责。" */
  lead: string;
  /** Heading level 2..6 of this section (use `{{hx level}}` in templates). */
  level: number;
  hasItems: boolean;
  text: string[];
  group: GroupView | null;
  roster: boolean;
  roles: RoleView[];
  procedure: ProcedureView | null;
  category: CategoryView | null;
  levels: LevelView[];
  channels: ChannelsView | null;
  duty: DutyView | null;
  forms: FormView[];
  items: SectionView[];
  after: string[];
};

const END_PUNCT = /[。．.！？!?：:；;]$/;

export function sectionViews(ctx: ViewContext, sections: readonly SectionT[], depth: number, numbering: string, parentNumber = ""): SectionView[] {
  return sections.map((s, i) => sectionView(ctx, s, depth, numbering, i, parentNumber));
}

function sectionView(ctx: ViewContext, s: SectionT, depth: number, numbering: string, index: number, parentNumber: string): SectionView {
  const { model, t } = ctx;
  const number = formatNumber(numbering, index + 1, parentNumber);
  const procEntry = s.procedure ? model.index.get(s.procedure) : undefined;
  const procedure = procEntry?.kind === "procedure" ? procedureView(ctx, procEntry.entity) : null;
  const title = s.untitled ? "" : (s.title ?? procedure?.name ?? "");
  const groupEntry = s.group ? model.index.get(s.group) : undefined;
  const categoryEntry = s.category ? model.index.get(s.category) : undefined;
  const roleIds = [...(s.role ? [s.role] : []), ...(s.roles ?? [])];
  const level = t.headingLevel(numbering, depth);
  const childNumbering = s.numbering ?? t.defaultNumbering(depth + 1);
  const items = sectionViews(ctx, s.items ?? [], depth + 1, childNumbering, number);
  return {
    depth,
    number,
    title,
    lead: title ? (END_PUNCT.test(title) ? title : `${title}${t.fullStop}`) : "",
    level: Math.max(2, Math.min(level, 6)),
    hasItems: items.length > 0,
    text: paragraphs(s.text),
    group: groupEntry?.kind === "group" ? groupView(ctx, groupEntry.entity) : null,
    roster: s.format === "roster",
    roles: roleIds.flatMap((id) => {
      const e = model.index.get(id);
      return e?.kind === "role" ? [roleView(ctx, e.entity)] : [];
    }),
    procedure,
    category: categoryEntry?.kind === "category" ? categoryView(ctx, categoryEntry.entity) : null,
    levels: s.levels ? [...model.data.levels].sort((a, b) => a.rank - b.rank).map((l) => levelView(ctx, l)) : [],
    channels: s.channels ? channelsView(ctx) : null,
    duty: s.duty ? dutyView(ctx, model.data.duty) : null,
    forms: (s.forms ?? []).flatMap((id) => {
      const e = model.index.get(id);
      return e?.kind === "form" ? [formView(ctx, e.entity)] : [];
    }),
    items,
    after: paragraphs(s.after),
  };
}
