import { dirname, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { composeDocument } from "../compose/compose-document.js";
import { figuresOf } from "../compose/figures/figures-of.js";
import { compileTemplateSet, TemplateError } from "../compose/handlebars-env.js";
import { loadTemplateSet } from "../compose/template-set.js";
import { buildView } from "../compose/view/build-view.js";
import { loadModel } from "../model/load-model.js";
import type { Model } from "../model/model.js";
import { selectTheme, themeOptionsFromData } from "../theme/select-theme.js";
import type { DocumentTree } from "../tree/types.js";
import type { Output } from "../write/write-outputs.js";
import { timed } from "../diagnostics/timing.js";
import { renderTree, type Format } from "./render-tree.js";
export { outputDate, type Format } from "./render-tree.js";
import { createHash } from "node:crypto";
import { inputsFromChain, toolFingerprint, type Inputs } from "./input-hash.js";


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
  /** Also hash this organisation's inputs (for the manifest), from the files the build read. */
  readonly inputsKey?: string;
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
};


/** Custom template folders, each relative to the file that names it: a base's before the organisation's own. */
export function templateDirs(model: Model): string[] {
  return model.sources.flatMap((s) => {
    const t = (s.value as Record<string, unknown> | undefined)?.templates;
    return typeof t === "string" ? [resolve(dirname(resolve(s.file)), t)] : [];
  });
}

/**
 * Builds every document of one organisation in memory:
 * load → validate → view → compose (per template) → render (per format).
 * Nothing is written here; a failure anywhere means no outputs at all.
 */
export async function buildOrganisation(file: string, options: BuildOptions): Promise<OrganisationBuild> {
  const loaded = timed("load", () => loadModel(file));
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  if (loaded.base) return { file, base: true, trees: [], outputs: [], diagnostics };
  const model = loaded.model;
  if (!model || hasErrors(diagnostics)) return { file, trees: [], outputs: [], diagnostics };
  const { set, diagnostics: tplDiags } = loadTemplateSet(model.data.locale, templateDirs(model));
  diagnostics.push(...tplDiags);
  const compiled = timed("templates", () => compileTemplateSet(set));
  diagnostics.push(...compiled.diagnostics);
  if (!compiled.compiled || hasErrors(diagnostics)) return { file, id: model.data.id, model, trees: [], outputs: [], diagnostics };

  const view = timed("view", () => buildView(model));
  const figures = timed("figures", () => figuresOf(model));
  diagnostics.push(...figures.diagnostics);
  if (hasErrors(figures.diagnostics)) return { file, id: model.data.id, model, trees: [], outputs: [], diagnostics };
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
    const fingerprint = createHash("sha256").update(`${toolFingerprint()}\0${JSON.stringify(options.formats)}\0${JSON.stringify(theme)}\0${JSON.stringify(tree)}`).digest("hex");
    fingerprints[name] = fingerprint;
    if (options.reuse?.[`${model.data.id}/${name}`] === fingerprint) {
      reused.push(name);
      continue;
    }
    const rendered = await renderTree(tree, theme, { model, formats: options.formats, path: `${model.data.id}/${name}` });
    diagnostics.push(...rendered.diagnostics);
    outputs.push(...rendered.outputs);
  }
  if (hasErrors(diagnostics)) return { file, id: model.data.id, model, trees, outputs: [], diagnostics };
  const inputs = options.inputsKey !== undefined ? inputsFromChain(file, model.sources, options.inputsKey) : undefined;
  return { file, id: model.data.id, model, trees, outputs, diagnostics, fingerprints, reused, ...(inputs ? { inputs } : {}) };
}
