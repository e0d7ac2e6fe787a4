import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Model } from "../model/model.js";
import type { DocumentTree, Figure, Section } from "../tree/types.js";
import { plainText } from "../tree/text.js";
import type { CompiledDocument } from "./handlebars-env.js";
import { localeText } from "../locale/index.js";
import { markdownToTree, MarkupError } from "./markdown-to-tree.js";
import { nameMentions, type Naming } from "./sentences/naming.js";
import { nameWithKey } from "./sentences/name-key.js";
import { spoken } from "../diagnostics/diagnostic.js";
import { say } from "../diagnostics/say.js";
import { keepNames, personalNames } from "./keep-names.js";
import { dropInvisible } from "../text/invisible.js";

/**
 * Stage 2: view → template → Markdown → document tree, for one document.
 * Throws TemplateError (from rendering) or returns diagnostics for markup the
 * tree cannot express.
 */
export function composeDocument(
  model: Model,
  view: Record<string, unknown>,
  doc: CompiledDocument,
  figures: ReadonlyMap<string, Figure> = new Map(),
): { tree?: DocumentTree; diagnostics: Diagnostic[] } {
  const t = localeText(model.data.locale);
  const naming = (view.naming ?? { entities: [], others: [] }) as Naming;
  // Zero-width and bidirectional marks never print (text/invisible.ts; validate says where they are).
  const written = dropInvisible(doc.render(view));
  const markdown = doc.frontMatter.names === "key" ? nameWithKey(written, naming, t) : nameMentions(written, naming, t);
  let sections;
  try {
    sections = keepNames(markdownToTree(markdown, figures), personalNames(model));
  } catch (e) {
    if (e instanceof MarkupError) {
      // Point at the template line that wrote the offending Markdown line, when it is unique.
      const out = e.line !== undefined ? (markdown.split("\n")[e.line] ?? "").trim() : "";
      const lines = doc.template.source.split("\n");
      const hits = out ? lines.flatMap((l, i) => (l.trim() === out ? [i] : [])) : [];
      return {
        diagnostics: [
          {
            severity: "error",
            ruleId: "template/markup",
            file: doc.template.path,
            ...(hits.length === 1 ? { position: { line: (hits[0] as number) + 1, column: 1 } } : {}),
            ...spoken(
              say("the template produced Markdown planwright cannot lay out: %{problem}%{at}", { problem: e.message, at: out && hits.length !== 1 ? say(" (at “%{text}”)", { text: out }) : "" }),
              say("Check the ::: containers and tables in this template (see templates/README.md)."),
            ),
          },
        ],
      };
    }
    throw e;
  }
  const d = model.data;
  const firstTitle = sections.flatMap((s) => s.children).find((b) => b.type === "heading" && b.level === 1);
  const title = doc.frontMatter.title
    ? doc.frontMatter.title.replaceAll("{org}", d.organisation.name).replaceAll("{subject}", t.subject(d.kind ?? "")).replaceAll("{title}", d.document.title)
    : firstTitle && firstTitle.type === "heading"
      ? plainText(firstTitle.children)
      : d.document.title;
  return { tree: documentTree(model, sections, { name: doc.template.name, title, grid: doc.frontMatter.grid, header: doc.frontMatter.header }), diagnostics: [] };
}

/** A document tree of one organisation: its sections and the metadata every renderer needs. */
export function documentTree(model: Model, sections: Section[], o: { name: string; title: string; grid: boolean; header?: boolean }): DocumentTree {
  const d = model.data;
  const t = localeText(d.locale);
  const effective = t.date(d.document.effective_date);
  return {
    type: "document",
    meta: {
      name: o.name,
      locale: t.id,
      title: o.title,
      organisation: d.organisation.name,
      version: d.document.version,
      effectiveDate: effective,
      grid: o.grid,
      ...(o.header ? { header: t.runningHeader(d.organisation.name, d.document.version, effective) } : {}),
      author: d.document.issuer ?? d.organisation.name,
    },
    sections,
  };
}
