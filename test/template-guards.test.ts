import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { pdfText, readPdf } from "./helpers/pdf.js";
import { squash } from "./helpers/build.js";
import { tempDir } from "./helpers/temp.js";

/** Templates that are right are not refused by the checks (test/invalid-templates holds the wrong ones). */
function caseWith(template: string): string {
  const dir = tempDir("planwright-tpl-");
  cpSync("test/invalid-templates/missing-partial/data.yaml", join(dir, "data.yaml"));
  mkdirSync(join(dir, "tpl", "zh-CN"), { recursive: true });
  writeFileSync(join(dir, "tpl", "zh-CN", "plan.md.hbs"), template);
  return join(dir, "data.yaml");
}

describe("template checks accept what is right", () => {
  it("a partial defined in the template with {{#*inline}} is used, not reported missing", async () => {
    const file = caseWith('{{#*inline "owner"}}负责人：{{org.name}}{{/inline}}\n# {{document.title}}\n\n{{> owner}}\n');
    const b = await buildOrganisation(file, { formats: ["pdf"], only: ["plan"] });
    expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const pdf = b.outputs.find((o) => o.path.endsWith("plan.pdf"));
    expect(squash(pdfText(await readPdf(pdf?.bytes as Uint8Array)))).toContain("负责人：测试单位");
  });

  it("helpers with their arguments, and loops of ordinary size, pass", async () => {
    const file = caseWith("# {{document.title}}\n\n{{#each procedures}}{{#if (eq id \"report\")}}{{name}}{{/if}}{{/each}}\n\n{{#times 300}}x{{/times}}\n");
    const b = await buildOrganisation(file, { formats: [], only: ["plan"], treesOnly: true });
    expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(JSON.stringify(b.trees[0])).toContain("x".repeat(300));
  });
});
