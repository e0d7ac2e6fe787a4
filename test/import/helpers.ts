import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { draftFromBytes } from "../../src/import/draft-file.js";
import { loadModel } from "../../src/model/load-model.js";
import type { PlanData } from "../../src/model/schema/plan-file.js";
import { tempDir } from "../helpers/temp.js";

export type Imported = { yaml: string; raw: Record<string, any>; data: PlanData; errors: string[]; checks: ReadonlyArray<{ path: ReadonlyArray<string | number>; note: string; line: number }> };

/** Imports a text (or bytes) as `name`, validates the draft as `planwright validate` does, and returns both views of it. */
export function importText(text: string | Uint8Array, name = "plan.txt"): Imported {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  const r = draftFromBytes(bytes, name, { today: "2026-01-01" });
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  const dir = tempDir("planwright-import-test-");
  try {
    const file = join(dir, "draft.yaml");
    writeFileSync(file, r.yaml);
    const loaded = loadModel(file);
    const errors = loaded.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.position?.line}:${d.position?.column} ${d.message}`);
    if (!loaded.model) throw new Error(`draft does not load: ${errors.join("; ")}\n${r.yaml}`);
    return { yaml: r.yaml, raw: parse(r.yaml) as Record<string, any>, data: loaded.model.data, errors, checks: r.checks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
