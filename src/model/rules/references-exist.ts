import { suggest } from "../schema-diagnostics.js";
import { collectReferences } from "../references.js";
import type { Rule } from "./rule.js";

const KIND_WORD: Record<string, string> = {
  unit: "unit",
  person: "person",
  role: "role",
  group: "group",
  external: "external body",
  channel: "channel",
  category: "category",
  level: "level",
  procedure: "procedure",
  form: "form",
};

export const referencesExist: Rule = {
  id: "refs/unknown-id",
  severity: "error",
  description: "Every id used in the data names something declared in it, of the right kind.",
  check({ model, report }) {
    for (const ref of collectReferences(model.data)) {
      const entry = model.index.get(ref.id);
      const expected = ref.kinds.map((k) => KIND_WORD[k]).join(" or ");
      if (!entry) {
        const candidates = [...model.index.values()].filter((e) => ref.kinds.includes(e.kind)).map((e) => e.entity.id);
        const s = suggest(ref.id, candidates);
        report(
          ref.path,
          `unknown ${expected} id \`${ref.id}\`${s ? ` — did you mean \`${s}\`?` : ""}`,
          `Declare it (with \`id: ${ref.id}\`) or use one of the ids that exist.`,
        );
      } else if (!ref.kinds.includes(entry.kind)) {
        report(ref.path, `\`${ref.id}\` is a ${KIND_WORD[entry.kind]}, but a ${expected} is needed here (${ref.what})`);
      }
    }
  },
};
