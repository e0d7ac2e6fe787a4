import type { DataPath } from "../load/parse-yaml.js";
import type { EntityKind, Entry, Model } from "./model.js";
import { suggest } from "./schema-diagnostics.js";
import { levelReport } from "./level-report.js";
import { kindWord } from "../diagnostics/kind-words.js";
import { say, type Said } from "../diagnostics/say.js";

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
  step: ["deadline", "within", "frequency", "actor", "to", "approval", "record"],
  scale: ["name"],
};

/** Why a reference cannot be resolved, or undefined when it can. */
export function refProblem(model: Model, ref: TextRef): { message: Said; hint: Said } | undefined {
  const entry = model.index.get(ref.id);
  if (!entry) {
    const near = suggest(ref.id, [...model.index.keys()]);
    return {
      message: say("{%{ref}} names no id `%{id}`%{near}", { ref: `${ref.id}.${ref.field}`, id: ref.id, near: near ? say(" — did you mean `%{id}`?", { id: near }) : "" }),
      hint: say("Refer to an id declared in this file: {id.value}."),
    };
  }
  const fields = REF_FIELDS[entry.kind];
  const [head, sub] = ref.field.split(".") as [string, string | undefined];
  // A level's label names its set (label.grade); an attachment's label is its mark (附件2).
  const needsSet = entry.kind === "level" && head === "label";
  if (!fields.includes(head) || needsSet !== (sub !== undefined)) {
    return {
      message: say("{%{ref}}: a %{kind} has no value `%{field}`", { ref: ref.whole.slice(1, -1), kind: kindWord(entry.kind), field: ref.field }),
      hint: say("Values of a %{kind}: %{fields}.", { kind: kindWord(entry.kind), fields: fields.map((f) => (f === "label" && entry.kind === "level" ? "label.<set>" : f)).join(", ") }),
    };
  }
  const missing = missingValue(model, entry, head, sub);
  return missing ? { message: say("{%{ref}}: %{missing}", { ref: ref.whole.slice(1, -1), missing }), hint: say("Give the value in the data, or refer to another one.") } : undefined;
}

function missingValue(model: Model, e: Entry, field: string, sub: string | undefined): Said | undefined {
  switch (e.kind) {
    case "person": {
      const p = e.entity;
      if (field === "phone" && !p.phones?.mobile && !p.phones?.office && !p.phones?.duty) return say("%{name} has no phone number", { name: p.name });
      if ((field === "mobile" || field === "office" || field === "duty") && !p.phones?.[field]) return say("%{name} has no %{field} number", { name: p.name, field });
      if (field === "title" && !p.title) return say("%{name} has no title", { name: p.name });
      if (field === "email" && !p.email) return say("%{name} has no e-mail address", { name: p.name });
      if (field === "unit" && !p.unit) return say("%{name} has no unit", { name: p.name });
      return undefined;
    }
    case "role":
      if ((field === "holder" || field === "holders" || field === "phone") && !(e.entity.holders ?? []).length) return say("nobody holds %{name}", { name: e.entity.name });
      return undefined;
    case "external": {
      const x = e.entity;
      if (field === "phone" && !x.phones?.duty && !x.phones?.office && !x.phones?.mobile) return say("%{name} has no phone number", { name: x.name });
      if ((field === "duty" || field === "office" || field === "mobile") && !x.phones?.[field]) return say("%{name} has no %{field} number", { name: x.name, field });
      if ((field === "contact" || field === "email" || field === "url") && !x[field]) return say("%{name} has no %{field}", { name: x.name, field });
      return undefined;
    }
    case "channel":
      return field === "url" && !e.entity.url ? say("%{name} has no address", { name: e.entity.name }) : undefined;
    case "unit":
      return field === "liaison" && !e.entity.liaison ? say("%{name} has no liaison", { name: e.entity.name }) : undefined;
    case "level": {
      const l = e.entity;
      const report = levelReport(model, l);
      if ((field === "deadline" || field === "within") && !report.within) return say("level %{name} has no report deadline (respond_within or report_step)", { name: l.name });
      if (field === "report-to" && report.to.length === 0) return say("level %{name} has no report_to", { name: l.name });
      if (field === "label" && sub !== undefined && !l.labels?.[sub]) return say("level %{name} has no label `%{label}`", { name: l.name, label: sub });
      return undefined;
    }
    case "step": {
      const s = e.entity;
      const has: Record<string, unknown> = { deadline: s.deadline, within: s.deadline, frequency: s.frequency, actor: s.actor, to: s.to, approval: s.approval, record: s.record };
      return has[field] === undefined ? say("step `%{id}` has no %{field}", { id: s.id ?? "", field: field === "within" ? "deadline" : field }) : undefined;
    }
    case "section":
      return field === "title" && !e.entity.title ? say("the section has no title") : undefined;
    case "form":
      return field === "retention" && !e.entity.retention ? say("form %{title} has no retention", { title: e.entity.title }) : undefined;
    default:
      return undefined;
  }
}

/** Keys whose values are rule values or numbers, not free text (a deadline, a frequency, a rank …). */
export const RULE_VALUE_KEYS: readonly string[] = [
  "deadline", "respond_within", "frequency", "check", "within", "every", "at", "over", "at_least", "under", "at_most", "value", "rank", "rows", "width",
];

/** Calls `fn` for every text value in the data, with its path. */
export function eachText(value: unknown, fn: (text: string, path: DataPath) => void, path: DataPath = []): void {
  if (typeof value === "string") fn(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => eachText(v, fn, [...path, i]));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) eachText(v, fn, [...path, k]);
}
