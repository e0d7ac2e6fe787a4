import { createHash } from "node:crypto";
import Handlebars from "handlebars";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { HELPERS } from "./helpers.js";
import type { TemplateFile, TemplateSet } from "./template-set.js";
import { splitFrontMatter, type FrontMatter } from "./front-matter.js";
import { readCache, writeCache } from "../fonts/disk-cache.js";
import { LIMITS } from "../load/limits.js";
import { countOutput, guardHelper, OutputLimitError, resetBudget, type LocatedError } from "./render-guard.js";
import { checkTemplate } from "./template-checks.js";
import { spoken } from "../diagnostics/diagnostic.js";
import { say, type Said } from "../diagnostics/say.js";

/**
 * Compiled template code, from the disk cache when the same source was compiled before. The
 * cache is private to the user and an entry is used only when its bytes hash to what was
 * recorded when it was written (see disk-cache.ts); anything else is compiled again.
 */
function cachedSpec(key: string, compile: () => string | undefined): string | undefined {
  const hit = readCache(`hbs-${key}.js`);
  if (hit) return hit.toString("utf8");
  const spec = compile();
  if (spec !== undefined) writeCache(`hbs-${key}.js`, Buffer.from(spec, "utf8"));
  return spec;
}

/** The cache key of one template's compiled code. Only templates that pass checkTemplate are stored, so its version is part of the key. */
function specKey(source: string, partials: readonly string[]): string {
  return createHash("sha256").update(`checks-2\0${Handlebars.VERSION}\0${JSON.stringify(COMPILE_OPTIONS)}\0${partials.join(",")}\0${source}`).digest("hex").slice(0, 32);
}

const setEntry = (keys: readonly string[]) => `hbs-set-${createHash("sha256").update(keys.join("\0")).digest("hex").slice(0, 32)}.js`;

/**
 * A whole set's compiled code, as one cache entry written after the set compiled cleanly: a fresh
 * process reads and compiles one file instead of one per template. Keyed by every template's key.
 */
function cachedSetSpecs(keys: readonly string[]): Map<string, unknown> | undefined {
  const hit = readCache(setEntry(keys));
  if (!hit) return undefined;
  try {
    const specs = new Function(`return ${hit.toString("utf8")}`)() as unknown;
    return Array.isArray(specs) && specs.length === keys.length ? new Map(keys.map((k, i) => [k, specs[i]])) : undefined;
  } catch {
    return undefined;
  }
}

export type CompiledDocument = {
  readonly template: TemplateFile;
  readonly frontMatter: FrontMatter;
  /** Expands the template over a view; throws TemplateError with a position. */
  render(view: Record<string, unknown>): string;
};

export type CompiledSet = { readonly documents: ReadonlyMap<string, CompiledDocument> };

/** A template problem at a position in a template file. */
export class TemplateError extends Error {
  constructor(
    readonly diagnostic: Diagnostic,
    options?: { cause?: unknown },
  ) {
    super(diagnostic.message, options);
    this.name = "TemplateError";
  }
}

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true])),
  noEscape: true,
  preventIndent: true,
} as const;

type HbsError = LocatedError;

function toDiagnostic(e: unknown, file: string, lineOffset = 0): Diagnostic {
  const err = e as HbsError;
  const raw = String(err?.message ?? e);
  const message = raw.replace(/ - \d+:\d+$/, "").replace(/^Parse error on line \d+:\n[\s\S]*?\n-+\^\n/, "syntax error: ");
  const line = typeof err?.lineNumber === "number" ? err.lineNumber + lineOffset : undefined;
  const column = typeof err?.column === "number" ? err.column + 1 : 1;
  const m = /^Parse error on line (\d+)/.exec(raw);
  const parsedLine = m ? Number(m[1]) : undefined;
  const finalLine = line ?? parsedLine;
  return {
    severity: "error",
    ruleId: "template/error",
    file,
    ...(finalLine ? { position: { line: finalLine, column } } : {}),
    ...spoken(friendly(message), say("Fix the template at this position (see templates/README.md for the fields a view offers).")),
  };
}

function friendly(message: string): Said {
  if (/^Must pass iterator to #each/.test(message)) return say("`each` needs a list to go over, e.g. {{#each steps}}");
  if (/got 'EOF'/.test(message)) return say("the template ends inside an open block: a {{#…}} has no matching {{/…}}");
  const notDefined = /^"(.+)" not defined in (.*)$/.exec(message);
  if (notDefined) return say("field \"%{field}\" does not exist in the view here", { field: notDefined[1] as string });
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  if (unknownHelper) return say("unknown helper \"%{helper}\"", { helper: unknownHelper[1] as string });
  return { say: message };
}

const LIMIT_HINT = say("Check the template's loops: a loop inside a loop over long lists multiplies the text.");

const cache = new Map<string, { compiled?: CompiledSet; diagnostics: Diagnostic[] }>();

/** Compiles a template set once per process (cached by content). */
export function compileTemplateSet(set: TemplateSet): { compiled?: CompiledSet; diagnostics: Diagnostic[] } {
  const h = createHash("sha256");
  for (const t of [...set.documents.values(), ...set.partials.values()]) h.update(`${t.name}\0${t.path}\0${t.source}\0`);
  const key = h.digest("hex");
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compileUncached(set);
  cache.set(key, result);
  return result;
}

function compileUncached(set: TemplateSet): { compiled?: CompiledSet; diagnostics: Diagnostic[] } {
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn as Handlebars.HelperDelegate);
  // Every helper, built-in or ours, reports errors at its position and counts the text it produces.
  for (const name of ["each", "if", "unless", "with", "lookup", "log", ...Object.keys(HELPERS)]) {
    const helper = env.helpers[name];
    if (helper) env.registerHelper(name, guardHelper(name, helper as never) as Handlebars.HelperDelegate);
  }
  const diagnostics: Diagnostic[] = [];
  const known = new Set(set.partials.keys());

  const partialNames = [...known].sort();
  // Every template's source (documents without their front matter), its key, and the set's cached code when there is one.
  const bodies = new Map<TemplateFile, ReturnType<typeof splitFrontMatter>>();
  for (const t of set.documents.values()) bodies.set(t, splitFrontMatter(t));
  const sources = [...set.partials.values()].map((t) => t.source);
  for (const split of bodies.values()) if (split.ok) sources.push(split.body);
  const keys = sources.map((source) => specKey(source, partialNames));
  const fromSet = cachedSetSpecs(keys);
  const compiledSpecs = new Map<string, string>();

  const compileOne = (t: TemplateFile, source: string): HandlebarsTemplateDelegate | undefined => {
    try {
      const key = specKey(source, partialNames);
      const ready = fromSet?.get(key);
      if (ready !== undefined) return env.template(ready as Parameters<typeof env.template>[0]);
      // Precompiled once (errors surface now, with positions) and cached on disk by content.
      const spec = cachedSpec(key, () => {
        const ast = env.parse(source);
        const problems = checkTemplate(ast, known, t.path);
        if (problems.length > 0) {
          diagnostics.push(...problems);
          return undefined;
        }
        return env.precompile(ast as unknown as string, COMPILE_OPTIONS) as unknown as string;
      });
      if (spec === undefined) return undefined;
      compiledSpecs.set(key, spec);
      return env.template(new Function(`return ${spec}`)() as Parameters<typeof env.template>[0]);
    } catch (e) {
      diagnostics.push(toDiagnostic(e, t.path));
      return undefined;
    }
  };

  for (const p of set.partials.values()) {
    const fn = compileOne(p, p.source);
    if (!fn) continue;
    env.registerPartial(p.name, ((context: unknown, options: unknown) => {
      try {
        return countOutput(fn(context, options as Handlebars.RuntimeOptions));
      } catch (e) {
        const err = e as HbsError;
        if (err && typeof err === "object" && !err.planwrightFile) err.planwrightFile = p.path;
        throw e;
      }
    }) as unknown as Handlebars.Template);
  }

  const documents = new Map<string, CompiledDocument>();
  for (const t of set.documents.values()) {
    const split = bodies.get(t) as ReturnType<typeof splitFrontMatter>;
    if (!split.ok) {
      diagnostics.push(...split.diagnostics);
      continue;
    }
    const fn = compileOne(t, split.body);
    if (!fn) continue;
    documents.set(t.name, {
      template: t,
      frontMatter: split.frontMatter,
      render(view) {
        resetBudget();
        let out: string;
        try {
          out = fn(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
        } catch (e) {
          const err = e as HbsError;
          if (e instanceof OutputLimitError) {
            const d = toDiagnostic(e, err?.planwrightFile ?? t.path);
            throw new TemplateError({ ...d, ruleId: "template/too-large", ...spoken(d.said?.message ?? d.message, LIMIT_HINT) }, { cause: e });
          }
          throw new TemplateError(toDiagnostic(e, err?.planwrightFile ?? t.path), { cause: e });
        }
        if (out.length > LIMITS.maxTemplateOutput) {
          throw new TemplateError({
            severity: "error",
            ruleId: "template/too-large",
            file: t.path,
            ...spoken(say("the template produced %{n} characters; the limit is %{limit} per document", { n: out.length.toLocaleString("en-US"), limit: LIMITS.maxTemplateOutput.toLocaleString("en-US") }), LIMIT_HINT),
          });
        }
        return out;
      },
    });
  }
  if (diagnostics.length > 0) return { diagnostics };
  if (!fromSet && keys.every((k) => compiledSpecs.has(k))) writeCache(setEntry(keys), Buffer.from(`[${keys.map((k) => compiledSpecs.get(k)).join(",\n")}]`, "utf8"));
  return { compiled: { documents }, diagnostics };
}
