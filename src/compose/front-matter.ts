import { parse } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { TemplateFile } from "./template-set.js";
import { spoken } from "../diagnostics/diagnostic.js";
import { say } from "../diagnostics/say.js";

/** Static settings at the top of a document template, between `---` lines. */
export type FrontMatter = {
  /** Official-document layout (GB/T 9704 grid) for the body text. */
  readonly grid: boolean;
  /** Print the organisation, version and date at the top of every page. */
  readonly header: boolean;
  /** Deepest heading level listed in the table of contents. */
  readonly tocDepth: number;
  /** Document title for properties and headers; `{org}` is the organisation's name. */
  readonly title?: string;
  /**
   * How the document names entities with a short form: `running` (the plan: the full name first, 以下简称 at the
   * first mention) or `key` (a companion document: short forms throughout, explained in a key under its lead).
   */
  readonly names: "running" | "key";
};

const DEFAULTS: FrontMatter = { grid: false, header: true, tocDepth: 3, names: "running" };

/**
 * Splits the front matter off a template. The body keeps the same number of
 * lines (front matter lines become blank) so template positions stay true.
 */
export function splitFrontMatter(t: TemplateFile): { ok: true; frontMatter: FrontMatter; body: string } | { ok: false; diagnostics: Diagnostic[] } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(t.source);
  if (!m) return { ok: true, frontMatter: DEFAULTS, body: t.source };
  const lines = m[0].split("\n").length - 1;
  let raw: unknown;
  try {
    raw = parse(m[1] ?? "");
  } catch (e) {
    return { ok: false, diagnostics: [{ severity: "error", ruleId: "template/front-matter", file: t.path, position: { line: 2, column: 1 }, ...spoken(say("front matter is not valid YAML: %{problem}", { problem: (e as Error).message.split("\n")[0] ?? "" })) }] };
  }
  const o = (raw ?? {}) as Record<string, unknown>;
  const known = new Set(["grid", "header", "toc_depth", "title", "names"]);
  const unknown = Object.keys(o).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    return { ok: false, diagnostics: [{ severity: "error", ruleId: "template/front-matter", file: t.path, position: { line: 2, column: 1 }, ...spoken(say("unknown front-matter key(s): %{keys} (allowed: grid, header, toc_depth, title, names)", { keys: unknown.join(", ") })) }] };
  }
  return {
    ok: true,
    frontMatter: {
      grid: o.grid === true,
      header: o.header !== false,
      tocDepth: typeof o.toc_depth === "number" ? o.toc_depth : DEFAULTS.tocDepth,
      names: o.names === "key" ? "key" : "running",
      ...(typeof o.title === "string" ? { title: o.title } : {}),
    },
    body: "\n".repeat(lines) + t.source.slice(m[0].length),
  };
}
