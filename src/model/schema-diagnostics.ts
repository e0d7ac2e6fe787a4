import { closest, distance } from "fastest-levenshtein";
import type * as z from "zod";
import { spoken, type Diagnostic } from "../diagnostics/diagnostic.js";
import { placeOf } from "../diagnostics/place.js";
import { say, type Said } from "../diagnostics/say.js";
import type { DataPath } from "../load/parse-yaml.js";
import type { DataSource } from "./data-source.js";

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Turns zod issues into positioned, friendly diagnostics. */
export function schemaDiagnostics(issues: readonly Issue[], source: DataSource, root: AnySchema): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) out.push(...toDiagnostics(issue, source, root));
  return out;
}

function toDiagnostics(issue: Issue, source: DataSource, root: AnySchema): Diagnostic[] {
  const path = issue.path as DataPath;
  // Where it is, as the document names it (procedure ‘Rapid report’, step 2, deadline).
  const where = path.length > 0 ? placeOf(path, source.value) : undefined;
  const at = where ?? say("value");
  const base = { severity: "error" as const };
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schemaAt(root, path));
      return issue.keys.map((key) => {
        const suggestion = suggest(key, known);
        return {
          ...base,
          ruleId: "schema/unknown-key",
          ...source.locateKey(path, key),
          ...spoken(
            say("unknown key `%{key}`%{where}%{near}", { key, where: where ? say(" in %{place}", { place: where }) : "", near: suggestion ? say(" — did you mean `%{id}`?", { id: suggestion }) : "" }),
            known.length > 0 ? say("Allowed keys here: %{keys}.", { keys: known.join(", ") }) : say("Remove it."),
          ),
        };
      });
    }
    case "invalid_type": {
      const found = received(source.value, path);
      if (found === undefined && path.length === 0) {
        return [
          {
            ...base,
            ruleId: "schema/empty-file",
            file: source.file,
            position: { line: 1, column: 1 },
            ...spoken(say("the file has no data"), say("A data file needs at least `id:`, `document:`, `organisation:` and `plan:` (run `planwright init` for a starter).")),
          },
        ];
      }
      if (found === undefined) {
        const key = path[path.length - 1];
        return [
          {
            ...base,
            ruleId: "schema/required",
            ...source.locate(path.slice(0, -1)),
            ...spoken(
              say("`%{key}` is required%{where}", { key: String(key), where: path.length > 1 ? say(" in %{place}", { place: placeOf(path.slice(0, -1), source.value) }) : "" }),
              say("Add a `%{key}:` line here.", { key: String(key) }),
            ),
          },
        ];
      }
      return [
        {
          ...base,
          ruleId: "schema/type",
          ...source.locate(path),
          ...spoken(say("%{place}: expected %{expected}, found %{found}", { place: at, expected: typeName(issue.expected), found }), issue.expected === "array" ? say("Write a list: one `- item` per line.") : undefined),
        },
      ];
    }
    case "invalid_value":
      return [
        {
          ...base,
          ruleId: "schema/enum",
          ...source.locate(path),
          ...spoken(say("%{place}: expected one of %{values}", { place: at, values: issue.values.map((v) => String(v)).join(", ") }), suggestionHint(valueAt(source.value, path), issue.values.map(String))),
        },
      ];
    case "invalid_union": {
      const best = bestUnionBranch(issue.errors, source.value, path);
      if (best) return best.flatMap((i) => toDiagnostics(i, source, root));
      return [{ ...base, ruleId: "schema/type", ...source.locate(path), ...spoken(say("%{place}: value has the wrong form", { place: at })) }];
    }
    case "too_small":
      return [
        {
          ...base,
          ruleId: "schema/too-small",
          ...source.locate(path),
          ...spoken(
            say("%{place}: %{problem}", {
              place: at,
              problem: !issue.message.startsWith("Too small") ? { say: issue.message } : issue.origin === "array" ? say("needs at least %{n} item(s)", { n: String(issue.minimum) }) : say("needs at least %{n} character(s)", { n: String(issue.minimum) }),
            }),
          ),
        },
      ];
    default:
      return [{ ...base, ruleId: "schema/invalid", ...source.locate(path), ...spoken(where ? say("%{place}: %{problem}", { place: where, problem: { say: issue.message } }) : { say: issue.message }) }];
  }
}

function bestUnionBranch(branches: Issue[][], value: unknown, path: DataPath): Issue[] | undefined {
  const v = valueAt(value, path);
  const kind = Array.isArray(v) ? "array" : v !== null && typeof v === "object" ? "object" : "string";
  const fitting = branches.filter((b) => !b.some((i) => i.code === "invalid_type" && i.path.length === 0));
  const pick = fitting[0] ?? branches.find((b) => b.some((i) => i.code === "invalid_type" && i.expected === kind)) ?? branches[0];
  return pick?.map((i) => ({ ...i, path: [...path, ...i.path] }) as Issue);
}

function suggestionHint(value: unknown, options: string[]): Said | undefined {
  if (typeof value !== "string") return undefined;
  const s = suggest(value, options);
  return s ? say("Did you mean `%{id}`?", { id: s }) : undefined;
}

export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function typeName(expected: string): Said | string {
  switch (expected) {
    case "array":
      return say("a list");
    case "object":
      return say("a map of `key: value` lines");
    case "string":
      return say("text");
    default:
      return expected;
  }
}

/** What the data holds at `path`, in words; undefined when nothing is there. */
function received(root: unknown, path: DataPath): Said | undefined {
  const v = valueAt(root, path);
  if (v === undefined) return undefined;
  if (v === null) return say("an empty list item");
  if (Array.isArray(v)) return say("a list");
  if (typeof v === "object") return say("a map");
  return say("text \"%{text}\"", { text: String(v).slice(0, 40) });
}

export function valueAt(root: unknown, path: DataPath): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

type Def = { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; innerType?: AnySchema; in?: AnySchema; out?: AnySchema; options?: AnySchema[]; getter?: () => AnySchema };

function defOf(s: AnySchema): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(s: AnySchema): AnySchema {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const d = defOf(cur);
    if ((d.type === "optional" || d.type === "default" || d.type === "nullable" || d.type === "prefault") && d.innerType) cur = d.innerType;
    else if (d.type === "pipe" && d.in) cur = d.in;
    else if (d.type === "lazy" && d.getter) cur = d.getter();
    else return cur;
  }
  return cur;
}

function objectOf(s: AnySchema): AnySchema | undefined {
  const u = unwrap(s);
  const d = defOf(u);
  if (d.type === "object") return u;
  if (d.type === "union" && d.options) {
    for (const o of d.options) {
      const found = objectOf(o);
      if (found) return found;
    }
  }
  return undefined;
}

function schemaAt(root: AnySchema, path: DataPath): AnySchema | undefined {
  let cur: AnySchema | undefined = root;
  for (const k of path) {
    if (!cur) return undefined;
    if (typeof k === "number") {
      const u = unwrap(cur);
      const d = defOf(u);
      if (d.type === "array" && d.element) cur = d.element;
      else if (d.type === "union" && d.options) {
        const arr = d.options.map(unwrap).find((o) => defOf(o).type === "array");
        cur = arr ? defOf(arr).element : undefined;
      } else return undefined;
    } else {
      const o = objectOf(cur);
      cur = o ? defOf(o).shape?.[k] : undefined;
    }
  }
  return cur;
}

function knownKeys(s: AnySchema | undefined): string[] {
  if (!s) return [];
  const o = objectOf(s);
  return o ? Object.keys(defOf(o).shape ?? {}) : [];
}
