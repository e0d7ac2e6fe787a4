import { suggest } from "../schema-diagnostics.js";
import { collectReferences } from "../references.js";
import type { Rule } from "./rule.js";
import { kindWord } from "../../diagnostics/kind-words.js";
import { list, say } from "../../diagnostics/say.js";

export const referencesExist: Rule = {
  id: "refs/unknown-id",
  severity: "error",
  description: "Every id used in the data names something declared in it, of the right kind.",
  check({ model, report }) {
    for (const ref of collectReferences(model.data)) {
      const entry = model.index.get(ref.id);
      const expected = list(ref.kinds.map(kindWord), true);
      if (!entry) {
        const candidates = [...model.index.values()].filter((e) => ref.kinds.includes(e.kind)).flatMap((e) => (e.entity.id ? [e.entity.id] : []));
        const s = suggest(ref.id, candidates);
        const near = s ? say(" — did you mean `%{id}`?", { id: s }) : "";
        report(
          ref.path,
          ref.kinds.length === 1 ? say("unknown %{kind} id `%{id}`%{near}", { kind: expected, id: ref.id, near }) : say("unknown id `%{id}`%{near}", { id: ref.id, near }),
          ref.kinds.length === 1 ? say("Declare a %{kind} with `id: %{id}`, or use one that exists.", { kind: expected, id: ref.id }) : say("The %{what} must be the id of a %{kind}.", { what: ref.what, kind: expected }),
        );
      } else if (!ref.kinds.includes(entry.kind)) {
        report(ref.path, say("`%{id}` is a %{kind}, but a %{expected} is needed here (%{what})", { id: ref.id, kind: kindWord(entry.kind), expected, what: ref.what }));
      }
    }
  },
};
