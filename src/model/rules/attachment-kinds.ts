import { LEVEL_COLUMN_KEYS } from "../schema/attachments.js";
import type { Rule } from "./rule.js";


/** Each kind of attachment has what it needs to print: a form, a procedure or level, columns and rows, text. */
export const attachmentKinds: Rule = {
  id: "attachments/kind",
  severity: "error",
  description: "An attachment names what its kind prints; level-table columns are ones planwright knows.",
  check({ model, report, reportKey }) {
    model.data.attachments.forEach((a, i) => {
      if (a.withheld) return;
      const need = (ok: boolean, message: string, hint: string) => {
        if (!ok) reportKey(["attachments", i], "kind", `attachment \`${a.id}\` (kind: ${a.kind}) ${message}`, hint);
      };
      switch (a.kind) {
        case "form":
          need(!!a.form, "names no form", "Add `form: <form id>`.");
          break;
        case "checklist":
          need(!!(a.procedure || a.level), "names no procedure or level", "Add `procedure: <id>` or `level: <id>`.");
          break;
        case "table":
          need(!!a.columns?.length, "has no columns", "Add `columns: [Heading, Heading]` and `rows: [[cell, cell]]`.");
          if (!a.title) reportKey(["attachments", i], "id", `attachment \`${a.id}\` (kind: table) has no title`, "Add `title:`.");
          a.rows?.forEach((r, k) => {
            if (a.columns && r.length > a.columns.length) report(["attachments", i, "rows", k], `this row has ${r.length} cells but the table has ${a.columns.length} columns`, "Add a column or remove a cell.");
          });
          break;
        case "text":
          need(!!a.text, "has no text", "Add `text:`.");
          break;
        case "levels":
          need(model.data.levels.length > 0, "prints the levels, but the data declares none", "Declare `levels:`, or remove the attachment.");
          a.columns?.forEach((c, k) => {
            const key = c.key ?? ("word" in c ? c.word : undefined) ?? "";
            if (!key) report(["attachments", i, "columns", k], "a level-table column needs `key:` (what it shows)", `Use one of: ${(LEVEL_COLUMN_KEYS as readonly string[]).join(", ")}, or label.<set>.`);
            else if (!(LEVEL_COLUMN_KEYS as readonly string[]).includes(key) && !/^label\.[a-z0-9-]+$/.test(key)) report(["attachments", i, "columns", k, "key"], `unknown level-table column \`${key}\``, `Use one of: ${(LEVEL_COLUMN_KEYS as readonly string[]).join(", ")}, or label.<set>.`);
          });
          break;
        case "distribution":
          need(!!model.data.document.distribution?.length, "prints the distribution list, but document.distribution is empty", "Add `document.distribution:` entries (the record's blank rows print anyway if you set `blank_rows`).");
          break;
        default:
          break;
      }
    });
  },
};
