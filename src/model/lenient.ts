import { z } from "./schema/zod.js";
import type { PlanData } from "./model.js";
import { COLLECTIONS } from "./model.js";
import { Duty, PlanFile, PlanOutline } from "./schema/index.js";

/** The item schema of every entity collection, read from the file schema (`units: z.array(Unit)` → Unit). */
const ITEM_SCHEMAS: ReadonlyArray<[keyof PlanData & string, z.ZodType]> = COLLECTIONS.map(([key]) => {
  let s = PlanFile.shape[key as keyof typeof PlanFile.shape] as unknown as z.ZodType;
  for (let i = 0; i < 5; i++) {
    const def = (s as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType } } })._zod.def;
    if (def.type === "array" && def.element) return [key, def.element] as [keyof PlanData & string, z.ZodType];
    if (!def.innerType) break;
    s = def.innerType;
  }
  throw new Error(`internal: ${key} is not a list in the file schema`);
});

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * When the data does not fit the schema, the cross-reference rules still run
 * on the parts that do: each entity is checked on its own, and one that fails
 * is kept as a stub with just its id (so references to it do not also fail).
 * Indices are preserved, so positions stay right.
 */
export function lenientData(raw: unknown): PlanData {
  const obj = isObject(raw) ? raw : {};
  const out: Record<string, unknown> = {
    locale: typeof obj.locale === "string" && ["en", "en-GB", "en-US"].includes(obj.locale) ? obj.locale : "zh-CN",
    plan: { sections: [] },
  };
  for (const [key, schema] of ITEM_SCHEMAS) {
    const list = Array.isArray(obj[key]) ? (obj[key] as unknown[]) : [];
    out[key] = list.map((item, i) => {
      const r = schema.safeParse(item);
      if (r.success) return r.data;
      const id = isObject(item) && typeof item.id === "string" ? item.id : `#invalid-${key}-${i}`;
      // Keep the ids of its steps, so text that refers to them is not also reported.
      const steps = isObject(item) && Array.isArray(item.steps) ? item.steps.filter((s): s is Record<string, unknown> => isObject(s) && typeof s.id === "string").map((s) => ({ id: s.id as string })) : [];
      return { id, name: id, title: id, steps, items: [], fields: [], rank: -1 - i };
    });
  }
  const duty = Duty.safeParse(obj.duty);
  if (duty.success) out.duty = duty.data;
  const plan = PlanOutline.safeParse(obj.plan);
  if (plan.success) out.plan = plan.data;
  return out as unknown as PlanData;
}
