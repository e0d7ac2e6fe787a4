import type { LocaleText } from "../../locale/types.js";
import type { StepView } from "../view/procedures.js";

/**
 * A form is named once in an article: a later step that fills it in refers
 * back to it (并填写上述登记表). `named` holds the forms the article named
 * before these steps; it is added to. Returns the steps, reworded where needed.
 */
export function formsOnce(t: LocaleText, steps: readonly StepView[], named = new Set<string>()): StepView[] {
  return steps.map((s) => {
    const title = s.record;
    if (!title) return s;
    if (!named.has(title)) {
      named.add(title);
      return s;
    }
    if (s.parts) {
      const parts = { ...s.parts, recordNamed: true };
      const message = t.grammar.stepClause(parts);
      return { ...s, parts, message, clause: t.grammar.realise(message) };
    }
    // The data's own sentence: its mention of the form reads as the back-reference.
    const again = t.formAgain(title);
    if (!again) return s;
    const cited = t.formTitle(title);
    const swap = (x: string) => x.replace(cited, again);
    return { ...s, message: { ...s.message, predicate: swap(s.message.predicate) }, clause: swap(s.clause), text: swap(s.text) };
  });
}
