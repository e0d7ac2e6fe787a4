import { z } from "./schema/zod.js";
import { PlanFile } from "./schema/index.js";

type Json = Record<string, unknown>;

/**
 * The JSON Schema of a data file, generated from the one zod schema. Editors
 * (yaml-language-server) use it for completion and checks. Scalars that
 * planwright reads as text but types itself (numbers, booleans, phones) get
 * the JSON type an editor would see for them.
 */
export function planJsonSchema(): Json {
  const schema = z.toJSONSchema(PlanFile, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const meta = z.globalRegistry.get(ctx.zodSchema) as { json?: Json } | undefined;
      const js = ctx.jsonSchema as Json;
      delete js.json;
      if (meta?.json) {
        for (const k of ["type", "pattern", "format", "enum", "minimum"]) delete js[k];
        Object.assign(js, meta.json);
      }
    },
  }) as Json;
  return {
    ...schema,
    $id: "https://planwright.example/schema/planwright.schema.json",
    title: "planwright organisation data",
    description: "An organisation's roles and rules, from which planwright builds its response plan, checklists, contact sheet and log forms.",
  };
}
