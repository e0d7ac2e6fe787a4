import type { DeadlineT, EntityKind, FrequencyT } from "../model/model.js";
import { softJoin } from "../compose/view/escape.js";

/**
 * One difference between two versions of an organisation's rules, as plain
 * JSON. Values stay structured (a deadline is a deadline, holders are names
 * with their ids) so that `formatChanges` can word every change in either
 * language.
 *
 * How to read a change:
 * - no `part`, no `field`: the entity itself was added or removed (`after` or
 *   `before` may carry a detail, e.g. the holders of a new role);
 * - `part`, no `field`: a step, list item, form field, shift, roster entry or
 *   plan section was added or removed;
 * - `field` with kind `changed`: the value went from `before` to `after`
 *   (either may be missing: not set);
 * - `field` with kind `added`/`removed`: one item of a list field (a duty, a
 *   requirement …) was added or removed; the item is `after`/`before`.
 *
 * This module also holds how values and sequences are compared.
 */
export type Change = {
  readonly kind: ChangeKind;
  readonly entity: ChangeEntity;
  /** Id of the entity (the organisation id for `document`, "plan", "duty"). */
  readonly id: string;
  /** Name of the entity as written in the data (the newer name when both exist). */
  readonly name: string;
  readonly part?: ChangePart;
  /** Data key of what changed, e.g. `deadline`, `holders`, `phones.mobile`. */
  readonly field?: string;
  readonly before?: ChangeValue;
  readonly after?: ChangeValue;
};

/** `stale`: text in the newer data still states the old value (`before`) of a rule that changed (`after` names it). */
export type ChangeKind = "added" | "removed" | "changed" | "stale";
export type ChangeEntity = EntityKind | "document" | "plan" | "duty";

/** A piece inside an entity. `n` is 1-based, in the newer version unless removed. */
export type ChangePart = {
  readonly type: "step" | "item" | "field" | "shift" | "roster" | "section";
  readonly n?: number;
  readonly id?: string;
  /** What identifies it to a reader: a step's action, an item's text, a field's name … */
  readonly label: string;
  /** A second identifier, e.g. the shift of a roster entry. */
  readonly qualifier?: string;
};

export type ChangeValue =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "list"; readonly items: readonly string[] }
  /** References resolved to names; `ids` are the ids written in the data. */
  | { readonly type: "names"; readonly names: readonly string[]; readonly ids: readonly string[] }
  /** Keywords of the data format (layout `slip`, priority `key` …), worded by the formatter. */
  | { readonly type: "terms"; readonly terms: readonly string[] }
  | { readonly type: "deadline"; readonly deadline: DeadlineT }
  | { readonly type: "frequency"; readonly frequency: FrequencyT }
  | { readonly type: "date"; readonly date: string }
  | { readonly type: "number"; readonly number: number }
  | { readonly type: "flag"; readonly flag: boolean };

export const ENTITY_ORDER: readonly ChangeEntity[] = [
  "document",
  "plan",
  "unit",
  "group",
  "role",
  "procedure",
  "level",
  "category",
  "channel",
  "duty",
  "person",
  "external",
  "form",
  "attachment",
];

// ── value constructors (undefined in, undefined out) ─────────────────────

export function textValue(s: string | undefined): ChangeValue | undefined {
  const t = s === undefined ? "" : softJoin(s);
  return t ? { type: "text", text: t } : undefined;
}

export function listValue(items: readonly string[] | undefined): ChangeValue | undefined {
  return items && items.length > 0 ? { type: "list", items: items.map(softJoin) } : undefined;
}

export function termsValue(terms: string | readonly string[] | undefined): ChangeValue | undefined {
  if (terms === undefined) return undefined;
  const list = typeof terms === "string" ? [terms] : terms;
  return list.length > 0 ? { type: "terms", terms: [...list] } : undefined;
}

export function deadlineValue(d: DeadlineT | undefined): ChangeValue | undefined {
  return d ? { type: "deadline", deadline: d } : undefined;
}

export function frequencyValue(f: FrequencyT | undefined): ChangeValue | undefined {
  return f ? { type: "frequency", frequency: f } : undefined;
}

export function dateValue(iso: string | undefined): ChangeValue | undefined {
  return iso ? { type: "date", date: iso } : undefined;
}

export function numberValue(n: number | undefined): ChangeValue | undefined {
  return n === undefined ? undefined : { type: "number", number: n };
}

export function flagValue(b: boolean | undefined): ChangeValue | undefined {
  return b === undefined ? undefined : { type: "flag", flag: b };
}

/** Values are equal when they mean the same rule; references are equal by id or by name. */
export function sameValue(a: ChangeValue | undefined, b: ChangeValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.type === "names" && b.type === "names") {
    return canonical(a.ids) === canonical(b.ids) || canonical(a.names) === canonical(b.names);
  }
  return canonical(a) === canonical(b);
}

/** JSON with sorted keys and no undefined members: a structural comparison key. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

// ── comparing sequences ───────────────────────────────────────────────────

/** Items of `a` not in `b`, counting repeats. */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * Aligns two sequences: equal keys are matched along their longest common
 * subsequence; between matches, leftovers are paired by position when
 * `canPair` allows (a changed element), otherwise removed and added.
 */
export function align<T>(a: readonly T[], b: readonly T[], key: (x: T) => string, canPair: (x: T, y: T) => boolean): Array<[number | undefined, number | undefined]> {
  const ka = a.map(key);
  const kb = b.map(key);
  const L = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  const at = (i: number, j: number) => L[i]![j]!;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) L[i]![j] = ka[i] === kb[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  const out: Array<[number | undefined, number | undefined]> = [];
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(gapA.length, gapB.length); k++) {
      const x = gapA[k];
      const y = gapB[k];
      if (x !== undefined && y !== undefined && canPair(a[x]!, b[y]!)) out.push([x, y]);
      else {
        if (x !== undefined) out.push([x, undefined]);
        if (y !== undefined) out.push([undefined, y]);
      }
    }
    gapA = [];
    gapB = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      flush();
      out.push([i++, j++]);
    } else if (at(i + 1, j) >= at(i, j + 1)) gapA.push(i++);
    else gapB.push(j++);
  }
  while (i < a.length) gapA.push(i++);
  while (j < b.length) gapB.push(j++);
  flush();
  return out;
}
