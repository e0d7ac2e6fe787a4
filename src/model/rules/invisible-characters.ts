import { positionAt } from "../../load/read-text.js";
import { INVISIBLE, invisibleName } from "../../text/invisible.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

/** Zero-width and bidirectional marks in the data: where they are, since they print as nothing (text/invisible.ts). */
export const invisibleCharacters: Rule = {
  id: "text/invisible-character",
  severity: "warning",
  description: "The data has no zero-width or bidirectional marks (they are dropped when printing).",
  check({ model, reportAt }) {
    for (const source of model.sources) {
      const text = source.text ?? "";
      let n = 0;
      for (const m of text.matchAll(INVISIBLE)) {
        if (++n > 20) break;
        const cp = m[0].codePointAt(0) as number;
        reportAt(
          source.file,
          positionAt(text, m.index),
          say("invisible character U+%{code} (%{name}): it is not printed", { code: cp.toString(16).toUpperCase().padStart(4, "0"), name: invisibleName(cp) }),
          say("Delete it (it usually comes from copying text out of a web page or another program); names and numbers stay on one line in tables without it."),
        );
      }
    }
  },
};
