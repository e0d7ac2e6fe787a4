import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contextAt, targetAt } from "../page/src/assist/yaml-path.js";
import { SchemaWalker, type Schema } from "../page/src/assist/schema-walk.js";
import { VAGUE_TERMS } from "../src/model/schema/timing.js";
import { schemaIn } from "../src/serve/schema-words.js";

// The editor's completion and hover read the JSON Schema the command line validates with; these
// tests use the real schema and the real example data, so they follow the schema as it grows.
const schema = JSON.parse(readFileSync(new URL("../schema/planwright.schema.json", import.meta.url), "utf8")) as Schema;
const walker = new SchemaWalker(schema);
const university = readFileSync(new URL("../data/examples/university.yaml", import.meta.url), "utf8");

/** The context at the `|` in `text`. */
function at(text: string) {
  const pos = text.indexOf("|");
  return contextAt(text.slice(0, pos) + text.slice(pos + 1), pos);
}

describe("where the cursor is in half-typed YAML", () => {
  it("a key being typed in a nested block map", () => {
    const c = at("id: x\ndocument:\n  title: a\n  ver|\n");
    expect(c).toMatchObject({ kind: "key", path: ["document"], present: ["title"] });
    expect(walker.keys(c!.path, c!.present).map((k) => k.key)).toContain("version");
    expect(walker.keys(c!.path, c!.present).map((k) => k.key)).not.toContain("title");
  });

  it("an empty line inside a map offers that map's keys", () => {
    const c = at("id: x\ndocument:\n  title: a\n  |\nroles: []\n");
    expect(c).toMatchObject({ kind: "key", path: ["document"] });
  });

  it("a value after `key: ` offers the schema's values (an enum)", () => {
    const c = at("id: x\nlocale: |\n");
    expect(c).toMatchObject({ kind: "value", path: ["locale"] });
    expect(walker.values(c!.path).map((v) => v.value)).toEqual(expect.arrayContaining(["zh-CN", "en"]));
  });

  it("deadlines offer the schema's examples, inside list items and flow maps", () => {
    const block = at("levels:\n  - id: l1\n    respond_within: |\n");
    expect(block).toMatchObject({ kind: "value", path: ["levels", 0, "respond_within"] });
    expect(walker.values(block!.path).map((v) => v.value)).toEqual(expect.arrayContaining(["1h", "immediately"]));
    const flow = at("levels:\n  - { id: l1, respond_within: { within: | } }\n");
    expect(flow).toMatchObject({ kind: "value", path: ["levels", 0, "respond_within", "within"], flow: true });
  });

  it("keys of a list item, in block and flow style", () => {
    const block = at("people:\n  - id: a\n    na|\n");
    expect(block).toMatchObject({ kind: "key", path: ["people", 0], present: ["id"] });
    expect(walker.keys(block!.path, block!.present).map((k) => k.key)).toContain("name");
    const flow = at("people:\n  - { id: a, na| }\n");
    expect(flow).toMatchObject({ kind: "key", path: ["people", 0], flow: true });
    const bare = at("people:\n  - |\n");
    expect(bare).toMatchObject({ kind: "key", path: ["people", 0], bareItem: true });
  });

  it("in a real file, broken lines after the cursor do not matter", () => {
    const i = university.indexOf("\nroles:");
    const c = at(`${university.slice(0, i)}\n  |\n  : : bad\n${university.slice(i)}`);
    expect(c?.kind).toBe("key");
  });

  it("no context in comments", () => {
    expect(at("# a comment |\nid: x\n")).toBeUndefined();
  });

  it("references to ids are recognised by the ids' pattern, not by key names", () => {
    expect(walker.idPattern).toBeDefined();
    expect(walker.isIdReference(["levels", 0, "steps", 0, "actor"])).toBe(true);
    expect(walker.isIdReference(["levels", 0, "id"])).toBe(false);
    expect(walker.isIdReference(["document", "title"])).toBe(false);
  });
});

describe("every allowed value, and the ids a reference may name", () => {
  it("deadlines and frequencies offer every term", () => {
    const deadline = walker.values(["procedures", 0, "steps", 0, "deadline"]).map((v) => v.value);
    expect(deadline).toEqual(expect.arrayContaining([...VAGUE_TERMS, "half-day", "30min", "1h"]));
    const frequency = walker.values(["procedures", 0, "steps", 0, "frequency"]).map((v) => v.value);
    expect(frequency).toEqual(expect.arrayContaining(["continuous", "regularly", "per-incident", "daily", "twice-daily", "weekly", "monthly", "3/day"]));
  });

  it("`to:` names recipients — roles, groups, units, external bodies, people — never a procedure; `record:` a form", () => {
    const served = new SchemaWalker(JSON.parse(schemaIn("en").toString("utf8")) as Schema);
    const recipients = ["role", "group", "unit", "external", "person"];
    expect([...(served.referenceKinds(["procedures", 2, "steps", 1, "to"]) ?? [])].sort()).toEqual([...recipients].sort());
    expect([...(served.referenceKinds(["levels", 0, "steps", 1, "to", 0]) ?? [])].sort()).toEqual([...recipients].sort());
    expect(served.referenceKinds(["procedures", 2, "steps", 1, "record"])).toEqual(["form"]);
    expect(served.referenceKinds(["plan", "sections", 1, "items", 0, "items", 2, "procedure"])).toEqual(["procedure"]);
    expect(served.referenceKinds(["document", "title"])).toBeUndefined();
  });
});

describe("hover documentation", () => {
  it("a key's description comes from the schema", () => {
    const pos = university.indexOf("issuer:") + 2;
    const t = targetAt(university, pos);
    expect(t).toMatchObject({ path: ["document", "issuer"], onKey: true });
    expect(walker.explain(t!.path)?.description).toMatch(/发文机关署名/);
  });

  it("a value inside a list item", () => {
    const pos = university.indexOf("effective_date:") + "effective_date: ".length + 2;
    const t = targetAt(university, pos);
    expect(t).toMatchObject({ path: ["document", "effective_date"], onKey: false });
    expect(walker.explain(t!.path)?.types).toContain("string");
  });
});
