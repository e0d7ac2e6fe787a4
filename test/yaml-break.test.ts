import { describe, expect, it } from "vitest";
import { sayIn } from "../src/diagnostics/say.js";
import { parseYaml } from "../src/load/parse-yaml.js";

// A YAML syntax error is reported where the mistake is — not where the parser gave up, often
// lines further on — with a hint in plain words, in English and in Chinese.

function first(text: string) {
  const r = parseYaml({ file: "x.yaml", text });
  if (r.ok) throw new Error("parsed");
  const d = r.diagnostics[0];
  if (!d) throw new Error("no diagnostic");
  return { at: [d.position?.line, d.position?.column], message: d.message, hint: d.hint ?? "", zh: d.said ? sayIn(d.said.message, "zh") : "" };
}

describe("YAML syntax errors at the real break", () => {
  it("an unclosed quotation mark: at the quote that opened it, not at the end of the file", () => {
    const d = first('id: a\ntitle: "上海电力学院\nname: x\nother: y\nmore: z\n');
    expect(d.at).toEqual([2, 8]);
    expect(d.message).toBe('this quotation mark " is never closed');
    expect(d.zh).toBe('这个引号 " 没有配对的结束引号');
  });

  it("an unclosed bracket: at the bracket", () => {
    const d = first("id: a\nmembers: [lead, office\nname: x\nother: y\n");
    expect(d.at).toEqual([2, 10]);
    expect(d.message).toBe("this [ is never closed with ]");
  });

  it("a full-width colon after a key", () => {
    const d = first("document:\n  title：方案\n  version: 1\n");
    expect(d.at).toEqual([2, 8]);
    expect(d.message).toBe("`title` is followed by a full-width colon ：");
    expect(d.hint).toContain("`title: value`");
  });

  it("a line indented further than a key that already has a value", () => {
    const d = first("document:\n  title: 方案\n    version: 1\n  issuer: x\n");
    expect(d.at).toEqual([3, 5]);
    expect(d.message).toBe("this line is indented further than `title` above, which already has a value");
  });

  it("a dash without its space", () => {
    const d = first("steps:\n  -actor: a\n  - actor: b\n");
    expect(d.at).toEqual([2, 3]);
    expect(d.message).toBe("a list item needs a space after its dash");
  });

  it("a second colon and space inside a value", () => {
    const d = first("id: a\ntitle: 注意: 这里\n");
    expect(d.at).toEqual([2, 10]);
    expect(d.hint).toContain('"a: b"');
  });

  it("items not lined up, and tabs: where the parser says, in plain words", () => {
    expect(first("steps:\n  - a: 1\n   - a: 3\n")).toMatchObject({ at: [3, 4], message: "this line is not lined up with the items before it" });
    expect(first("document:\n\ttitle: a\n")).toMatchObject({ at: [2, 1], message: "tabs cannot be used for indentation in YAML" });
  });
});
