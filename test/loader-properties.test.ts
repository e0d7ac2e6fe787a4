import { readFileSync } from "node:fs";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { loadModelFromText } from "../src/model/load-model.js";

/**
 * Property: whatever text the loader is given, it never throws; it returns
 * either a model or at least one diagnostic, and every diagnostic names the file.
 */
function check(text: string): void {
  const r = loadModelFromText(text, "fuzz.yaml");
  if (r.model) expect(r.diagnostics.every((d) => d.severity !== "error")).toBe(true);
  else expect(r.diagnostics.length).toBeGreaterThan(0);
  for (const d of r.diagnostics) expect(d.file).toBe("fuzz.yaml");
}

const valid = readFileSync("data/examples/university.yaml", "utf8");
const lines = valid.split("\n");

type Mutation = { kind: "delete" | "insert" | "duplicate" | "swap" | "indent"; at: number; len: number; text: string };

function mutate(src: string, m: Mutation): string {
  const ls = src.split("\n");
  const i = m.at % ls.length;
  const j = (m.at + m.len) % ls.length;
  switch (m.kind) {
    case "delete": {
      const pos = m.at % Math.max(1, src.length);
      return src.slice(0, pos) + src.slice(pos + (m.len % 40));
    }
    case "insert": {
      const pos = m.at % Math.max(1, src.length);
      return src.slice(0, pos) + m.text + src.slice(pos);
    }
    case "duplicate":
      ls.splice(i, 0, ls[i] ?? "");
      return ls.join("\n");
    case "swap": {
      const a = ls[i] ?? "";
      ls[i] = ls[j] ?? "";
      ls[j] = a;
      return ls.join("\n");
    }
    case "indent":
      ls[i] = " ".repeat(m.len % 7) + (ls[i] ?? "").trimStart();
      return ls.join("\n");
  }
}

const mutation = fc.record({
  kind: fc.constantFrom("delete", "insert", "duplicate", "swap", "indent"),
  at: fc.nat(200_000),
  len: fc.nat(60),
  text: fc.oneof(fc.string(), fc.constantFrom(": ", "- ", "[", "]", "{", "*a", "&a", "!!int ", "\t", "\u0000", "__proto__: 1\n", "'", '"', "|\n", "  ")),
});

describe("loader and validator under random input", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => check(s)), { numRuns: 300 });
  });

  it("never throws on arbitrary YAML values", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withNullPrototype: false }), (v) => {
        let text: string | undefined;
        try {
          text = stringify(v);
        } catch {
          return;
        }
        if (typeof text === "string") check(text);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutations of a valid file", () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => check(ms.reduce(mutate, valid))), { numRuns: 250 });
    expect(lines.length).toBeGreaterThan(100);
  });

  it("never throws on random plan-shaped objects", () => {
    const plan = fc.record(
      {
        id: fc.oneof(fc.constantFrom("demo", "Bad Id", ""), fc.string()),
        locale: fc.constantFrom("zh-CN", "en", "fr", 3),
        document: fc.record({ title: fc.string(), version: fc.oneof(fc.string(), fc.double()), effective_date: fc.constantFrom("2026-03-01", "2026-02-30", "x") }, { requiredKeys: [] }),
        organisation: fc.record({ name: fc.string() }, { requiredKeys: [] }),
        roles: fc.array(fc.record({ id: fc.constantFrom("a", "b", "c"), name: fc.string(), holders: fc.array(fc.constantFrom("p", "q")) }, { requiredKeys: ["id"] })),
        people: fc.array(fc.record({ id: fc.constantFrom("p", "q", "a"), name: fc.string(), phones: fc.record({ mobile: fc.oneof(fc.string(), fc.nat()) }) }, { requiredKeys: ["id"] })),
        procedures: fc.array(
          fc.record({ id: fc.constantFrom("r", "s"), name: fc.string(), steps: fc.array(fc.record({ actor: fc.constantFrom("a", "zz"), action: fc.string(), deadline: fc.constantFrom("1h", "soon", "half-day") }, { requiredKeys: [] })) }, { requiredKeys: ["id"] }),
        ),
        plan: fc.record({ sections: fc.array(fc.record({ title: fc.string(), procedure: fc.constantFrom("r", "s", "t") }, { requiredKeys: [] })) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(plan, (v) => check(stringify(v))), { numRuns: 300 });
  });
});
