import { localeText } from "../locale/index.js";
import type { DataPath } from "../load/parse-yaml.js";
import { COLLECTIONS, type EntityKind, type Model } from "../model/model.js";
import { eachText, RULE_VALUE_KEYS, TEXT_REF } from "../model/text-refs.js";
import { softJoin } from "../compose/view/escape.js";
import { textValue, type Change, type ChangeEntity } from "./change.js";

/**
 * Free text is part of the plan too: every text value of the data that
 * changed and that the rule-by-rule comparison did not already report
 * (section text, a form's purpose, a field's name …) is listed as a change.
 * And when a deadline or daily count changed, text that still states the old
 * value is flagged: it now contradicts the rule.
 */

/** Where a text lives, keyed by ids rather than positions: `roles[monitor].duties[1]`. */
type Place = { readonly entity: ChangeEntity; readonly id: string; readonly name: string; readonly field: string; readonly section?: string };

const KIND_OF: ReadonlyMap<string, EntityKind> = new Map(COLLECTIONS.map(([k, kind]) => [k as string, kind]));
/**
 * Not free text: ids, notes, history, rule values (reported as rules), and the
 * parts the rule-by-rule comparison already goes through (steps, form fields,
 * list items, shifts, roster).
 */
const SKIP: ReadonlySet<string> = new Set(["id", "note", "revisions", ...RULE_VALUE_KEYS, "steps", "fields", "shifts", "roster"]);

function placeOf(raw: unknown, path: DataPath): Place | undefined {
  if (path.some((k) => typeof k === "string" && SKIP.has(k))) return undefined;
  const [top, i, ...rest] = path;
  const kind = typeof top === "string" ? KIND_OF.get(top) : undefined;
  if (kind === "category" && rest[0] === "items") return undefined;
  if (kind && typeof i === "number") {
    const item = (raw as Record<string, unknown[]>)[top as string]?.[i] as Record<string, unknown> | undefined;
    const id = typeof item?.id === "string" ? item.id : `#${i + 1}`;
    const name = typeof item?.name === "string" ? item.name : typeof item?.title === "string" ? item.title : id;
    return { entity: kind, id, name, field: fieldPath(rest) };
  }
  if (top === "plan") {
    const last = path[path.length - 1];
    return { entity: "plan", id: "plan", name: "", field: String(typeof last === "number" ? path[path.length - 2] : last), section: sectionPath(raw, path.slice(1, -1)) };
  }
  const orgId = String((raw as Record<string, unknown>).id ?? "");
  if (top === "duty") return { entity: "duty", id: "duty", name: "", field: fieldPath(path.slice(1)) };
  if (top === "document") return { entity: "document", id: orgId, name: "", field: fieldPath(path.slice(1)) };
  return { entity: "document", id: orgId, name: "", field: fieldPath(path) };
}

function fieldPath(rest: DataPath): string {
  return rest.map((k) => (typeof k === "number" ? `[${k + 1}]` : `.${k}`)).join("").replace(/^\./, "");
}

/** A section's place by its titles (ids when given), so inserting a section does not shift the others. */
function sectionPath(raw: unknown, path: DataPath): string {
  let node: unknown = (raw as Record<string, unknown>).plan;
  const out: string[] = [];
  for (let k = 0; k < path.length; k++) {
    const key = path[k] as string | number;
    node = (node as Record<string | number, unknown>)?.[key];
    if (typeof key === "number" && node && typeof node === "object") {
      const s = node as Record<string, unknown>;
      out.push(typeof s.id === "string" ? `#${s.id}` : typeof s.title === "string" ? `“${s.title}”` : `[${key + 1}]`);
    } else if (typeof key === "string" && key !== "sections" && key !== "items") out.push(key);
  }
  return out.join(" › ");
}

function texts(m: Model): Map<string, { place: Place; text: string }> {
  const out = new Map<string, { place: Place; text: string }>();
  eachText(m.raw, (text, path) => {
    const place = placeOf(m.raw, path);
    if (place) out.set(`${place.entity}|${place.id}|${place.section ?? ""}|${place.field}|${path[path.length - 1]}`, { place, text: softJoin(text) });
  });
  return out;
}

/** Changed free text not already reported field by field. */
export function diffFreeText(before: Model, after: Model, reported: readonly Change[]): Change[] {
  const done = new Set(reported.flatMap((c) => (c.field ? [`${c.entity}|${c.id}|${c.field.split(".")[0]}`] : [`${c.entity}|${c.id}|`])));
  const b = texts(before);
  const out: Change[] = [];
  for (const [key, { place, text }] of texts(after)) {
    const old = b.get(key);
    if (!old || old.text === text) continue;
    const head = place.field.split(/[.[]/)[0] ?? "";
    if (done.has(`${place.entity}|${place.id}|${head}`) || done.has(`${place.entity}|${place.id}|`)) continue;
    out.push({ kind: "changed", entity: place.entity, id: place.id, name: place.name, field: place.field, ...partOf(place), ...withValue("before", old.text), ...withValue("after", text) });
  }
  return out;
}

function partOf(place: Place): Partial<Change> {
  return place.section ? { part: { type: "section", label: place.section } } : {};
}

function withValue(k: "before" | "after", text: string): Partial<Change> {
  const v = textValue(text);
  return v ? { [k]: v } : {};
}

/**
 * Text in the newer data that still states a rule value that changed: the
 * old duration or daily count of a deadline or frequency. Each is a warning
 * line of the diff.
 */
export function staleText(after: Model, changes: readonly Change[]): Change[] {
  const t = localeText(after.data.locale);
  const old: Array<{ minutes?: number; perDay?: number; change: Change }> = [];
  for (const c of changes) {
    if (c.kind !== "changed") continue;
    const v = c.before;
    if (v?.type === "deadline" && v.deadline.kind === "within") old.push({ minutes: v.deadline.duration.minutes, change: c });
    if (v?.type === "frequency" && v.frequency.kind === "times" && v.frequency.per === "day") old.push({ perDay: v.frequency.times, change: c });
  }
  if (old.length === 0) return [];
  const out: Change[] = [];
  eachText(after.raw, (text, path) => {
    const place = placeOf(after.raw, path);
    if (!place) return;
    for (const m of t.mentions(text.replace(TEXT_REF, ""))) {
      const hit = old.find((o) => (o.minutes !== undefined && o.minutes === m.minutes) || (o.perDay !== undefined && o.perDay === m.perDay));
      if (hit) out.push({ kind: "stale", entity: place.entity, id: place.id, name: place.name, field: place.field, ...partOf(place), before: { type: "text", text: m.text }, after: { type: "text", text: `${hit.change.name}${hit.change.part ? ` ${hit.change.part.label}` : ""}` } });
    }
  });
  return out;
}
