import { isNumberingStyle } from "../../text/numerals.js";
import type { DataPath } from "../../load/parse-yaml.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

export const numberingStyles: Rule = {
  id: "plan/numbering",
  severity: "error",
  description: "Numbering styles are examples of the first item: 一、 （一） 1. 1、 （1） ① 一是 a) 1.1 or none.",
  check({ model, report }) {
    const bad = (path: DataPath, style: string | undefined) => {
      if (style !== undefined && !isNumberingStyle(style)) {
        report(path, say("numbering `%{style}` has no number in it", { style }), say("Write the first item's number as it should look: 一、 （一） 1. 1、 （1） ① 一是 or none."));
      }
    };
    // The plan and its sections may also name a scheme; the schema checks those.
    model.data.procedures.forEach((p, i) => bad(["procedures", i, "numbering"], p.numbering));
    model.data.categories.forEach((c, i) => bad(["categories", i, "numbering"], c.numbering));
  },
};
