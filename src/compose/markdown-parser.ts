import MarkdownIt, { type MarkdownIt as MarkdownItType } from "markdown-it";
import container from "markdown-it-container";

/** Block containers templates may use: `::: name attrs` … `:::`. */
export const CONTAINERS = ["p", "toc", "signature", "imprint", "fields", "table", "landscape", "portrait", "center", "figure"] as const;

type Parser = MarkdownItType;
let instance: Parser | undefined;

/** One shared parser: CommonMark + GFM tables, no HTML, no linkify, no typographer. */
export function markdownParser(): Parser {
  if (instance) return instance;
  const md = new MarkdownIt("default", { html: false, linkify: false, typographer: false, breaks: false });
  md.disable(["code", "fence", "html_block", "html_inline", "image", "autolink", "reference", "lheading"]);
  // Keep backslash escapes as their own tokens, so "[ ]" written by a template (a box)
  // can be told from "\[ \]" that came from escaped user text (literal brackets).
  md.disable(["text_join"]);
  for (const name of CONTAINERS) {
    md.use(container, name, { validate: (params: string) => params.trim().split(/\s+/)[0] === name });
  }
  instance = md;
  return md;
}

/** Parses `key=value key="a b" flag` attributes after a container name. */
export function parseAttrs(info: string): Record<string, string> {
  const out: Record<string, string> = {};
  const rest = info.trim().split(/\s+/).slice(1).join(" ");
  for (const m of rest.matchAll(/([a-z][a-z-]*)(?:=(?:"([^"]*)"|(\S+)))?/g)) {
    out[m[1] as string] = m[2] ?? m[3] ?? "true";
  }
  return out;
}

/** The word after the container name: `::: p mark` → "mark". */
export function containerArg(info: string): string {
  return info.trim().split(/\s+/)[1] ?? "";
}
