import { localeText } from "../locale/index.js";
import { readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { confinedPath } from "../load/confinement.js";
import { readTextFile } from "../load/read-text.js";
import { ROOT } from "../paths.js";

export type TemplateFile = {
  readonly name: string;
  /** Path shown in messages (relative to the working directory when possible). */
  readonly path: string;
  readonly source: string;
  /** `built-in` or the custom folder it came from. */
  readonly origin: string;
  /** Absolute path. */
  readonly file?: string;
};

export type TemplateSet = {
  readonly locale: string;
  readonly documents: ReadonlyMap<string, TemplateFile>;
  readonly partials: ReadonlyMap<string, TemplateFile>;
  /** Every folder looked in, with its size:mtime (or `missing`) before it was listed: a template added or removed changes it. */
  readonly folders: ReadonlyArray<{ readonly path: string; readonly stamp: string }>;
};

/** The templates shipped with planwright: `<package>/templates/<locale>/`. */
export const BUILTIN_TEMPLATES = join(ROOT, "templates");

const DOC_SUFFIX = ".md.hbs";
const PARTIAL_SUFFIX = ".hbs";

function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("..") ? rel : p;
}

/** Whether a text is one line (a final line end aside): nothing but white space after its first line end. */
function oneLine(text: string): boolean {
  const body = text.replace(/\r?\n$/, "");
  const nl = body.indexOf("\n");
  return nl < 0 || body.slice(nl).trim() === "";
}

function readFolder(
  dir: string,
  origin: string,
  documents: Map<string, TemplateFile>,
  partials: Map<string, TemplateFile>,
  diagnostics: Diagnostic[],
  folders: Array<{ path: string; stamp: string }>,
): void {
  const list = (d: string): string[] => {
    // A folder the work may not read (`planwright serve`: outside its folder) is as if missing.
    if ("refused" in confinedPath(d, "folder")) {
      folders.push({ path: d, stamp: "missing" });
      return [];
    }
    try {
      const st = statSync(d);
      folders.push({ path: d, stamp: `${st.size}:${st.mtimeMs}` });
      return st.isDirectory() ? readdirSync(d).sort() : [];
    } catch {
      folders.push({ path: d, stamp: "missing" });
      return [];
    }
  };
  // A one-line partial is a phrase: its final newline is dropped so it can be
  // used inside a line (a table cell). Longer partials are blocks and are used
  // as is; they end with an empty line so the next block starts cleanly.
  const add = (file: string, target: Map<string, TemplateFile>, name: string, partial = false) => {
    const shown = displayPath(file);
    const read = readTextFile(file, shown, "template");
    if (!read.ok) {
      diagnostics.push(...read.diagnostics.map((d) => ({ ...d, file: shown })));
      return;
    }
    const text = read.source.text;
    const source = partial && oneLine(text) ? text.replace(/\r?\n$/, "") : text;
    target.set(name, { name, path: shown, source, origin, file });
  };
  const entries = list(dir);
  for (const entry of entries) {
    if (entry.endsWith(DOC_SUFFIX)) add(join(dir, entry), documents, entry.slice(0, -DOC_SUFFIX.length));
  }
  if (entries.includes("partials")) {
    const pdir = join(dir, "partials");
    for (const entry of list(pdir)) {
      if (entry.endsWith(PARTIAL_SUFFIX)) add(join(pdir, entry), partials, basename(entry, PARTIAL_SUFFIX), true);
    }
  }
}

/**
 * Collects the templates for a locale: the built-in ones, then each custom
 * folder in order (a base file's folder before the organisation's own), where
 * a template or partial of the same name replaces the earlier one.
 */
export function loadTemplateSet(locale: string, customDirs: readonly string[] = []): { set: TemplateSet; diagnostics: Diagnostic[] } {
  const documents = new Map<string, TemplateFile>();
  const partials = new Map<string, TemplateFile>();
  const diagnostics: Diagnostic[] = [];
  const folders: Array<{ path: string; stamp: string }> = [];
  // en-US and en-GB share the English templates; a custom folder may hold en/ and en-US/ (the more specific wins).
  const t = localeText(locale);
  readFolder(join(BUILTIN_TEMPLATES, t.templates), "built-in", documents, partials, diagnostics, folders);
  for (const dir of customDirs) {
    for (const name of new Set([t.templates, t.id, locale])) readFolder(join(dir, name), displayPath(dir), documents, partials, diagnostics, folders);
    readFolder(dir, displayPath(dir), documents, partials, diagnostics, folders);
  }
  return { set: { locale, documents, partials, folders }, diagnostics };
}
