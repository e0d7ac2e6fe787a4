import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from "yaml";
import { locator, positionTree, type DataPath, type PositionTree } from "./positions.js";
import { spoken, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { say, type Said } from "../diagnostics/say.js";
import { syntaxProblem } from "./yaml-break.js";
import { LIMITS } from "./limits.js";
import type { SourceText } from "./read-text.js";

export type { DataPath, PathKey } from "./positions.js";

/** A parsed data file: its plain value plus a way back from a value path to file:line:col. */
export type YamlSource = {
  readonly file: string;
  readonly value: unknown;
  /** SHA-256 of the bytes parsed, and the file's size:mtime seen before reading them. */
  readonly digest?: string;
  readonly stamp?: string;
  /** The text parsed (after decoding: NFC, line ends as \n). */
  readonly text?: string;
  /** Position of the value at `path` (or of the nearest ancestor that exists). */
  locate(path: DataPath): Position;
  /** Position of the key `key` inside the map at `path` (for unknown-key errors). */
  locateKey(path: DataPath, key: string): Position;
};

/** `positions`: where each value was written (what the disk cache keeps); `cached`: read back from it (parse-cache.ts). */
export type ParseResult = { ok: true; source: YamlSource; readonly positions: PositionTree | null; readonly cached?: true } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses YAML with the failsafe schema, so every scalar keeps its written text
 * (`0101`, `+86 …`, `no`, `12:30`, `1.10` stay strings); the schema layer types them.
 * Empty values, `~` and `null` written plainly mean "absent".
 */
export function parseYaml(src: SourceText): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(src.text, {
    lineCounter,
    schema: "failsafe",
    prettyErrors: false,
    // Duplicate keys are found by the converter below: the library's own check compares each
    // key with every earlier one (50,000 keys in one map took over a minute).
    uniqueKeys: false,
    strict: true,
  });
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  // After the first syntax error the parser's view of the file is unreliable, so
  // later syntax errors are usually echoes of it; duplicate keys are always real.
  const firstSyntax = doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
  for (const e of doc.errors) {
    if (e.code !== "DUPLICATE_KEY" && e !== firstSyntax) continue;
    // Placed at the break (the unclosed quote, the line indented too far), not where the parser gave up.
    const p = e.code === "DUPLICATE_KEY" ? { offset: e.pos[0], message: DUPLICATE, hint: DUPLICATE_HINT } : syntaxProblem(src.text, e);
    diagnostics.push({ severity: "error", ruleId: `yaml/${e.code.toLowerCase().replaceAll("_", "-")}`, file: src.file, position: pos(p.offset), ...spoken(p.message, p.hint) });
  }
  for (const w of doc.warnings) {
    if (w.code === "TAG_RESOLVE_FAILED") {
      diagnostics.push({
        severity: "error",
        ruleId: "yaml/tag",
        file: src.file,
        position: pos(w.pos[0]),
        ...spoken(say("YAML tags such as !!int or !custom are not supported"), say("Remove the tag; write the value plainly.")),
      });
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const converter = new Converter(doc, src.file, pos);
  const value = converter.convert(doc.contents as Node | null, 0);
  if (converter.diagnostics.length > 0 || converter.duplicates.length > 0) return { ok: false, diagnostics: [...converter.duplicates, ...converter.diagnostics.slice(0, 20)] };

  const positions = positionTree(doc, pos);
  return { ok: true, source: yamlSource(src, value, positions), positions };
}

/** A parsed file from its value and where each value was written (parse-cache.ts keeps both). */
export function yamlSource(src: SourceText, value: unknown, positions: PositionTree | null): YamlSource {
  return {
    file: src.file,
    value,
    text: src.text,
    ...(src.digest ? { digest: src.digest } : {}),
    ...(src.stamp ? { stamp: src.stamp } : {}),
    ...locator(positions),
  };
}

class Converter {
  readonly diagnostics: Diagnostic[] = [];
  /** Every key written twice in one map (all of them: each is a real mistake). */
  readonly duplicates: Diagnostic[] = [];
  private nodes = 0;
  private aliases = 0;
  constructor(
    private readonly doc: Document,
    private readonly file: string,
    private readonly pos: (o: number) => Position,
  ) {}

  private fail(node: Node | undefined, ruleId: string, message: Said, hint: Said): undefined {
    if (this.diagnostics.some((d) => d.ruleId === ruleId)) return undefined;
    this.diagnostics.push({
      severity: "error",
      ruleId,
      file: this.file,
      position: node?.range ? this.pos(node.range[0]) : { line: 1, column: 1 },
      ...spoken(message, hint),
    });
    return undefined;
  }

  convert(node: Node | null | undefined, depth: number): unknown {
    if (node == null) return undefined;
    if (this.diagnostics.length > 0) return undefined;
    if (++this.nodes > LIMITS.maxNodes) {
      return this.fail(node, "input/too-many-nodes", say("more than %{n} values in one file", { n: LIMITS.maxNodes }), say("Split the file or remove repeated aliases."));
    }
    if (depth > LIMITS.maxDepth) {
      return this.fail(node, "input/too-deep", say("data is nested more than %{n} levels deep", { n: LIMITS.maxDepth }), say("Flatten the structure."));
    }
    if (isAlias(node)) {
      if (++this.aliases > LIMITS.maxAliases) {
        return this.fail(node, "input/alias-bomb", say("more than %{n} alias (*name) uses: refused as a resource-exhaustion risk", { n: LIMITS.maxAliases }), say("Write the values out, or use `extends:` for shared data."));
      }
      const target = node.resolve(this.doc);
      return this.convert(target as Node | undefined, depth + 1);
    }
    if (isScalar(node)) return this.scalar(node);
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode)) {
          return this.fail(keyNode ?? node, "yaml/complex-key", say("map keys must be plain words"), say("Use a simple key such as `name:`."));
        }
        if ((keyNode as Scalar).source === "<<" || String(keyNode.value) === "<<") {
          return this.fail(keyNode, "yaml/merge-key", say("the YAML merge key `<<` is not supported"), say("Use `extends:` to share data between files."));
        }
        const key = String(keyNode.value);
        if (Object.hasOwn(out, key)) {
          this.duplicates.push({
            severity: "error",
            ruleId: "yaml/duplicate-key",
            file: this.file,
            position: keyNode.range ? this.pos(keyNode.range[0]) : { line: 1, column: 1 },
            ...spoken(DUPLICATE, DUPLICATE_HINT),
          });
          continue;
        }
        // An empty value is kept as `undefined` (absent for the schema), so that an
        // unknown key is still reported even when nothing follows its colon.
        out[key] = this.convert(pair.value as Node | null, depth + 1);
      }
      return out;
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      for (const item of node.items) {
        const v = this.convert(item as Node | null, depth + 1);
        out.push(v === undefined ? null : v);
      }
      return out;
    }
    return undefined;
  }

  private scalar(node: Scalar): string | undefined {
    const v = node.value;
    const text = typeof v === "string" ? v : v == null ? "" : String(v);
    if (node.type === "PLAIN" && (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL")) {
      return undefined;
    }
    if (text.length > LIMITS.maxStringLength) {
      this.fail(node, "input/string-too-long", say("text value is %{n} characters; the limit is %{limit}", { n: text.length, limit: LIMITS.maxStringLength }), say("Shorten it or split it into several items."));
      return undefined;
    }
    return text;
  }
}

const DUPLICATE = say("this key appears twice in the same map");
const DUPLICATE_HINT = say("Delete or rename one of them.");
