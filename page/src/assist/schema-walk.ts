// Reads the JSON Schema of the data files (schema/planwright.schema.json, fetched at run time) to
// answer: what may stand at this path — which keys, which values — and what does it mean.
// Nothing here knows the data format's keys: it follows whatever the schema says.

export type Schema = {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly allOf?: readonly Schema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly examples?: readonly unknown[];
  readonly default?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
};

export type PathKey = string | number;

/** A schema that may apply at a path, with the description of the property that led there. */
export type Candidate = { readonly schema: Schema; readonly described?: string };

export type KeyOption = { readonly key: string; readonly schema: Schema; readonly required: boolean; readonly description?: string };
export type ValueOption = { readonly value: string; readonly kind: "enum" | "example" | "default" | "boolean"; readonly description?: string };

export class SchemaWalker {
  /** The pattern that the `id` of entities has; strings with it elsewhere are references to ids. */
  readonly idPattern: string | undefined;
  /** Where references go and what they may name (`procedures.*.steps.*.to.*` → role, group …), as the server knows them. */
  private readonly references: ReadonlyMap<string, readonly string[]>;

  constructor(private readonly root: Schema) {
    this.idPattern = findIdPattern(root, this);
    const refs = (root as { "x-planwright-references"?: ReadonlyArray<{ pattern: string; kinds: readonly string[] }> })["x-planwright-references"] ?? [];
    this.references = new Map(refs.map((r) => [r.pattern, r.kinds]));
  }

  /**
   * The kinds of entity the reference at `path` may name (`to:` takes recipients — roles, groups,
   * units, external bodies, people — never a procedure), or undefined when the schema does not say.
   */
  referenceKinds(path: readonly PathKey[]): readonly string[] | undefined {
    // Sections nest (a section's `items` are sections): one pattern stands for every depth.
    const keys = path.map((k) => (typeof k === "number" ? "*" : k)).join(".").replace(/(sections\.\*)(\.items\.\*)+/g, "$1");
    return this.references.get(keys) ?? this.references.get(`${keys}.*`);
  }

  /** `$ref` followed, and `anyOf`/`oneOf`/`allOf` spread into their branches. */
  expand(schema: Schema, seen: ReadonlySet<Schema> = new Set()): Schema[] {
    if (seen.has(schema)) return [];
    const next = new Set(seen).add(schema);
    if (schema.$ref) {
      const target = this.pointer(schema.$ref);
      if (!target) return [];
      const { $ref: _drop, ...rest } = schema;
      return this.expand(Object.keys(rest).length > 0 ? { ...target, ...rest } : target, next);
    }
    const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
    if (branches.length === 0) return [schema];
    const own: Schema = { ...schema, anyOf: undefined, oneOf: undefined, allOf: undefined };
    const hasOwn = own.type !== undefined || own.properties !== undefined || own.enum !== undefined;
    return [...(hasOwn ? [own] : []), ...branches.flatMap((b) => this.expand(b.description || !schema.description ? b : { ...b, description: schema.description }, next))];
  }

  /** Schemas that may apply to the value at `path` (empty when the schema does not allow it). */
  at(path: readonly PathKey[]): Candidate[] {
    let current: Candidate[] = this.expand(this.root).map((schema) => ({ schema }));
    for (const key of path) {
      const next: Candidate[] = [];
      for (const { schema } of current) {
        const child = this.child(schema, key);
        if (child) for (const s of this.expand(child)) next.push({ schema: s, ...(child.description ? { described: child.description } : {}) });
      }
      current = next;
      if (current.length === 0) break;
    }
    return current;
  }

  /** Keys an object at `path` may have, not counting those already written. */
  keys(path: readonly PathKey[], present: readonly string[] = []): KeyOption[] {
    const out = new Map<string, KeyOption>();
    for (const { schema } of this.at(path)) {
      for (const [key, s] of Object.entries(schema.properties ?? {})) {
        if (present.includes(key) || out.has(key)) continue;
        const description = describe(this.expand(s), s);
        out.set(key, { key, schema: s, required: schema.required?.includes(key) === true, ...(description ? { description } : {}) });
      }
    }
    return [...out.values()];
  }

  /** Values the scalar at `path` may take that the schema names (enums, examples, yes/no). */
  values(path: readonly PathKey[]): ValueOption[] {
    const out = new Map<string, ValueOption>();
    const add = (v: unknown, kind: ValueOption["kind"], description?: string) => {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return;
      const value = String(v);
      if (!out.has(value)) out.set(value, { value, kind, ...(description ? { description } : {}) });
    };
    for (const { schema } of this.at(path)) {
      for (const v of schema.enum ?? []) add(v, "enum", schema.description);
      if (schema.const !== undefined) add(schema.const, "enum", schema.description);
      for (const v of schema.examples ?? []) add(v, "example", schema.description);
      if (schema.default !== undefined) add(schema.default, "default", schema.description);
      if (typesOf(schema).includes("boolean")) {
        add("true", "boolean");
        add("false", "boolean");
      }
    }
    return [...out.values()];
  }

  /** The value at `path` is a reference to an id (a string with the ids' pattern). */
  isIdReference(path: readonly PathKey[]): boolean {
    if (this.idPattern === undefined || path[path.length - 1] === "id") return false;
    return this.at(path).some(({ schema }) => schema.pattern === this.idPattern);
  }

  /** What the schema says about the value at `path`: description, kinds of value, allowed values. */
  explain(path: readonly PathKey[]): { description?: string; types: string[]; values: ValueOption[] } | undefined {
    const candidates = this.at(path);
    if (candidates.length === 0) return undefined;
    const description = candidates.find((c) => c.described)?.described ?? candidates.find((c) => c.schema.description)?.schema.description;
    const types = [...new Set(candidates.flatMap(({ schema }) => typesOf(schema)))];
    return { ...(description ? { description } : {}), types, values: this.values(path) };
  }

  private child(schema: Schema, key: PathKey): Schema | undefined {
    if (typeof key === "number") return schema.items;
    const p = schema.properties?.[key];
    if (p) return p;
    return typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined;
  }

  private pointer(ref: string): Schema | undefined {
    if (!ref.startsWith("#")) return undefined;
    let node: unknown = this.root;
    for (const raw of ref.slice(1).split("/").filter(Boolean)) {
      const part = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    }
    return node && typeof node === "object" ? (node as Schema) : undefined;
  }
}

export function typesOf(schema: Schema): string[] {
  if (schema.type) return typeof schema.type === "string" ? [schema.type] : [...schema.type];
  if (schema.properties) return ["object"];
  if (schema.items) return ["array"];
  if (schema.enum) return [...new Set(schema.enum.map((v) => typeof v))];
  return [];
}

function describe(expanded: readonly Schema[], own: Schema): string | undefined {
  return own.description ?? expanded.find((s) => s.description)?.description;
}

/** The pattern of `id` properties, when they share one. */
function findIdPattern(root: Schema, walker: SchemaWalker): string | undefined {
  const patterns = new Set<string>();
  const seen = new Set<Schema>();
  const visit = (s: Schema, depth: number) => {
    if (seen.has(s) || depth > 12) return;
    seen.add(s);
    for (const e of walker.expand(s)) {
      const id = e.properties?.id;
      if (id) for (const x of walker.expand(id)) if (x.pattern) patterns.add(x.pattern);
      for (const p of Object.values(e.properties ?? {})) visit(p, depth + 1);
      if (e.items) visit(e.items, depth + 1);
    }
  };
  visit(root, 0);
  return patterns.size === 1 ? [...patterns][0] : undefined;
}
