import { eachText, findTextRefs, refProblem } from "../text-refs.js";
import type { Rule } from "./rule.js";

export const textRefs: Rule = {
  id: "text/unknown-ref",
  severity: "error",
  description: "References such as {quick-report.deadline} in any text name a declared id and a value it has.",
  check({ model, report }) {
    eachText(model.raw, (text, path) => {
      for (const ref of findTextRefs(text)) {
        const problem = refProblem(model, ref);
        if (problem) report(path, problem.message, problem.hint);
      }
    });
  },
};
