import { LEVEL_COLUMN_KEYS } from "../schema/attachments.js";
import type { Rule } from "./rule.js";
import { say, type Said } from "../../diagnostics/say.js";


/** Each kind of attachment has what it needs to print: a form, a procedure or level, columns and rows, text. */
export const attachmentKinds: Rule = {
  id: "attachments/kind",
  severity: "error",
  description: "An attachment names what its kind prints; level-table columns are ones planwright knows.",
  check({ model, report, reportKey }) {
    model.data.attachments.forEach((a, i) => {
      if (a.withheld) return;
      const need = (ok: boolean, problem: Said, hint: Said) => {
        if (!ok) reportKey(["attachments", i], "kind", say("attachment `%{id}` (kind: %{kind}) %{problem}", { id: a.id, kind: a.kind, problem }), hint);
      };
      const columnsHint = say("Use one of: %{keys}, or label.<set>.", { keys: (LEVEL_COLUMN_KEYS as readonly string[]).join(", ") });
      switch (a.kind) {
        case "form":
          need(!!a.form, say("names no form"), say("Add `form: <form id>`."));
          break;
        case "checklist":
          need(!!(a.procedure || a.level), say("names no procedure or level"), say("Add `procedure: <id>` or `level: <id>`."));
          break;
        case "table":
          need(!!a.columns?.length, say("has no columns"), say("Add `columns: [Heading, Heading]` and `rows: [[cell, cell]]`."));
          if (!a.title) reportKey(["attachments", i], "id", say("attachment `%{id}` (kind: table) has no title", { id: a.id }), say("Add `title:`."));
          a.rows?.forEach((r, k) => {
            if (a.columns && r.length > a.columns.length) report(["attachments", i, "rows", k], say("this row has %{cells} cells but the table has %{columns} columns", { cells: r.length, columns: a.columns.length }), say("Add a column or remove a cell."));
          });
          break;
        case "text":
          need(!!a.text, say("has no text"), say("Add `text:`."));
          break;
        case "levels":
          need(model.data.levels.length > 0, say("prints the levels, but the data declares none"), say("Declare `levels:`, or remove the attachment."));
          a.columns?.forEach((c, k) => {
            const key = c.key ?? ("word" in c ? c.word : undefined) ?? "";
            if (!key) report(["attachments", i, "columns", k], say("a level-table column needs `key:` (what it shows)"), columnsHint);
            else if (!(LEVEL_COLUMN_KEYS as readonly string[]).includes(key) && !/^label\.[a-z0-9-]+$/.test(key)) report(["attachments", i, "columns", k, "key"], say("unknown level-table column `%{key}`", { key }), columnsHint);
          });
          break;
        case "distribution":
          need(!!model.data.document.distribution?.length, say("prints the distribution list, but document.distribution is empty"), say("Add `document.distribution:` entries (the record's blank rows print anyway if you set `blank_rows`)."));
          break;
        default:
          break;
      }
    });
  },
};
