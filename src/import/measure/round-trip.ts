import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { loadModel } from "../../model/load-model.js";
import { buildOrganisation } from "../../pipeline/build-organisation.js";
import { draftFromBytes } from "../draft-file.js";
import { readImportBytes } from "../read/read-input.js";
import type { Block } from "../outline.js";
import { readMarkers } from "../structure/markers.js";
import { recall, type Recall } from "./recall.js";

export type TripResult = { readonly name: string; readonly recall?: Recall; readonly valid: boolean; readonly problems: readonly string[] };

/** Builds a data file's plan DOCX in memory, imports it, validates the draft and compares it with the data. */
export async function roundTrip(file: string): Promise<TripResult> {
  const built = await buildOrganisation(file, { formats: ["docx"], only: ["plan"] });
  const docx = built.outputs.find((o) => o.path.endsWith("/plan.docx"));
  const source = loadModel(file).model;
  if (!docx || !source) return { name: basename(file), valid: false, problems: ["the plan was not built"] };
  return compareImport(basename(file), docx.bytes, "plan.docx", source.data);
}

/** Imports a document's bytes, validates the draft, and measures it against the data it should hold. */
export function compareImport(name: string, bytes: Uint8Array, fileName: string, source: import("../../model/schema/plan-file.js").PlanData, options: { today?: string } = {}): TripResult {
  const result = draftFromBytes(bytes, fileName, { today: options.today ?? "2026-01-01" });
  if (!result.ok) return { name, valid: false, problems: [result.message] };
  const dir = mkdtempSync(join(tmpdir(), "planwright-import-"));
  try {
    const draftFile = join(dir, "draft.yaml");
    writeFileSync(draftFile, result.yaml);
    const loaded = loadModel(draftFile);
    const errors = loaded.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.position?.line ?? 0}:${d.position?.column ?? 0} ${d.message}`);
    const read = readImportBytes(bytes, fileName);
    const text = read.ok ? read.outline.blocks.map(blockText).join("\n") : "";
    const labels = read.ok ? read.outline.blocks.flatMap((b) => (b.kind === "paragraph" ? [readMarkers(b.text)[0]?.rest ?? b.text] : b.rows.flat())) : [];
    return { name, valid: errors.length === 0 && loaded.model !== undefined, problems: errors, ...(loaded.model ? { recall: recall(source, loaded.model.data, text, labels) } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function blockText(b: Block): string {
  return b.kind === "paragraph" ? b.text : b.rows.map((r) => r.join("\t")).join("\n");
}
