// Completion and hover documentation for the editor, from the JSON Schema (fetched at run time)
// and the ids the last check found. See yaml-path.ts (where the cursor is) and schema-walk.ts
// (what the schema allows there).
import type { Completion, CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import type { EditorView, Tooltip } from "@codemirror/view";
import type { IdEntry } from "../../../src/serve/api-types.js";
import { placeOf, placeWords } from "../../../src/diagnostics/place.js";
import { kindName, lang, t, words } from "../i18n.js";
import type { PathKey, Schema, SchemaWalker } from "./schema-walk.js";
import { typesOf } from "./schema-walk.js";
import { contextAt, targetAt } from "./yaml-path.js";

export type AssistSources = {
  walker(): SchemaWalker | undefined;
  ids(): readonly IdEntry[];
};

export function completionSource(src: AssistSources): (ctx: CompletionContext) => CompletionResult | null {
  return (ctx) => {
    const walker = src.walker();
    if (!walker) return null;
    const text = ctx.state.sliceDoc();
    const c = contextAt(text, ctx.pos);
    if (!c) return null;
    const typed = c.to > c.from;
    if (!ctx.explicit && !typed && c.kind === "key") return null;
    const options: Completion[] = [];
    if (c.kind === "key") {
      const keys = walker.keys(c.path, c.present);
      for (const k of keys) {
        options.push({
          label: k.key,
          type: "property",
          detail: `${typeWords(walker.expand(k.schema))}${k.required ? ` · ${t("required")}` : ""}`,
          ...(k.description ? { info: k.description } : {}),
          apply: `${k.key}: `,
          boost: k.required ? 1 : 0,
        });
      }
      if (keys.length === 0 && c.bareItem) options.push(...valueOptions(walker, src.ids(), c.path));
    } else {
      options.push(...valueOptions(walker, src.ids(), c.path));
    }
    if (options.length === 0) return null;
    return { from: c.from, to: c.to, options, validFor: /^[^\s:,{}[\]#]*$/ };
  };
}

function valueOptions(walker: SchemaWalker, ids: readonly IdEntry[], path: readonly PathKey[]): Completion[] {
  const out: Completion[] = walker.values(path).map((v) => ({
    label: v.value,
    type: v.kind === "example" ? "text" : "enum",
    ...(v.kind === "example" ? { detail: t("examples") } : {}),
    ...(v.description ? { info: v.description } : {}),
  }));
  if (walker.isIdReference(path)) {
    // Only the ids of the kinds this reference may name (`to:` offers recipients, not procedures).
    const kinds = walker.referenceKinds(path);
    for (const e of ids) if (!kinds || kinds.includes(e.kind)) out.push({ label: e.id, type: "variable", detail: `${kindName(e.kind)}${e.name ? ` · ${e.name}` : ""}` });
  }
  return out;
}

/** The hover card: where the key sits, what kind of value it takes, what it means, which values it allows. */
export function hoverSource(src: AssistSources): (view: EditorView, pos: number) => Tooltip | null {
  return (view, pos) => {
    const walker = src.walker();
    if (!walker) return null;
    const target = targetAt(view.state.sliceDoc(), pos);
    if (!target) return null;
    const info = walker.explain(target.path);
    if (!info) return null;
    const referenced = !target.onKey ? src.ids().find((e) => e.id === view.state.sliceDoc(target.from, target.to).trim()) : undefined;
    return {
      pos: target.from,
      end: target.to,
      above: true,
      create() {
        const dom = document.createElement("div");
        dom.className = "pw-hover";
        const head = dom.appendChild(document.createElement("div"));
        head.className = "pw-hover-path";
        // Where it is, as the document names it and counted from 1 (处置程序「快速报告」第2步的时限).
        head.textContent = placeWords(placeOf(target.path, target.data), lang());
        if (info.types.length > 0) {
          const kinds = dom.appendChild(document.createElement("div"));
          kinds.className = "pw-hover-type";
          kinds.textContent = info.types.map((x) => words().types[x] ?? x).join(" | ");
        }
        if (info.description) dom.appendChild(document.createElement("p")).textContent = info.description;
        const values = info.values.filter((v) => v.kind !== "boolean");
        if (values.length > 0) {
          const line = dom.appendChild(document.createElement("div"));
          line.className = "pw-hover-values";
          line.textContent = `${values.every((v) => v.kind === "example") ? t("examples") : t("values")}: ${values.map((v) => v.value).join(", ")}`;
        }
        if (referenced) {
          const line = dom.appendChild(document.createElement("div"));
          line.className = "pw-hover-ref";
          line.textContent = `${referenced.id} → ${kindName(referenced.kind)}${referenced.name ? `: ${referenced.name}` : ""}`;
        }
        return { dom };
      },
    };
  };
}

function typeWords(schemas: readonly Schema[]): string {
  const kinds = [...new Set(schemas.flatMap((s) => typesOf(s)))];
  return kinds.map((k) => words().types[k] ?? k).join(" | ");
}
