import { suggest } from "../schema-diagnostics.js";
import { collectReferences } from "../references.js";
import type { Rule } from "./rule.js";
import type { EntityKind } from "../model.js";

const KIND_WORD: Record<EntityKind, string> = {
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
  attachment: "attachment",
  section: "section",
  step: "step",
  scale: "scale",
};

export const referencesExist: Rule = {
  id: "refs/unknown-id",
  severity: "error",
  description: "Every id used in the data names something declared in it, of the right kind.",
  check({ model, report }) {
    for (const ref of collectReferences(model.data)) {
      const entry = model.index.get(ref.id);
      const words = ref.kinds.map((k) => KIND_WORD[k] as string);
      const expected = words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}` : (words[0] as string);
      if (!entry) {
        const candidates = [...model.index.values()].filter((e) => ref.kinds.includes(e.kind)).flatMap((e) => (e.entity.id ? [e.entity.id] : []));
        const s = suggest(ref.id, candidates);
        const what = ref.kinds.length === 1 ? `${expected} id` : "id";
        report(
          ref.path,
          `unknown ${what} \`${ref.id}\`${s ? ` — did you mean \`${s}\`?` : ""}`,
          ref.kinds.length === 1 ? `Declare a ${expected} with \`id: ${ref.id}\`, or use one that exists.` : `The ${ref.what} must be the id of a ${expected}.`,
        );
      } else if (!ref.kinds.includes(entry.kind)) {
        report(ref.path, `\`${ref.id}\` is a ${KIND_WORD[entry.kind]}, but a ${expected} is needed here (${ref.what})`);
      }
    }
  },
};
