import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { composeDocument } from "../compose/compose-document.js";
import { figuresOf } from "../compose/figures/figures-of.js";
import { compileTemplateSet, TemplateError } from "../compose/handlebars-env.js";
import { loadTemplateSet } from "../compose/template-set.js";
import { buildView } from "../compose/view/build-view.js";
import { createViewContext } from "../compose/view/context.js";
import { loadModel } from "../model/load-model.js";
import type { Model } from "../model/model.js";
import { selectTheme, themeOptionsFromData } from "../theme/select-theme.js";
import type { DocumentTree } from "../tree/types.js";
import type { Output } from "../write/write-outputs.js";
import { timed } from "../diagnostics/timing.js";
import { renderTree, type Format } from "./render-tree.js";
export { outputDate, type Format } from "./render-tree.js";
import { createHash } from "node:crypto";
import { inputsOfBuild, toolFingerprint, type Inputs } from "./input-hash.js";
import { closeReadLog, openReadLog, type ReadLog } from "../load/read-file.js";
import type { Claim } from "./org-ids.js";
import { customTemplateDirs } from "./template-dirs.js";
import { lintProse } from "../lint/index.js";

export { customTemplateDirs } from "./template-dirs.js";


export type BuildOptions = {
  readonly formats: readonly Format[];
  /** Only these documents (template names); all when empty. */
  readonly only?: readonly string[];
  /** Compose the trees but render nothing. */
  readonly treesOnly?: boolean;
  /**
   * Fingerprints of documents whose files on disk are current, by `<id>/<name>`:
   * a document whose tree and theme hash the same is not rendered again.
   */
  readonly reuse?: Readonly<Record<string, string>>;
  /** PDFs in the archival profile (PDF/A-2b). */
  readonly pdfa?: boolean;
  /** Also hash this organisation's inputs (for the manifest), from the files the build read. */
  readonly inputsKey?: string;
  /** Read the composed documents with the prose lint (`lint/`) and report its findings as warnings. */
  readonly prose?: boolean;
};

export type OrganisationBuild = {
  readonly file: string;
  readonly id?: string;
  /** The file is a base (used through `extends:`), not an organisation: nothing to build. */
  readonly base?: boolean;
  readonly model?: Model;
  readonly trees: readonly DocumentTree[];
  readonly outputs: readonly Output[];
  readonly diagnostics: readonly Diagnostic[];
  /** Fingerprint of each document's tree and theme (for the manifest). */
  readonly fingerprints?: Readonly<Record<string, string>>;
  /** Documents not rendered because their files are current. */
  readonly reused?: readonly string[];
  readonly inputs?: Inputs;
  /** Where the organisation's id was written (to name both files when two use the same id). */
  readonly idAt?: Claim;
  /** Every data file read or tried, absolute (watch watches them even when the build failed). */
  readonly read?: readonly string[];
};


/**
 * Builds every document of one organisation in memory:
 * load → validate → view → compose (per template) → render (per format).
 * Nothing is written here; a failure anywhere means no outputs at all.
 */
export async function buildOrganisation(file: string, options: BuildOptions): Promise<OrganisationBuild> {
  // Every file read from here on (data, bases, templates, fonts, images) is noted with its
  // stamp before reading and the hash of its bytes: the manifest records exactly that.
  const log = openReadLog();
  try {
    return await build(file, options, log);
  } finally {
    closeReadLog(log);
  }
}

async function build(file: string, options: BuildOptions, log: ReadLog): Promise<OrganisationBuild> {
  const loaded = timed("load", () => loadModel(file));
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const read = loaded.files ?? [resolve(file)];
  if (loaded.base) return { file, base: true, trees: [], outputs: [], diagnostics, read };
  const model = loaded.model;
  if (!model || hasErrors(diagnostics)) return { file, trees: [], outputs: [], diagnostics, read };
  const idAt = model.locate(["id"]);
  const custom = customTemplateDirs(model);
  diagnostics.push(...custom.diagnostics);
  if (hasErrors(diagnostics)) return { file, id: model.data.id, idAt, model, trees: [], outputs: [], diagnostics, read };
  const { set, diagnostics: tplDiags } = loadTemplateSet(model.data.locale, custom.dirs);
  diagnostics.push(...tplDiags);
  const compiled = timed("templates", () => compileTemplateSet(set));
  diagnostics.push(...compiled.diagnostics);
  if (!compiled.compiled || hasErrors(diagnostics)) return { file, id: model.data.id, idAt, model, trees: [], outputs: [], diagnostics, read };

  // One view context for the view and the figures: a procedure or level is worded once.
  const ctx = createViewContext(model);
  const view = timed("view", () => buildView(model, ctx));
  const figures = timed("figures", () => figuresOf(model, ctx));
  diagnostics.push(...figures.diagnostics);
  if (hasErrors(figures.diagnostics)) return { file, id: model.data.id, idAt, model, trees: [], outputs: [], diagnostics, read };
  const themeOptions = themeOptionsFromData(model.data, (path) => model.locate(path).file);
  const trees: DocumentTree[] = [];
  const outputs: Output[] = [];
  const fingerprints: Record<string, string> = {};
  const reused: string[] = [];
  const names = [...compiled.compiled.documents.keys()].filter((n) => !options.only?.length || options.only.includes(n));
  for (const name of names) {
    const doc = compiled.compiled.documents.get(name);
    if (!doc) continue;
    let composed;
    try {
      composed = timed("compose", () => composeDocument(model, view, doc, figures.figures));
    } catch (e) {
      if (e instanceof TemplateError) {
        diagnostics.push(e.diagnostic);
        continue;
      }
      throw e;
    }
    diagnostics.push(...composed.diagnostics);
    const tree = composed.tree;
    if (!tree) continue;
    trees.push(tree);
    if (options.treesOnly) continue;
    const theme = selectTheme(tree.meta, themeOptions);
    const fingerprint = createHash("sha256").update(`${toolFingerprint()}\0${JSON.stringify(options.formats)}${options.pdfa ? "\0pdfa" : ""}\0${JSON.stringify(theme)}\0${JSON.stringify(tree)}`).digest("hex");
    fingerprints[name] = fingerprint;
    if (options.reuse?.[`${model.data.id}/${name}`] === fingerprint) {
      reused.push(name);
      continue;
    }
    const rendered = await renderTree(tree, theme, { model, formats: options.formats, path: `${model.data.id}/${name}`, ...(options.pdfa ? { pdfa: true } : {}) });
    diagnostics.push(...rendered.diagnostics);
    outputs.push(...rendered.outputs);
  }
  if (hasErrors(diagnostics)) return { file, id: model.data.id, idAt, model, trees, outputs: [], diagnostics, read };
  if (options.prose) diagnostics.push(...timed("prose", () => lintProse(model, trees)));
  const inputs = options.inputsKey !== undefined ? inputsOfBuild(log, set.folders, options.inputsKey) : undefined;
  return { file, id: model.data.id, idAt, model, trees, outputs, diagnostics, fingerprints, reused, read, ...(inputs ? { inputs } : {}) };
}
