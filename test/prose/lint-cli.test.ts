import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/** `validate` and `build` report the prose lint's findings as warnings: rule, document, sentence, and the data line that wrote it. */
describe("the prose lint on the command line", () => {
  const dir = tempDir("planwright-prose-");
  const file = join(dir, "org.yaml");
  const text = readFileSync("templates/starters/public-opinion.zh-CN.yaml", "utf8").replace(
    "      text: 根据{basis}，为及时、妥善应对涉及本单位的网络舆情，维护本单位声誉和正常工作秩序，制定本方案。",
    "      text: 根据{basis}，为及时、妥善应对涉及本单位的网络舆情，制定本方案。网络评论员适时适时开展正面引导。",
  );
  writeFileSync(file, text);
  const line = text.split("\n").findIndex((l) => l.includes("适时适时")) + 1;

  it("validate names the rule, the document, the sentence and where the data wrote it, and exits 0", async () => {
    const r = await command(["validate", file]);
    expect(r.code).toBe(0);
    const finding = r.stderr.split("\n").find((l) => l.includes("[prose/doubled-word]"));
    expect(finding).toBeDefined();
    expect(finding).toContain(`${file}:${line}:`);
    expect(finding).toContain("warning");
    expect(finding).toContain("plan: “网络评论员适时适时开展正面引导。”");
  });

  it("build reports it too, and still writes the documents", async () => {
    const r = await command(["build", file, "--out", join(dir, "out"), "--format", "pdf", "--only", "plan"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning .*适时适时.*\[prose\/doubled-word\]/u);
  });
});
