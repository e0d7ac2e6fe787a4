import type { Model } from "../../model/model.js";
import { createViewContext } from "./context.js";
import { allForms, externalView } from "./documents.js";
import { escapeMarkdown, paragraphs } from "./escape.js";
import { categoryView, channelView, dutyView } from "./lists.js";
import { groupView, roleView } from "./organisation.js";
import { personView } from "./people.js";
import { procedureView } from "./procedures.js";
import { levelView, scaleViews } from "./levels.js";
import { levelsOf } from "../../model/scales.js";
import { attachmentViews } from "./attachments.js";
import { checklistViews } from "./checklists.js";
import { contactsView } from "./contacts.js";
import { dutyGrids } from "./duty-checks.js";
import { documentView, noticeView } from "./document.js";
import { resolveRefs } from "./refs.js";
import { sectionViews } from "./sections.js";
import { planSentences } from "../sentences/index.js";

/**
 * The view: everything a template may show, as plain JSON with ids resolved
 * to names, rules turned into words for the locale, and every string already
 * escaped for Markdown. Templates never see the raw model.
 */
export function buildView(model: Model, ctx = createViewContext(model)): Record<string, unknown> {
  const d = model.data;
  const t = ctx.t;
  const checklists = checklistViews(ctx);
  const duty = dutyGrids(ctx);
  const view = {
    locale: d.locale,
    kind: d.kind ?? "",
    /** Words spelt differently in en-GB and en-US. */
    words: t.words,
    /** What the plan is about, for titles: 舆情应对 / 疫情防控 / … */
    subject: t.subject(d.kind ?? ""),
    document: documentView(ctx),
    notice: noticeView(ctx),
    attachments: attachmentViews(ctx),
    org: {
      name: d.organisation.name,
      shortName: d.organisation.short_name ?? d.organisation.name,
      type: d.organisation.type ?? "",
      place: d.organisation.place ?? "",
      superior: d.organisation.superior ?? "",
      focusTopics: t.enumerate(d.organisation.focus_topics ?? []),
    },
    plan: {
      preamble: paragraphs(d.plan.preamble),
      sections: planSentences(t, sectionViews(ctx, d.plan.sections)),
      closing: paragraphs(d.plan.closing),
    },
    people: d.people.map((p) => personView(ctx, p)),
    roles: d.roles.map((r) => roleView(ctx, r)),
    groups: d.groups.map((g) => groupView(ctx, g)),
    procedures: d.procedures.map((p) => procedureView(ctx, p)),
    levels: levelsOf(model).map((l) => levelView(ctx, l)),
    scales: scaleViews(ctx),
    channels: d.channels.map((c) => channelView(ctx, c)),
    categories: d.categories.map((c) => categoryView(ctx, c)),
    forms: allForms(ctx),
    duty: dutyView(ctx, d.duty),
    external: d.external.map((e) => externalView(ctx, e)),
    checklists,
    /** The daily duty checklist: grids of routine checks, a column per check time or shift. */
    dutyGrids: duty,
    /** Numbers of the checklists after the procedure and level ones: the daily duty checklist, then review and exercises. */
    /** The names running text shortens after their first use, for naming in reading order (compose/sentences/naming.ts). */
    naming: ctx.naming,
    checklistNumbers: { duty: checklists.length + 1, review: checklists.length + (duty.length > 0 ? 2 : 1) },
    contacts: contactsView(ctx),
  };
  const { naming, ...rest } = view;
  // The naming facts are escaped already; every other string is resolved and escaped here.
  return { ...(finish(rest, (s) => escapeMarkdown(resolveRefs(ctx, s))) as Record<string, unknown>), naming };
}

/** Every string of the view, with references to rule values resolved and escaped for Markdown. */
function finish(v: unknown, text: (s: string) => string): unknown {
  if (typeof v === "string") return text(v);
  if (Array.isArray(v)) return v.map((x) => finish(x, text));
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = finish(x, text);
    return out;
  }
  return v;
}
