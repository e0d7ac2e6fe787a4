import type { LocaleText } from "../../locale/types.js";
import type { StepView } from "../view/procedures.js";

/**
 * A form is named once in an article: a later step that fills it in refers
 * back to it (并填写上述登记表). Returns the steps, reworded where needed, and
 * the titles of the forms they name.
 */
export function formsOnce(t: LocaleText, steps: readonly StepView[]): { steps: StepView[]; named: Set<string> } {
  const named = new Set<string>();
  const out = steps.map((s) => {
    const title = s.record;
    if (!title) return s;
    if (!named.has(title)) {
      named.add(title);
      return s;
    }
    if (!s.parts) return s;
    const parts = { ...s.parts, recordNamed: true };
    const message = t.grammar.stepClause(parts);
    return { ...s, parts, message, clause: t.grammar.realise(message) };
  });
  return { steps: out, named };
}
