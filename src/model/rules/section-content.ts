import { eachSection } from "../references.js";
import type { SectionT } from "../model.js";
import type { Rule } from "./rule.js";

const SHOWS: Array<keyof SectionT> = ["text", "items", "procedure", "group", "role", "roles", "category", "levels", "channels", "duty", "forms", "after", "response", "units", "basis", "review", "delegation", "withheld"];

export const sectionsHaveContent: Rule = {
  id: "plan/empty-section",
  severity: "warning",
  description: "Every section of the plan prints something.",
  check({ model, report }) {
    eachSection(model.data, (s, path) => {
      if (!SHOWS.some((k) => s[k] !== undefined && s[k] !== false)) {
        report(path, `section${s.title ? ` “${s.title}”` : ""} has no content`, "Add `text:`, `items:` or a reference such as `procedure: id`.");
      }
      if (s.levels && model.data.levels.length === 0) report([...path, "levels"], "`levels: true` but the data declares no levels", "Declare `levels:` or remove this.");
      if (s.duty && !model.data.duty) report([...path, "duty"], "`duty: true` but the data has no `duty:` section", "Add `duty:` or remove this.");
    });
  },
};
