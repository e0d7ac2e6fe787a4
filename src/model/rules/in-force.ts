import { localeText } from "../../locale/index.js";
import { placeOf } from "../../diagnostics/place.js";
import { say } from "../../diagnostics/say.js";
import { eachText } from "../text-refs.js";
import type { Rule } from "./rule.js";

/**
 * A plan comes into force on one date. It prints its effective date under the
 * title (…起施行 / effective from …); a sentence that says it comes into force
 * on issue (自印发之日起施行) gives it a second one.
 */
export const inForceOnce: Rule = {
  id: "document/in-force-twice",
  severity: "warning",
  description: "The plan states one date it comes into force.",
  check({ model, report }) {
    const t = localeText(model.data.locale);
    const date = t.date(model.data.document.effective_date);
    eachText(model.raw, (text, path) => {
      if (path.includes("revisions") || path[path.length - 1] === "note") return;
      const m = t.checks.onIssue.exec(text);
      if (m) report(path, say("'%{text}' in %{place}, but the plan comes into force on its effective_date (%{date}), printed under the title", { text: m[0], place: placeOf(path, model.raw), date }), say("Say the date instead: {document.effective_date} prints it (本办法自{document.effective_date}起施行)."));
    });
  },
};
