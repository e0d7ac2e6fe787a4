import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { COLLECTIONS, type Entry, type Located, type PlanData } from "./model.js";
import type { DataPath } from "../load/parse-yaml.js";
import { eachSection, eachStep } from "./references.js";
import { spoken } from "../diagnostics/diagnostic.js";
import { kindWord } from "../diagnostics/kind-words.js";
import { say } from "../diagnostics/say.js";

/**
 * Indexes every entity by id. Ids share one namespace across units, people,
 * roles, groups, external bodies, channels, categories, levels, procedures,
 * forms, attachments and the plan's sections, so any reference resolves to
 * exactly one thing.
 */
export function buildIndex(
  data: PlanData,
  locate: (path: DataPath) => Located,
): { index: Map<string, Entry>; diagnostics: Diagnostic[] } {
  const index = new Map<string, Entry>();
  const diagnostics: Diagnostic[] = [];
  const add = (kind: Entry["kind"], entity: { id?: string | undefined }, path: DataPath) => {
      if (entity.id === undefined) return;
      const prev = index.get(entity.id);
      if (prev) {
        const first = locate([...prev.path, "id"]);
        diagnostics.push({
          severity: "error",
          ruleId: "ids/duplicate",
          ...locatedAt(locate([...path, "id"])),
          ...spoken(
            say("id `%{id}` is already used by a %{kind} at %{at}", { id: entity.id, kind: kindWord(prev.kind), at: `${first.file}:${first.position.line}:${first.position.column}` }),
            say("Ids must be unique across the whole file; rename one of them."),
          ),
        });
        return;
      }
      index.set(entity.id, { kind, entity, path } as unknown as Entry);
  };
  for (const [key, kind] of COLLECTIONS) {
    (data[key] as ReadonlyArray<{ id: string }>).forEach((entity, i) => add(kind, entity, [key, i]));
  }
  eachSection(data, (s, path) => add("section", s, path));
  eachStep(data, (s, path) => add("step", s, path));
  return { index, diagnostics };
}

export function locatedAt(l: Located): { file: string; position: Located["position"] } {
  return { file: l.file, position: l.position };
}
