import type { AttachmentT } from "../../model/model.js";
import { figureTitle } from "../figures/figures-of.js";
import { fullNameOf, nameOf, type ViewContext } from "./context.js";
import { checklistViews, type ChecklistView } from "./checklists.js";
import { paragraphs } from "./escape.js";
import { levelView, type LevelView } from "./levels.js";
import { defaultScale, levelsOf } from "../../model/scales.js";
import { formView, type FormView } from "./lists.js";

export type TableView = { widths: string; header: string[]; rows: string[][] };

export type AttachmentView = {
  id: string;
  /** 附件1 / Appendix A (or the data's own label). */
  label: string;
  title: string;
  kind: string;
  intro: string[];
  /** Printed instead of the content: “Removed due to sensitive contents.” */
  withheld: string;
  table: TableView | null;
  form: FormView | null;
  checklist: ChecklistView | null;
  text: string[];
  /** kind distribution / revisions: ruled blank rows after the entries. */
  blankRows: number;
};

/** Columns a level table shows when the data does not choose. */
export const DEFAULT_LEVEL_COLUMNS = ["name", "criteria", "report.to", "report.within"] as const;


const WIDTH: Record<string, number> = { name: 3, criteria: 8, examples: 5, steps: 8 };

function levelCell(ctx: ViewContext, v: LevelView, key: string): string {
  if (key.startsWith("label.")) return v.labels[key.slice(6)] ?? "";
  switch (key) {
    case "name":
      return v.name;
    case "criteria":
      return v.criteria.inline;
    case "examples":
      return v.examples;
    case "maps_to":
      return v.mapsTo;
    case "report.to":
      return v.reportTo;
    case "report.within":
      return v.respondWithinShort;
    case "report.via":
      return v.reportVia;
    case "notify":
      return v.notify;
    case "release.by":
      return v.releaseBy;
    case "release.approve":
      return v.approveBy;
    case "release.override":
      return v.overrideBy;
    case "activates":
      return v.activates;
    case "steps":
      return v.steps.map((s) => `${s.number}${ctx.t.numberGap("item")}${s.clause}`).join(ctx.t.clauseSeparator);
    default:
      return "";
  }
}

function levelTable(ctx: ViewContext, a: AttachmentT): TableView {
  const scale = a.scale ?? defaultScale(ctx.model);
  const levels = levelsOf(ctx.model, scale).map((l) => levelView(ctx, l));
  const declared = ctx.model.data.scales.find((s) => s.id === scale);
  const cols = (a.columns ?? DEFAULT_LEVEL_COLUMNS.map((key) => ({ key, name: undefined, width: undefined, align: undefined }))).map((c) => {
    const key = c.key ?? ("word" in c ? c.word : undefined) ?? "name";
    const set = key.startsWith("label.") ? declared?.labels?.find((x) => x.id === key.slice(6)) : undefined;
    return { key, name: c.name ?? set?.name ?? ctx.t.levelColumn(key, declared?.name ?? ""), width: c.width ?? WIDTH[key] ?? 3 };
  });
  return {
    widths: cols.map((c) => c.width).join(" "),
    header: cols.map((c) => c.name),
    rows: levels.map((v) => cols.map((c) => levelCell(ctx, v, c.key))),
  };
}

function typedTable(a: AttachmentT): TableView {
  const cols = a.columns ?? [];
  return {
    widths: cols.map((c) => c.width ?? 3).join(" "),
    header: cols.map((c) => c.name ?? ("word" in c ? c.word : undefined) ?? ""),
    rows: (a.rows ?? []).map((r) => cols.map((_, i) => r[i] ?? "")),
  };
}

function checklistOf(ctx: ViewContext, a: AttachmentT): ChecklistView | null {
  const id = a.procedure ?? a.level;
  return checklistViews(ctx).find((c) => c.id === id) ?? null;
}

function defaultTitle(ctx: ViewContext, a: AttachmentT, checklist: ChecklistView | null): string {
  const { t, model } = ctx;
  switch (a.kind) {
    case "levels": {
      const scale = model.data.scales.find((s) => s.id === a.scale);
      return t.attachmentTitle("levels", scale?.name ?? "");
    }
    case "form":
      return a.form ? nameOf(ctx, a.form) : "";
    case "checklist":
      return checklist ? t.attachmentTitle("checklist", checklist.heading) : "";
    case "flowchart":
    case "image":
      return figureTitle(model, a);
    default:
      return t.attachmentTitle(a.kind, model.data.organisation.name);
  }
}

/** Every attachment, in order, with its mark, title and content for the templates. */
export function attachmentViews(ctx: ViewContext): AttachmentView[] {
  return ctx.model.data.attachments.map((a) => {
    const form = a.kind === "form" && a.form ? ctx.model.index.get(a.form) : undefined;
    const checklist = a.kind === "checklist" ? checklistOf(ctx, a) : null;
    return {
      id: a.id,
      label: ctx.attachmentLabels.get(a.id) ?? "",
      title: a.title ?? defaultTitle(ctx, a, checklist),
      kind: a.kind,
      intro: paragraphs(a.intro),
      withheld: a.withheld ?? "",
      table: a.kind === "levels" ? levelTable(ctx, a) : a.kind === "table" ? typedTable(a) : null,
      form: form?.kind === "form" ? formView(ctx, form.entity) : null,
      checklist,
      text: paragraphs(a.text),
      blankRows: a.blank_rows ?? 8,
    };
  });
}

/** Who a distribution entry names (a table cell): an id's full name, or the text as written. */
export function recipientName(ctx: ViewContext, to: string): string {
  return ctx.model.index.has(to) ? fullNameOf(ctx, to) : to;
}
