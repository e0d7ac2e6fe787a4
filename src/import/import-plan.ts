import { importWords } from "../locale/import-words.js";
import type { Outline, Paragraph } from "./outline.js";
import { sectionOf, type AssembleContext } from "./draft/assemble.js";
import { buildDraft, type Draft } from "./draft/build-draft.js";
import { Registry } from "./draft/registry.js";
import { readAttachments } from "./recognise/attachments.js";
import { readDocumentMeta } from "./recognise/document-meta.js";
import { completeForms } from "./recognise/forms.js";
import { splitParts } from "./structure/parts.js";
import { sectionTree } from "./structure/section-tree.js";

export type ImportOptions = {
  /** Locale of the draft (default: guessed from the text). */
  readonly locale?: string;
  /** Stands in for a date the plan does not state (YYYY-MM-DD); default today. */
  readonly today?: string;
};

/**
 * The import stage: an outline (from any reader) → its parts (front matter,
 * body, back matter, attachments) → the section tree → recognisers that turn
 * what they understand into data (people, groups, levels, forms, steps) and
 * leave the rest as text → the draft, with notes on what to check.
 */
export function importOutline(outline: Outline, options: ImportOptions = {}): Draft {
  const locale = options.locale ?? outline.language;
  const words = importWords(locale);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const parts = splitParts(outline.blocks, words);
  const paragraphs = outline.blocks.filter((b): b is Paragraph => b.kind === "paragraph");
  const meta = readDocumentMeta(parts, paragraphs, words, today);
  const reg = new Registry(words);
  const ctx: AssembleContext = { words, reg, locale, scales: [], textKept: 0, textTurned: 0 };
  const root = sectionOf(sectionTree(parts.body), ctx);
  readAttachments(parts.attachments, parts.listed, ctx);
  completeForms(reg);
  for (const c of meta.checks) reg.check(c.path, c.note);
  return buildDraft({ locale, meta, root, reg, ctx, outline });
}
