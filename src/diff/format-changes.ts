import { localeText, type LocaleText } from "../locale/index.js";
import { partLabel } from "../locale/part-label.js";
import type { ChangeWording as Wording } from "../locale/types.js";
import type { Change, ChangeEntity, ChangeValue } from "./change.js";


/** Entity kinds whose names read better with the kind beside them. */
const TAGGED: ReadonlySet<ChangeEntity> = new Set(["level"]);

/**
 * One line per change, in rule terms, in the given language: names as written
 * in the data, deadlines and frequencies worded by the locale.
 */
export function formatChanges(changes: readonly Change[], locale: string): string[] {
  const t = localeText(locale);
  const w = t.changes;
  return changes.map((c) => formatChange(c, w, t));
}

function formatChange(c: Change, w: Wording, t: LocaleText): string {
  const noun = w.entity[c.entity];
  const named = c.entity === "document" ? "" : c.name;
  const tag = TAGGED.has(c.entity) && !w.tagged.test(named) ? noun : undefined;
  const subject = w.subject(named, noun, tag);
  if (c.kind === "stale") return w.stale(c.part ? w.at(subject, w.partRef(c.part)) : subject, fieldLabel(w, c), valueText(c.before, w, t), valueText(c.after, w, t));
  if (c.field) {
    const label = fieldLabel(w, c);
    const where = c.part ? w.at(subject, w.partRef(c.part)) : subject;
    if (c.kind === "added") return w.added(where, label, valueText(c.after, w, t));
    if (c.kind === "removed") return w.removed(where, label, valueText(c.before, w, t));
    const [before, after] = pairText(c.before, c.after, w, t);
    return w.changed(where, label, before, after);
  }
  if (c.part) {
    const label = partLabel(c.part, c.part.type === "roster" ? w.qualifierSep : " ");
    return c.kind === "removed" ? w.removed(subject, w.partNoun(c.part), label) : w.added(subject, w.partNoun(c.part), label);
  }
  const detail = c.kind === "removed" ? c.before : c.after;
  const d = detail ? valueText(detail, w, t) : undefined;
  return c.kind === "removed" ? w.entityRemoved(noun, c.name, d) : w.entityAdded(noun, c.name, d);
}

function fieldLabel(w: Wording, c: Change): string {
  const field = c.field ?? "";
  const exact = w.fields[`${c.part?.type ?? c.entity}.${field}`] ?? w.fields[field];
  if (exact) return exact;
  // A path into a field (duties[2], fields[3].name): the field's own label, then the rest.
  const m = /^([a-z_]+)(.*)$/.exec(field);
  const head = m ? (w.fields[`${c.entity}.${m[1]}`] ?? w.fields[m[1] as string]) : undefined;
  return head ? `${head}${m?.[2] ?? ""}` : field;
}

/** Both sides of a change; when the short forms of a deadline or frequency agree, the full ones. */
function pairText(b: ChangeValue | undefined, a: ChangeValue | undefined, w: Wording, t: LocaleText): [string, string] {
  const before = valueText(b, w, t);
  const after = valueText(a, w, t);
  if (before !== after || !b || !a) return [before, after];
  return [valueText(b, w, t, true), valueText(a, w, t, true)];
}

function valueText(v: ChangeValue | undefined, w: Wording, t: LocaleText, full = false): string {
  if (!v) return w.none;
  switch (v.type) {
    case "text":
      return v.text;
    case "list":
      return t.labels(v.items);
    case "names":
      return t.enumerate(v.names);
    case "terms":
      return t.enumerate(v.terms.map((x) => w.terms[x] ?? x));
    case "deadline":
      return full ? t.deadline(v.deadline) : t.deadlineShort(v.deadline);
    case "frequency": {
      const f = v.frequency;
      const at = full && f.kind === "times" && f.at.length > 0 ? w.aside(t.enumerate(f.at)) : "";
      return `${t.frequency(f)}${at}`;
    }
    case "date":
      return t.date(v.date);
    case "number":
      return String(v.number);
    case "flag":
      return v.flag ? w.yes : w.no;
  }
}
