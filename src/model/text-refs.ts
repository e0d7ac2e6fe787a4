import type { DataPath } from "../load/parse-yaml.js";
import type { EntityKind, Entry, Model } from "./model.js";
import { suggest } from "./schema-diagnostics.js";
import { levelReport } from "./level-report.js";

/**
 * References to rule values inside free text: `{quick-report.deadline}`,
 * `{wang-wei.mobile}`, `{incident-report.title}`, `{principles.number}`.
 * Like the step slots (`{deadline}`), but naming any entity by id and one of
 * its values, so the text states the rule from its one source and follows it
 * when the rule changes. Resolved (and worded for the locale) when the view
 * is built; checked by `validate`.
 */
export const TEXT_REF = /\{([a-z0-9][a-z0-9-]*)\.([a-z][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)?)\}/g;

export type TextRef = { readonly whole: string; readonly id: string; readonly field: string; readonly index: number };

export function findTextRefs(text: string): TextRef[] {
  return [...text.matchAll(TEXT_REF)].map((m) => ({ whole: m[0], id: m[1] as string, field: m[2] as string, index: m.index ?? 0 }));
}

/** The values text may refer to, per kind of entity. `label.<set>` names a level's label in one of its scale's label sets. */
export const REF_FIELDS: Readonly<Record<EntityKind, readonly string[]>> = {
  person: ["name", "title", "phone", "mobile", "office", "duty", "email", "unit"],
  role: ["name", "holder", "holders", "phone"],
  group: ["name", "short-name"],
  unit: ["name", "liaison"],
  external: ["name", "contact", "phone", "duty", "office", "mobile", "email", "url"],
  channel: ["name", "url"],
  category: ["name"],
  level: ["name", "label", "deadline", "within", "report-to"],
  procedure: ["name", "short-name"],
  form: ["title", "retention"],
  attachment: ["label", "title"],
  section: ["number", "ref", "title"],
  step: ["deadline", "within", "lasts", "frequency", "actor", "to", "approval", "record"],
  scale: ["name"],
};

/** Values of the document itself, cited as {document.effective_date} (本办法自{document.effective_date}起施行). */
export const DOCUMENT_FIELDS: readonly string[] = ["effective_date", "date", "version", "title"];

/** Why a reference cannot be resolved, or undefined when it can. */
export function refProblem(model: Model, ref: TextRef): { message: string; hint: string } | undefined {
  const entry = model.index.get(ref.id);
  if (!entry && ref.id === "document") {
    return DOCUMENT_FIELDS.includes(ref.field) ? undefined : { message: `{document.${ref.field}}: the document has no value \`${ref.field}\``, hint: `Values of the document: ${DOCUMENT_FIELDS.join(", ")}.` };
  }
  if (!entry) {
    const near = suggest(ref.id, [...model.index.keys()]);
    return { message: `{${ref.id}.${ref.field}} names no id \`${ref.id}\`${near ? ` — did you mean \`${near}\`?` : ""}`, hint: "Refer to an id declared in this file: {id.value}." };
  }
  const fields = REF_FIELDS[entry.kind];
  const [head, sub] = ref.field.split(".") as [string, string | undefined];
  // A level's label names its set (label.grade); an attachment's label is its mark (附件2).
  const needsSet = entry.kind === "level" && head === "label";
  if (!fields.includes(head) || needsSet !== (sub !== undefined)) {
    return {
      message: `{${ref.whole.slice(1, -1)}}: a ${entry.kind} has no value \`${ref.field}\``,
      hint: `Values of a ${entry.kind}: ${fields.map((f) => (f === "label" && entry.kind === "level" ? "label.<set>" : f)).join(", ")}.`,
    };
  }
  const missing = missingValue(model, entry, head, sub);
  return missing ? { message: `{${ref.whole.slice(1, -1)}}: ${missing}`, hint: "Give the value in the data, or refer to another one." } : undefined;
}

function missingValue(model: Model, e: Entry, field: string, sub: string | undefined): string | undefined {
  switch (e.kind) {
    case "person": {
      const p = e.entity;
      if (field === "phone" && !p.phones?.mobile && !p.phones?.office && !p.phones?.duty) return `${p.name} has no phone number`;
      if ((field === "mobile" || field === "office" || field === "duty") && !p.phones?.[field]) return `${p.name} has no ${field} number`;
      if (field === "title" && !p.title) return `${p.name} has no title`;
      if (field === "email" && !p.email) return `${p.name} has no e-mail address`;
      if (field === "unit" && !p.unit) return `${p.name} has no unit`;
      return undefined;
    }
    case "role":
      if ((field === "holder" || field === "holders" || field === "phone") && !(e.entity.holders ?? []).length) return `nobody holds ${e.entity.name}`;
      return undefined;
    case "external": {
      const x = e.entity;
      if (field === "phone" && !x.phones?.duty && !x.phones?.office && !x.phones?.mobile) return `${x.name} has no phone number`;
      if ((field === "duty" || field === "office" || field === "mobile") && !x.phones?.[field]) return `${x.name} has no ${field} number`;
      if ((field === "contact" || field === "email" || field === "url") && !x[field]) return `${x.name} has no ${field}`;
      return undefined;
    }
    case "channel":
      return field === "url" && !e.entity.url ? `${e.entity.name} has no address` : undefined;
    case "unit":
      return field === "liaison" && !e.entity.liaison ? `${e.entity.name} has no liaison` : undefined;
    case "level": {
      const l = e.entity;
      const report = levelReport(model, l);
      if ((field === "deadline" || field === "within") && !report.within) return `level ${l.name} has no report deadline (respond_within or report_step)`;
      if (field === "report-to" && report.to.length === 0) return `level ${l.name} has no report_to`;
      if (field === "label" && sub !== undefined && !l.labels?.[sub]) return `level ${l.name} has no label \`${sub}\``;
      return undefined;
    }
    case "step": {
      const s = e.entity;
      const has: Record<string, unknown> = { deadline: s.deadline, within: s.deadline, lasts: s.lasts, frequency: s.frequency, actor: s.actor, to: s.to, approval: s.approval, record: s.record };
      return has[field] === undefined ? `step \`${s.id}\` has no ${field === "within" ? "deadline" : field}` : undefined;
    }
    case "section":
      return field === "title" && !e.entity.title ? "the section has no title" : undefined;
    case "form":
      return field === "retention" && !e.entity.retention ? `form ${e.entity.title} has no retention` : undefined;
    default:
      return undefined;
  }
}

/** Keys whose values are rule values or numbers, not free text (a deadline, a frequency, a rank …). */
export const RULE_VALUE_KEYS: readonly string[] = [
  "deadline", "respond_within", "approve_within", "release_within", "lasts", "frequency", "check", "within", "every", "at", "over", "at_least", "under", "at_most", "value", "rank", "rows", "width",
];

/** Calls `fn` for every text value in the data, with its path. */
export function eachText(value: unknown, fn: (text: string, path: DataPath) => void, path: DataPath = []): void {
  if (typeof value === "string") fn(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => eachText(v, fn, [...path, i]));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) eachText(v, fn, [...path, k]);
}
