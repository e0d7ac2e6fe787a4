import type { SectionT } from "../../model/model.js";
import type { SectionDisplay } from "./section-numbers.js";
import { eachSection } from "../../model/references.js";
import { memoised, type ViewContext } from "./context.js";
import { paragraphs } from "./escape.js";
import { categoryView, channelView, dutyView, formView, type CategoryView, type ChannelView, type DutyView, type FormView } from "./lists.js";
import { basisText } from "./document.js";
import { groupView, roleView, unitView, type GroupView, type RoleView, type UnitView } from "./organisation.js";
import { procedureView, type ProcedureView, type StepView } from "./procedures.js";
import { levelView, type LevelView } from "./levels.js";
import { levelsOf } from "../../model/scales.js";
import { formatNumber as numberAs } from "../../text/numerals.js";
import { levelInList, listStyles, ownNumbering, renumberSteps } from "./list-numbers.js";
import { bodyStart } from "./section-start.js";

export type ChannelsView = {
  all: ChannelView[];
  monitor: string;
  key: string;
  publish: string;
  collect: string;
};

function channelsView(ctx: ViewContext): ChannelsView {
  const all = ctx.model.data.channels.map((c) => channelView(ctx, c));
  const names = (pick: (c: ChannelView) => boolean) => ctx.t.enumerate(all.filter(pick).map((c) => c.name));
  return {
    all,
    monitor: names((c) => c.monitor && !c.key),
    key: names((c) => c.monitor && c.key),
    publish: names((c) => c.publish),
    collect: names((c) => c.collect),
  };
}

export type SectionView = {
  id: string;
  depth: number;
  /** The number as printed (第十二条, 4.2, （三）) or "". */
  number: string;
  /** Number and title as a heading prints them: "第一章　总则", "4.2 编制依据", "（三）工作原则", "II. Scope". */
  heading: string;
  /** A space follows the number where it runs into text (4.2, A.), none after 一、 or （三）. */
  spaced: boolean;
  /** Numbering of lists directly in this section (the level after its number): 1. under （一）. */
  list: string;
  /** Number and title as a run-in lead: "（三）工作原则。" */
  runIn: string;
  /** Number and title of a titled article, without the closing full stop: "第二条　适用范围". */
  articleTitle: string;
  /** How text cites this section: 第十二条, 4.2, 三（二）. */
  ref: string;
  /** heading (own line), centered (chapter), run-in (lead of its first paragraph), article (第一条　text), plain. */
  display: SectionDisplay;
  title: string;
  /** The body opens with one paragraph a run-in heading can run into (text, a group or role sentence, a procedure's intro). */
  opensWithText: boolean;
  /** The body opens with a paragraph an article's number runs into (several roles' sentences too: they are its 款). */
  startsWithText: boolean;
  /** Title as a run-in lead ending in a full stop: "组织领导机构及职责。" */
  lead: string;
  /** Heading level 2..6 of this section (use `{{hx level}}` in templates). */
  level: number;
  hasItems: boolean;
  text: string[];
  group: GroupView | null;
  roster: boolean;
  roles: RoleView[];
  /** Several posts described in a sentence or two each, none with a list of duties: one paragraph says them all. */
  rolesInOne: boolean;
  procedure: ProcedureView | null;
  category: CategoryView | null;
  levels: LevelView[];
  /** Which columns of a level table have something in them: the report's recipient and deadline, who decides. */
  levelColumns: { reporter: boolean; report: boolean; within: boolean; decide: boolean };
  channels: ChannelsView | null;
  duty: DutyView | null;
  forms: FormView[];
  items: SectionView[];
  after: string[];
  /** What the listed levels share, stated once after them (set by sentence planning); the same without what a level table states. */
  levelsShared: string[];
  levelsSharedBesideTable: string[];
  /** Levels whose response this section states (several share it). */
  response: LevelView[];
  /** What those levels share, stated once (set by sentence planning). */
  responseShared: string[];
  /** The steps of those levels, each once (levels sharing a procedure share its steps); with one level, its own steps too. */
  responseSteps: StepView[];
  units: UnitView[];
  /** Those of them with a liaison or backup, for the roster table. */
  liaisonUnits: UnitView[];
  basis: boolean;
  review: boolean;
  /** Roles with stand-ins, for the delegation table. */
  delegation: RoleView[];
  withheld: string;
};

const END_PUNCT = /[。．.！？!?：:；;]$/;

/** `outer`: the numbering style of the nearest numbered section around these (their lists' level follows it when they have none). */
export function sectionViews(ctx: ViewContext, sections: readonly SectionT[], depth = 1, outer?: string): SectionView[] {
  return sections.map((s) => sectionView(ctx, s, depth, outer));
}

function sectionView(ctx: ViewContext, s: SectionT, depth: number, outer: string | undefined): SectionView {
  const { model, t } = ctx;
  const n = ctx.numbers.get(s);
  const number = n?.number ?? "";
  const numbered = number ? n?.style : outer;
  const styles = listStyles(ctx, numbered);
  const procEntry = s.procedure ? model.index.get(s.procedure) : undefined;
  const ownSteps = ownNumbering(ctx, s.procedure);
  const procView = procEntry?.kind === "procedure" ? procedureView(ctx, procEntry.entity) : null;
  const procedure = procView && !ownSteps ? { ...procView, steps: renumberSteps(procView.steps, styles.list) } : procView;
  const categoryEntry = s.category ? model.index.get(s.category) : undefined;
  const categoryView0 = categoryEntry?.kind === "category" ? categoryView(ctx, categoryEntry.entity) : null;
  const category =
    categoryView0 && !ownNumbering(ctx, s.category) ? { ...categoryView0, items: categoryView0.items.map((it, i) => ({ ...it, number: numberAs(styles.list, i + 1) })) } : categoryView0;
  const groupEntry = s.group ? model.index.get(s.group) : undefined;
  const roleIds = [...(s.role ? [s.role] : []), ...(s.roles ?? [])];
  const level = n?.level ?? 2;
  const units = s.units === undefined || s.units === false ? [] : model.data.units.filter((u) => s.units === true || (s.units as string[]).includes(u.id)).map((u) => unitView(ctx, u));
  const levelEntities = (s.response ?? []).flatMap((id) => {
    const e = model.index.get(id);
    return e?.kind === "level" ? [e.entity] : [];
  });
  const levelsHere = levelEntities.map((l) => levelInList(levelView(ctx, l), styles, styles.list));
  // What the levels share (their procedure's steps) is one list; with one level its own steps continue it,
  // with several each level's own steps follow its name. A procedure's steps are listed once in the plan:
  // in its own section, else under the first section stating a response that applies it; elsewhere the level
  // says which procedure applies (按照…执行) and no more.
  const shared = uniqueSteps(levelsHere.flatMap((l, i) => (listsProcedureHere(ctx, s, levelEntities[i]?.procedure) ? l.steps.slice(0, l.steps.length - l.ownSteps.length) : [])));
  const single = levelsHere.length === 1;
  const response = single ? levelsHere.map((l) => ({ ...l, ownSteps: [] })) : levelsHere;
  const responseSteps = renumberSteps(single ? [...shared, ...levelsHere[0]!.ownSteps] : shared, styles.list);
  const items = sectionViews(ctx, s.items ?? [], depth + 1, numbered);
  // {basis} in a section's text places the legal basis in its sentence.
  const basis = s.basis ? basisText(ctx) : "";
  const text = paragraphs(s.text).map((p) => p.replaceAll("{basis}", basis));
  const group = groupEntry?.kind === "group" ? { ...groupView(ctx, groupEntry.entity), list: styles.list } : null;
  const roster = s.format === "roster";
  const roles = roleIds.flatMap((id) => {
    const e = model.index.get(id);
    return e?.kind === "role" ? [{ ...roleView(ctx, e.entity), list: styles.list }] : [];
  });
  // A level whose response has a section of its own is only classified here (name and criteria); the
  // levels are a list of the section, their criteria a list inside it.
  const listed =
    s.levels === undefined || s.levels === false
      ? []
      : levelsOf(model, s.levels === true ? undefined : s.levels).map((l) => levelInList(respondedElsewhere(ctx, l.id) ? classifiedOnly(levelView(ctx, l)) : levelView(ctx, l), styles, styles.sub));
  const rolesInOne = roles.length > 1 && roles.every((r) => !r.dutiesAsList && r.sentences.length <= 2);
  const start = bodyStart({
    text: text.length > 0,
    group: group !== null,
    // Roles said in one paragraph are one paragraph; each in its own are parallel paragraphs.
    roles: rolesInOne ? 1 : roles.length,
    procedure,
    category,
    levels: s.levels !== undefined && s.levels !== false,
    sentences: !!s.channels || !!s.duty || (s.forms ?? []).length > 0,
    basisList: s.basis === true && !(s.text ?? "").includes("{basis}"),
    units: units.length > 0,
    response: levelsHere.length === 0 ? "none" : (single ? levelsHere[0]!.sentences.length > 0 : shared.length === 0) ? "text" : "list",
    delegation: !!s.delegation,
    review: s.review === true,
  });
  // A run-in heading runs into one paragraph: not into a list, nor into the first of parallel paragraphs
  // (two roles), which would take in one item and leave the others standing apart.
  const opensWithText = start === "text";
  // An untitled section is called by what it shows (a procedure's name; a category's, or the levels whose
  // response it states, when their list comes first), unless it says `untitled`: its number never runs
  // into a list.
  const named = start !== "list" ? "" : (category?.name ?? (levelsHere.length ? t.list(levelsHere.map((l) => l.name)) : ""));
  const title = s.untitled ? "" : (s.title ?? procedure?.name ?? named);
  return {
    id: s.id ?? "",
    depth,
    number,
    heading: `${n?.prefix ?? ""}${title}`,
    spaced: /\s$/u.test(n?.prefix ?? ""),
    list: styles.list,
    runIn: `${n?.prefix ?? ""}${title ? (END_PUNCT.test(title) ? title : `${title}${t.fullStop}`) : ""}`,
    articleTitle: `${n?.prefix ?? ""}${title.replace(END_PUNCT, "")}`,
    ref: n?.ref ?? "",
    display: sectionDisplay(number ? (n?.kind ?? "item") : "none", title, items.length > 0, level, opensWithText, t),
    title,
    opensWithText,
    startsWithText: start === "text" || start === "parallel" || start === "response",
    lead: title ? (END_PUNCT.test(title) ? title : `${title}${t.fullStop}`) : "",
    level,
    hasItems: items.length > 0,
    text,
    group,
    roster,
    roles,
    rolesInOne,
    procedure,
    category,
    levels: listed,
    levelColumns: { reporter: listed.some((l) => l.reportedBy), report: listed.some((l) => l.reportTo), within: listed.some((l) => l.respondWithin), decide: listed.some((l) => l.approveBy) },
    channels: s.channels ? channelsView(ctx) : null,
    duty: s.duty ? dutyView(ctx, model.data.duty) : null,
    forms: (s.forms ?? []).flatMap((id) => {
      const e = model.index.get(id);
      return e?.kind === "form" ? [formView(ctx, e.entity)] : [];
    }),
    items,
    after: paragraphs(s.after),
    levelsShared: [],
    levelsSharedBesideTable: [],
    response,
    responseShared: [],
    // Levels sharing a section share their procedure's steps (printed once); each level's own steps print under it.
    responseSteps,
    units,
    liaisonUnits: units.filter((u) => u.liaison || u.backup),
    basis: s.basis === true && !(s.text ?? "").includes("{basis}"),
    review: s.review === true,
    delegation: s.delegation ? model.data.roles.filter((r) => (r.delegation ?? []).length > 0).map((r) => roleView(ctx, r)) : [],
    withheld: s.withheld ?? "",
  };
}

/**
 * Chapters and 节 are centred headings; articles are paragraphs that open
 * with their number; decimal sections are headings on their own line; other
 * titled sections are headings when they hold items (or, in English, sit at
 * the top two levels or open with no text) and run-in leads otherwise.
 */
function sectionDisplay(kind: string, title: string, hasItems: boolean, level: number, opensWithText: boolean, t: ViewContext["t"]): SectionDisplay {
  if (kind === "chapter" || kind === "part") return "centered";
  if (kind === "article") return "article";
  // Untitled, the number runs into the text; before a list it stands alone (without a number, nothing does).
  if (!title) return opensWithText || kind === "none" ? "plain" : "heading";
  if (kind === "decimal" || hasItems) return "heading";
  return t.sectionDisplay(level, opensWithText);
}


/** Steps without repeats (the same clause twice). */
function uniqueSteps(steps: readonly StepView[]): StepView[] {
  const seen = new Set<string>();
  return steps.filter((s) => (seen.has(s.clause) ? false : (seen.add(s.clause), true)));
}

/** Whether section `s` lists the steps of procedure `id`: the plan's section for it, else the first section (in reading order) stating a response that applies it. */
function listsProcedureHere(ctx: ViewContext, s: SectionT, id: string | undefined): boolean {
  if (!id) return false;
  const at = memoised(ctx, "procedure-listed-at", () => {
    const own = new Map<string, SectionT>();
    const first = new Map<string, SectionT>();
    eachSection(ctx.model.data, (x) => {
      if (x.procedure && !own.has(x.procedure)) own.set(x.procedure, x);
      for (const level of x.response ?? []) {
        const e = ctx.model.index.get(level);
        const proc = e?.kind === "level" ? e.entity.procedure : undefined;
        if (proc && !first.has(proc)) first.set(proc, x);
      }
    });
    return new Map([...first, ...own]);
  });
  return at.get(id) === s;
}

/** Whether some section of the plan states this level's response (the sections are read once per view). */
function respondedElsewhere(ctx: ViewContext, id: string): boolean {
  const responded = memoised(ctx, "responded-levels", () => {
    const ids = new Set<string>();
    eachSection(ctx.model.data, (s) => s.response?.forEach((x) => ids.add(x)));
    return ids;
  });
  return responded.has(id);
}

function classifiedOnly(v: LevelView): LevelView {
  return { ...v, clauses: [], sentences: [], besideTable: [], stepSentences: [], stepsBesideTable: [], steps: [], ownSteps: [], procedure: "", procedureApplies: "", reportStep: -1 };
}
