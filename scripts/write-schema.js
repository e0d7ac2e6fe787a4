// Regenerates schema/planwright.schema.json from the zod schema (run after `npm run build`).
import { mkdirSync, writeFileSync } from "node:fs";
import { planJsonSchema } from "../dist/model/json-schema.js";

mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(new URL("../schema/planwright.schema.json", import.meta.url), `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
