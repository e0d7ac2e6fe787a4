import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { localeText } from "../locale/index.js";
import type { Model } from "../model/model.js";
import type { DocumentTree } from "../tree/types.js";
import { factsOf, type Facts } from "./facts.js";
import { dataStrings, locateText } from "./locate.js";
import { passagesOf } from "./passages.js";
import type { Finding, ProseRule } from "./rule.js";
import { excerpt } from "./sentences.js";
import { PROSE_RULES } from "./rules/index.js";

export { PROSE_RULES } from "./rules/index.js";
export { factsOf, makeFacts, type Facts } from "./facts.js";

/** A finding with the document and rule it belongs to, before it becomes a diagnostic. */
export type ProseFinding = Finding & { readonly ruleId: string; readonly doc: string; readonly excerpt: string };

/**
 * The prose lint: reads the composed document trees (what both formats print)
 * and reports what a practised reader would mark — doubled words, short names
 * used wrongly, numbering that skips a level, punctuation against GB/T 15834 …
 * Rules are in `rules/`, one class each; what differs by language is in the
 * locale's `prose` table.
 */
export function lintTrees(trees: readonly DocumentTree[], facts: Facts, locale: string, rules: readonly ProseRule[] = PROSE_RULES): ProseFinding[] {
  const t = localeText(locale);
  const docs = trees.map(passagesOf);
  const out: ProseFinding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    rule.check({
      docs,
      facts,
      words: t.prose,
      t,
      report(f) {
        const ex = excerpt(f.passage.text, f.start, f.end, t.prose);
        const key = `${rule.id}\0${f.passage.doc}\0${f.message}\0${ex}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ ...f, ruleId: rule.id, doc: f.passage.doc, excerpt: ex });
      },
    });
  }
  return out;
}

/** The prose lint of one organisation's documents, as warnings pointing at the data that produced each sentence where it can be told. */
export function lintProse(model: Model, trees: readonly DocumentTree[], rules: readonly ProseRule[] = PROSE_RULES): Diagnostic[] {
  const findings = lintTrees(trees, factsOf(model), model.data.locale, rules);
  if (findings.length === 0) return [];
  const strings = dataStrings(model);
  return findings.map((f) => {
    const at = locateText(model, strings, f.passage.text, f.start, f.end);
    return {
      severity: "warning" as const,
      ruleId: f.ruleId,
      message: `${f.message} — ${f.doc}: “${f.excerpt}”`,
      file: at?.file ?? model.file,
      ...(at ? { position: at.position } : {}),
      ...(f.hint ? { hint: f.hint } : {}),
    };
  });
}
