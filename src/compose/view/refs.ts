import type { Entry } from "../../model/model.js";
import { TEXT_REF } from "../../model/text-refs.js";
import { levelReport } from "../../model/level-report.js";
import { fullNameOf, nameOf, personName, phoneText, referTo, type ViewContext } from "./context.js";
import { levelLabel } from "./levels.js";

/**
 * Replaces every `{id.value}` in a text with the value, worded for the
 * locale: a deadline as running text states it (在1小时内 / within 1 hour), a
 * bare duration (1小时), a phone number, a form's title, a section's number.
 * `validate` has checked them; an unresolvable one is left as written.
 */
export function resolveRefs(ctx: ViewContext, text: string): string {
  if (!text.includes("{")) return text;
  return text.replace(TEXT_REF, (whole, id: string, field: string) => {
    const e = ctx.model.index.get(id);
    if (!e && id === "document") return documentValue(ctx, field) || whole;
    return (e && valueOf(ctx, e, id, field)) || whole;
  });
}

function documentValue(ctx: ViewContext, field: string): string | undefined {
  const d = ctx.model.data.document;
  if (field === "effective_date") return ctx.t.date(d.effective_date);
  if (field === "date") return ctx.t.date(d.date ?? d.effective_date);
  return field === "version" ? d.version : field === "title" ? d.title : undefined;
}

function valueOf(ctx: ViewContext, e: Entry, id: string, field: string): string | undefined {
  const { t } = ctx;
  switch (e.kind) {
    case "person": {
      const p = e.entity;
      if (field === "phone") return phoneText(ctx, p.phones?.mobile ?? p.phones?.office ?? p.phones?.duty);
      if (field === "mobile" || field === "office" || field === "duty") return phoneText(ctx, p.phones?.[field]);
      if (field === "unit") return p.unit ? nameOf(ctx, p.unit) : undefined;
      return field === "name" ? p.name : field === "title" ? p.title : field === "email" ? p.email : undefined;
    }
    case "role": {
      const holders = (e.entity.holders ?? []).map((h) => personName(ctx, h));
      if (field === "holder") return holders[0];
      if (field === "holders") return t.list(holders);
      if (field === "phone") {
        const first = ctx.model.index.get(e.entity.holders?.[0] ?? "");
        return first?.kind === "person" ? phoneText(ctx, first.entity.phones?.mobile ?? first.entity.phones?.office ?? first.entity.phones?.duty) : undefined;
      }
      return field === "name" ? referTo(ctx, id) : undefined;
    }
    case "group":
      return field === "name" ? referTo(ctx, id, true) : field === "short-name" ? (e.entity.short_name ?? e.entity.name) : undefined;
    case "unit":
      return field === "name" ? referTo(ctx, id, true) : field === "liaison" && e.entity.liaison ? personName(ctx, e.entity.liaison) : undefined;
    case "external": {
      const x = e.entity;
      if (field === "phone") return phoneText(ctx, x.phones?.duty ?? x.phones?.office ?? x.phones?.mobile);
      if (field === "duty" || field === "office" || field === "mobile") return phoneText(ctx, x.phones?.[field]);
      return field === "name" ? referTo(ctx, id, true) : field === "contact" ? x.contact : field === "email" ? x.email : field === "url" ? x.url : undefined;
    }
    case "channel":
      return field === "name" ? e.entity.name : field === "url" ? e.entity.url : undefined;
    case "category":
    case "scale":
      return field === "name" ? e.entity.name : undefined;
    case "procedure":
      return field === "name" ? e.entity.name : field === "short-name" ? (e.entity.short_name ?? e.entity.name) : undefined;
    case "form":
      return field === "title" ? e.entity.title : field === "retention" ? e.entity.retention : undefined;
    case "level": {
      const l = e.entity;
      if (field.startsWith("label.")) return l.labels?.[field.slice(6)];
      if (field === "name") return levelLabel(ctx, l);
      const report = levelReport(ctx.model, l);
      if (field === "deadline") return report.within ? t.deadline(report.within) : undefined;
      if (field === "within") return report.within ? bare(ctx, report.within) : undefined;
      if (field === "report-to") return t.list(report.to.map((r) => fullNameOf(ctx, r)));
      return undefined;
    }
    case "step": {
      const s = e.entity;
      if (field === "deadline") return s.deadline ? t.deadline(s.deadline) : undefined;
      if (field === "within") return s.deadline ? bare(ctx, s.deadline) : undefined;
      if (field === "lasts") return s.lasts ? t.duration(s.lasts.minutes) : undefined;
      if (field === "frequency") return s.frequency ? t.frequency(s.frequency) : undefined;
      const ids = field === "actor" ? s.actor : field === "to" ? s.to : field === "approval" ? s.approval : undefined;
      if (ids) return t.list(ids.map((r) => referTo(ctx, r, field === "to")));
      if (field === "record" && s.record) return nameOf(ctx, s.record);
      return undefined;
    }
    case "section": {
      const n = ctx.numbers.get(e.entity);
      return field === "number" ? n?.number : field === "ref" ? n?.ref : field === "title" ? e.entity.title : undefined;
    }
    case "attachment":
      return field === "label" ? ctx.attachmentLabels.get(id) : field === "title" ? e.entity.title : undefined;
  }
}

/** A deadline as a bare duration (1小时 / 1 hour), or its vague term. */
function bare(ctx: ViewContext, d: NonNullable<Extract<Entry, { kind: "step" }>["entity"]["deadline"]>): string {
  return d.kind === "within" ? ctx.t.duration(d.duration.minutes, d.duration.named) : ctx.t.deadlineShort(d);
}
