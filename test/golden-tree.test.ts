import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";

/**
 * Golden document trees: the tree is the contract between composing and
 * rendering, so a change to it is reviewed as a JSON diff. Missing goldens are
 * written on first run; `UPDATE=1 npm test` rewrites them.
 */
const CASES = [
  { file: "data/examples/university.yaml", docs: ["plan", "checklists"] },
  { file: "test/fixtures/edge-cases.yaml", docs: ["plan", "checklists", "contacts"] },
];

describe("golden document trees", () => {
  for (const c of CASES) {
    it(`${c.file}`, async () => {
      const b = await buildOrganisation(c.file, { formats: [], treesOnly: true });
      expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      for (const name of c.docs) {
        const tree = b.trees.find((t) => t.meta.name === name);
        expect(tree, name).toBeDefined();
        const path = `test/golden/${b.id}.${name}.json`;
        const actual = `${JSON.stringify(tree, null, 1)}\n`;
        if (process.env.UPDATE || !existsSync(path)) {
          mkdirSync("test/golden", { recursive: true });
          writeFileSync(path, actual);
        }
        expect(actual).toBe(readFileSync(path, "utf8"));
      }
    });
  }
});
