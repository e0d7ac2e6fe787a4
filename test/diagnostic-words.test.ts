import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { placeOf, placeWords } from "../src/diagnostics/place.js";
import { sayIn, type Arg, type Said } from "../src/diagnostics/say.js";
import { ZH } from "../src/diagnostics/words-zh.js";
import { loadModel } from "../src/model/load-model.js";
import { SCHEMA_ZH } from "../src/serve/schema-zh.js";

// Diagnostics are said as data (say.ts) so that the page can show them in Chinese: every template
// in the sources has its Chinese, nothing in the catalogue is left over, and every problem the
// invalid-input corpus produces comes out in Chinese, whole.

const SOURCES = fg.sync("src/**/*.ts").map((f) => [f, readFileSync(f, "utf8")] as const);
/** The first argument of every `say("…")` (a plain string literal, as the catalogue needs). */
const TEMPLATES = new Set(SOURCES.flatMap(([, text]) => [...text.matchAll(/\bsay\(\s*("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1] as string) as string)));

describe("the Chinese of diagnostics", () => {
  it("every template said in the sources is in the catalogue", () => {
    expect(TEMPLATES.size).toBeGreaterThan(150);
    expect([...TEMPLATES].filter((t) => t !== "" && ZH[t] === undefined)).toEqual([]);
  });

  it("nothing in the catalogue is left over (each key is said, or is a finished message some source writes)", () => {
    const literals = SOURCES.map(([, text]) => text).join("\n");
    const unused = Object.keys(ZH).filter((k) => !TEMPLATES.has(k) && !literals.includes(JSON.stringify(k).slice(1, -1)) && !literals.includes(k.split("%{")[0] as string));
    expect(unused).toEqual([]);
  });

  it("templates keep their values: the Chinese has the same %{names} as the English", () => {
    const names = (s: string) => [...new Set([...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();
    for (const [en, zh] of Object.entries(ZH)) expect(names(zh), en).toEqual(names(en));
  });

  it("every problem of the invalid-input corpus is said, and says it all in Chinese", () => {
    const dir = "test/invalid";
    let seen = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
      for (const d of loadModel(join(dir, name)).diagnostics as Diagnostic[]) {
        seen++;
        expect(d.said, `${name}: ${d.message}`).toBeDefined();
        for (const s of saids(d.said?.message).concat(saids(d.said?.hint))) {
          const known = s.say === "" || ZH[s.say] !== undefined || (s.args === undefined && sayIn(s, "zh") !== s.say);
          expect(known, `${name}: “${s.say}” has no Chinese`).toBe(true);
        }
        expect(sayIn(d.said?.message as Said, "en"), name).toBe(d.message);
      }
    }
    expect(seen).toBeGreaterThan(60);
  });

  it("every description of the JSON Schema has its Chinese (the page's completion and hover help)", () => {
    const found = new Set<string>();
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === "object") {
        const d = (o as { description?: unknown }).description;
        if (typeof d === "string") found.add(d);
        Object.values(o).forEach(walk);
      }
    };
    walk(JSON.parse(readFileSync("schema/planwright.schema.json", "utf8")));
    expect([...found].filter((d) => SCHEMA_ZH[d] === undefined)).toEqual([]);
    expect(Object.keys(SCHEMA_ZH).filter((d) => !found.has(d))).toEqual([]);
  });

  it("says places as the document names them, counted from 1", () => {
    const data = { procedures: [{ id: "a", name: "Triage" }, { id: "rapid", name: "快速报告", steps: [{ action: "x" }, { action: "y", deadline: "soon" }] }] };
    const p = placeOf(["procedures", 1, "steps", 1, "deadline"], data);
    expect(placeWords(p, "en")).toBe("procedure ‘快速报告’, step 2, deadline");
    expect(placeWords(p, "zh")).toBe("处置程序「快速报告」第2步的时限");
    expect(placeWords(placeOf(["document", "review", "cycle"], {}), "zh")).toBe("`document.review.cycle`");
  });
});

function saids(s: Said | undefined): Said[] {
  if (!s) return [];
  const inner = (a: Arg): Said[] => (typeof a === "object" && "say" in a ? saids(a) : typeof a === "object" && "list" in a ? a.list.flatMap(inner) : []);
  return [s, ...Object.values(s.args ?? {}).flatMap(inner)];
}
