import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { spoken } from "../diagnostics/diagnostic.js";
import { say } from "../diagnostics/say.js";

/**
 * Checks on a parsed template that Handlebars itself leaves to run time (and
 * then reports at 1:1, or not at all): partials that do not exist, and
 * helpers called without the arguments they need.
 */
type Loc = { start: { line: number; column: number } };
type Node = {
  type?: string;
  loc?: Loc;
  name?: { original?: string; type?: string };
  path?: { original?: string; type?: string };
  params?: Array<{ type?: string; value?: unknown }>;
  [key: string]: unknown;
};

/** Fewest arguments each helper needs (built-in and planwright's own). */
const MIN_PARAMS: Readonly<Record<string, { readonly n: number; readonly example: string }>> = {
  each: { n: 1, example: "{{#each steps}}…{{/each}}" },
  with: { n: 1, example: "{{#with procedure}}…{{/with}}" },
  if: { n: 1, example: "{{#if text}}…{{/if}}" },
  unless: { n: 1, example: "{{#unless text}}…{{/unless}}" },
  lookup: { n: 2, example: "{{lookup names id}}" },
  eq: { n: 2, example: "(eq a b)" },
  ne: { n: 2, example: "(ne a b)" },
  gt: { n: 2, example: "(gt a b)" },
  add: { n: 2, example: "{{add @index 1}}" },
  num: { n: 2, example: "{{num ../list @index}}" },
  not: { n: 1, example: "(not x)" },
  hx: { n: 1, example: "{{hx level}}" },
  join: { n: 1, example: '{{join names "、"}}' },
  count: { n: 1, example: "{{count items}}" },
  nonempty: { n: 1, example: "(nonempty items)" },
  times: { n: 1, example: "{{#times 3}}…{{/times}}" },
};

const position = (node: Node) => (node.loc ? { position: { line: node.loc.start.line, column: node.loc.start.column + 1 } } : {});

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, visit);
    return;
  }
  if (!node || typeof node !== "object") return;
  const n = node as Node;
  if (typeof n.type === "string") visit(n);
  for (const [k, v] of Object.entries(n)) if (k !== "loc" && v && typeof v === "object") walk(v, visit);
}

/** Partials a template defines for itself with `{{#*inline "name"}}`. */
function inlinePartials(ast: unknown): Set<string> {
  const names = new Set<string>();
  walk(ast, (n) => {
    if (n.type === "DecoratorBlock" && n.path?.original === "inline" && n.params?.[0]?.type === "StringLiteral") names.add(String(n.params[0].value));
  });
  return names;
}

export function checkTemplate(ast: unknown, knownPartials: ReadonlySet<string>, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const inline = inlinePartials(ast);
  walk(ast, (n) => {
    if ((n.type === "PartialStatement" || n.type === "PartialBlockStatement") && n.name?.type === "PathExpression") {
      const name = n.name.original ?? "";
      if (!name.startsWith("@") && !knownPartials.has(name) && !inline.has(name)) {
        out.push({
          severity: "error",
          ruleId: "template/missing-partial",
          file,
          ...position(n),
          ...spoken(say("partial \"%{name}\" does not exist", { name }), say("Partials live in templates/<locale>/partials/%{name}.hbs, or are defined in this template with {{#*inline \"%{name}\"}}.", { name })),
        });
      }
    }
    if ((n.type === "MustacheStatement" || n.type === "BlockStatement" || n.type === "SubExpression") && n.path?.type === "PathExpression") {
      const name = n.path.original ?? "";
      const need = Object.hasOwn(MIN_PARAMS, name) ? MIN_PARAMS[name] : undefined;
      const given = n.params?.length ?? 0;
      if (need && given < need.n) {
        out.push({
          severity: "error",
          ruleId: "template/helper-arguments",
          file,
          ...position(n),
          ...spoken(
            say("`%{name}` needs %{need}%{given}", { name, need: need.n === 1 ? say("an argument") : say("%{n} arguments", { n: need.n }), given: given > 0 ? say(" (it has %{n})", { n: given }) : "" }),
            say("Write it as %{example}.", { example: need.example }),
          ),
        });
      }
    }
  });
  return out;
}
