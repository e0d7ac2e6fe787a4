import { resolve } from "node:path";
import type { Diagnostic, Position } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { loadTemplateSet } from "../compose/template-set.js";
import { withSourceTexts } from "../load/source-overlay.js";
import { loadModel } from "../model/load-model.js";
import type { Model } from "../model/model.js";
import { buildOrganisation, customTemplateDirs, type Format } from "../pipeline/build-organisation.js";
import { duplicateIdDiagnostic, idLineOf } from "../pipeline/org-ids.js";
import type { ApiDiagnostic, CheckResponse, IdEntry, RenderResponse } from "./api-types.js";
import type { DataFile, DataFolder } from "./data-folder.js";
import type { FolderIds } from "./folder-ids.js";
import { CONTENT_TYPES, type OutputCache } from "./output-cache.js";
import { say, sayIn, type UiLang } from "../diagnostics/say.js";

/** What the checks need from the server: the folder, the outputs kept for the page, and who extends a base. */
export type CheckContext = {
  readonly folder: DataFolder;
  readonly cache: OutputCache;
  /** Which other data files claim an organisation id. */
  readonly ids: FolderIds;
  /** Organisation files (absolute) whose `extends` chain includes this file. */
  dependentsOf(abs: string): readonly string[];
};

/** The page's diagnostics: positions as they are, files relative to the folder, marked when in the edited file. */
export function toApi(diagnostics: readonly Diagnostic[], folder: DataFolder, here: string, lang: UiLang = "en"): ApiDiagnostic[] {
  const seen = new Set<string>();
  const out: ApiDiagnostic[] = [];
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const abs = d.file === undefined ? here : resolve(d.file);
    const key = `${abs}\0${d.position?.line}\0${d.position?.column}\0${d.ruleId}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Said in the page's language (`diagnostics/say.ts`); the few made as finished English stay so.
    const hint = d.said?.hint ? sayIn(d.said.hint, lang) : d.hint;
    out.push({
      severity: d.severity,
      message: d.said ? sayIn(d.said.message, lang) : d.message,
      ruleId: d.ruleId,
      ...(hint ? { hint } : {}),
      file: folder.relativeName(abs) ?? d.file ?? "",
      here: abs === here,
      ...(d.position ? { line: d.position.line, column: d.position.column } : {}),
    });
  }
  return out;
}

/**
 * Checks the page's text of a data file as `validate` would, with the text
 * standing in for the file (bases and templates are read from disk), and
 * builds the previewed document's PDF with the build engine. For a base file,
 * every organisation in the folder that extends it is checked with the new
 * text too, so a change that breaks one of them shows.
 */
export async function checkDraft(ctx: CheckContext, file: DataFile, text: string, document: string | undefined, lang: UiLang = "en"): Promise<CheckResponse> {
  const t0 = performance.now();
  const texts = new Map([[file.abs, text]]);
  const doc = document ?? "plan";
  const built = await withSourceTexts(texts, () => buildOrganisation(file.abs, { formats: ["pdf"], only: [doc] }));
  const diagnostics: Diagnostic[] = [...built.diagnostics, ...sharedId(ctx, file, built.id ? { id: built.id, position: built.idAt?.position } : idLineOf(text))];
  const dependents = built.base ? ctx.dependentsOf(file.abs) : [];
  for (const org of dependents) diagnostics.push(...withSourceTexts(texts, () => loadModel(org)).diagnostics);
  const model = built.model;
  const pdf = built.outputs.find((o) => o.path.endsWith(".pdf"));
  const key = pdf ? ctx.cache.put([file.abs, text, doc, "pdf"], { bytes: pdf.bytes, type: CONTENT_TYPES.pdf as string, name: `${built.id}-${doc}.pdf` }) : undefined;
  const failed = diagnostics.some((d) => d.severity === "error");
  return {
    diagnostics: toApi(diagnostics, ctx.folder, file.abs, lang),
    base: built.base === true,
    ...(built.base ? { dependents: dependents.map((d) => ctx.folder.relativeName(d) ?? d) } : {}),
    ...(built.id ? { id: built.id } : {}),
    ...(model ? { locale: model.data.locale } : {}),
    documents: model ? documentsOf(model) : [],
    ids: model ? idsOf(model) : [],
    ...(built.base ? {} : { preview: key ? { document: doc, key } : { document: doc, failed } }),
    ms: Math.round(performance.now() - t0),
  };
}

/**
 * Another data file of the folder with the same organisation id (both would write `<id>/`):
 * reported at this file's `id:` line, naming the others, as `planwright build` reports it.
 */
function sharedId(ctx: CheckContext, file: DataFile, own: { readonly id: string; readonly position?: Position } | undefined): Diagnostic[] {
  if (!own) return [];
  const others = ctx.ids.othersClaiming(own.id, file.abs).map((c) => ({ ...c, file: ctx.folder.relativeName(c.file) ?? c.file }));
  if (others.length === 0) return [];
  return [duplicateIdDiagnostic(own.id, { file: file.abs, ...(own.position ? { position: own.position } : {}) }, others)];
}

/** One document of the page's text as DOCX or PDF, for downloading or printing. */
export async function renderDraft(ctx: CheckContext, file: DataFile, text: string, document: string, format: Format, lang: UiLang = "en"): Promise<RenderResponse> {
  const built = await withSourceTexts(new Map([[file.abs, text]]), () => buildOrganisation(file.abs, { formats: [format], only: [document] }));
  const output = built.outputs.find((o) => o.path.endsWith(`/${document}.${format}`));
  if (!output || !built.id) {
    const diagnostics = toApi(built.diagnostics, ctx.folder, file.abs, lang);
    const none: ApiDiagnostic = { severity: "error", message: sayIn(say("there is no document \"%{name}\"", { name: document }), lang), ruleId: "serve/no-document", here: true };
    return { diagnostics: diagnostics.some((d) => d.severity === "error") ? diagnostics : [...diagnostics, none] };
  }
  const name = `${built.id}-${document}.${format}`;
  const key = ctx.cache.put([file.abs, text, document, format], { bytes: output.bytes, type: CONTENT_TYPES[format] as string, name });
  return { key, name, diagnostics: toApi(built.diagnostics, ctx.folder, file.abs, lang) };
}

/** The model of the page's text of a data file (for diffs), or its problems. */
export function modelOfDraft(file: DataFile, text: string): { model?: Model; diagnostics: readonly Diagnostic[] } {
  return withSourceTexts(new Map([[file.abs, text]]), () => loadModel(file.abs));
}

function documentsOf(model: Model): string[] {
  const names = [...loadTemplateSet(model.data.locale, customTemplateDirs(model).dirs).set.documents.keys()];
  // The plan first, then the others in their (alphabetical) template order.
  return [...names.filter((n) => n === "plan"), ...names.filter((n) => n !== "plan")];
}

function idsOf(model: Model): IdEntry[] {
  return [...model.index.entries()].map(([id, e]) => {
    const name = (e.entity as { name?: unknown }).name;
    return { id, kind: e.kind, ...(typeof name === "string" ? { name } : {}) };
  });
}
