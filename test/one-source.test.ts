import { mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { localeText } from "../src/locale/index.js";
import { parseDuration } from "../src/model/schema/timing.js";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { treeTexts } from "./helpers/tree-text.js";
import { tempDir } from "./helpers/temp.js";

/**
 * One source per rule: change any deadline of any example and every document
 * that stated it states the new value — none still states the old one.
 * Each concrete deadline value of an example is replaced, everywhere it is
 * written as a rule, by a value no example uses (97 minutes); the documents
 * are composed again and read.
 */
const dir = tempDir("planwright-one-source-");

const EXAMPLES = readdirSync("data/examples").filter((f) => f.endsWith(".yaml")).map((f) => `data/examples/${f}`);
const RULE = /((?:deadline|respond_within|within):\s*)([0-9][0-9.]*\s*(?:min|m|h|d|w)|half-day)(?=\s*[,}\n])/g;
const SENTINEL = "97min";

async function documents(file: string): Promise<Map<string, string>> {
  const b = await buildOrganisation(file, { formats: [], treesOnly: true });
  expect(b.diagnostics.filter((d) => d.severity === "error"), file).toEqual([]);
  // History may state old values: the revision record is left out.
  const history = (b.model?.data.document.revisions ?? []).map((r) => r.summary.replace(/\s+/g, ""));
  // The contact sheet's own headings (24小时值班, 24 h) are template words, not rules.
  const headings = new Set(["24小时值班", "24小时", "24h", "24-hourdutyrota"]);
  return new Map(
    b.trees.map((t) => [
      t.meta.name,
      treeTexts(t)
        .map((x) => x.replace(/\s+/g, ""))
        .filter((x) => !headings.has(x) && !history.some((h) => h.includes(x) || x.includes(h)))
        .join("\n"),
    ]),
  );
}

/** The ways documents print a duration: 1小时 / 1 hour / 1 h, not as part of a longer number. */
function renderings(locale: string, minutes: number, named?: "half-day"): RegExp {
  const t = localeText(locale);
  const full = t.duration(minutes, named).replace(/\s+/g, "");
  const short = t.deadlineShort({ kind: "within", duration: { minutes, ...(named ? { named } : {}) } }).replace(/\s+/g, "").replace(/内$/u, "");
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![0-9.])(?:${esc(full)}|${esc(short)})(?![0-9a-z])`, "u");
}

describe("a deadline changed in the data changes every document that states it", () => {
  for (const file of EXAMPLES) {
    const src = readFileSync(file, "utf8");
    const values = [...new Set([...src.matchAll(RULE)].map((m) => (m[2] as string).trim()))];
    for (const value of values) {
      it(`${basename(file)}: ${value}`, async () => {
        const d = parseDuration(value);
        expect(d).toBeDefined();
        const folder = mkdtempSync(join(dir, "ex-"));
        for (const f of readdirSync("data/examples")) cpSync(join("data/examples", f), join(folder, f), { recursive: true });
        const target = join(folder, basename(file));
        const changed = src.replace(RULE, (whole, key: string, v: string) => (parseDuration(v.trim())?.minutes === d?.minutes ? `${key}${SENTINEL}` : whole));
        writeFileSync(target, changed);
        const before = await documents(file);
        const after = await documents(target);
        const locale = /^locale:\s*(\S+)/m.exec(src)?.[1] ?? "zh-CN";
        const old = renderings(locale, d!.minutes, d!.named);
        const now = renderings(locale, 97);
        for (const [name, text] of before) {
          if (!old.test(text)) continue;
          const newer = after.get(name) ?? "";
          expect(newer, `${name} still states ${value}`).not.toMatch(old);
          expect(newer, `${name} does not state the new value`).toMatch(now);
        }
      });
    }
  }
});
