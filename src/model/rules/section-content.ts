import { eachSection } from "../references.js";
import type { SectionT } from "../model.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

const SHOWS: Array<keyof SectionT> = ["text", "items", "procedure", "group", "role", "roles", "category", "levels", "channels", "duty", "forms", "after", "response", "units", "basis", "review", "delegation", "withheld"];

export const sectionsHaveContent: Rule = {
  id: "plan/empty-section",
  severity: "warning",
  description: "Every section of the plan prints something.",
  check({ model, report }) {
    eachSection(model.data, (s, path) => {
      if (!SHOWS.some((k) => s[k] !== undefined && s[k] !== false)) {
        report(path, s.title ? say("section “%{title}” has no content", { title: s.title }) : say("section has no content"), say("Add `text:`, `items:` or a reference such as `procedure: id`."));
      }
      if (s.levels && model.data.levels.length === 0) report([...path, "levels"], say("`levels: true` but the data declares no levels"), say("Declare `levels:` or remove this."));
      if (s.duty && !model.data.duty) report([...path, "duty"], say("`duty: true` but the data has no `duty:` section"), say("Add `duty:` or remove this."));
    });
  },
};
