import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { treeTexts } from "./helpers/tree-text.js";

/**
 * The sentence corpus: every sentence the examples' documents print (plan,
 * checklists, contact sheets, forms), one per line, in a golden file per
 * organisation under test/golden/sentences/. A reviewer reads all of them at
 * once; a template or grammar change shows its effect on every sentence.
 * `UPDATE=1 npm test` rewrites them.
 */
const DIR = "test/golden/sentences";
const EXAMPLES = [
  ...readdirSync("data/examples").filter((f) => f.endsWith(".yaml")).map((f) => `data/examples/${f}`),
  "data/county/township-east.yaml",
  "data/county/township-west.yaml",
].sort();

/** Splits running text into sentences: after 。！？ (Chinese) or . ! ? followed by a space (English). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z(“‘"])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe("sentence corpus", () => {
  for (const file of EXAMPLES) {
    it(file, async () => {
      const b = await buildOrganisation(file, { formats: [], treesOnly: true });
      expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const lines: string[] = [];
      // Contact sheets hold names and numbers, not sentences.
      for (const tree of b.trees.filter((x) => x.meta.name !== "contacts")) {
        lines.push(`## ${tree.meta.name}`);
        const seen = new Set<string>();
        // Sentences, not labels: table headings, numbers and names are left out.
        for (const t of treeTexts(tree)) for (const s of sentences(t)) if (s.length >= 12 && !seen.has(s)) (seen.add(s), lines.push(s));
      }
      const text = `${lines.join("\n")}\n`;
      const golden = `${DIR}/${b.id}.txt`;
      if (process.env.UPDATE || !existsSync(golden)) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(golden, text);
      }
      expect(text).toBe(readFileSync(golden, "utf8"));
      // Sentences read right: no doubled verbs, no stray punctuation where optional parts met,
      // no nested brackets, English sentences capitalised.
      for (const s of lines) {
        expect(s, s).not.toMatch(/负责负责|。，|，，|；。|，。|、、|\(\s*\)|（）/u);
        expect(s, s).not.toMatch(/（[^（）]*（/u);
        expect(s, s).not.toMatch(/\([^()]*\(/u);
        expect(s, s).not.toMatch(/\bthe the\b/iu);
      }
      if (!b.model?.data.locale.startsWith("zh")) {
        const plan = b.trees.find((t) => t.meta.name === "plan");
        for (const t of plan ? treeTexts(plan, "paragraphs") : []) for (const s of sentences(t)) if (/^\p{Ll}/u.test(s) && s.length > 30) expect.fail(`lower-case sentence: ${s}`);
      }
    });
  }
});
