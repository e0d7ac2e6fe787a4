import type { ImportWords } from "../../locale/import-words.js";
import type { AttachmentDraft } from "../draft/draft-types.js";
import type { Registry } from "../draft/registry.js";
import type { Attachment } from "../structure/parts.js";
import { formFromTable } from "./forms.js";
import { levelsFromTable, type ScaleFound } from "./levels.js";
import { readBodiesTable, readPeopleTable, tableKind } from "./tables.js";

/**
 * Attachments as data: a blank form is a declared form (kind: form), a level
 * table the level table (kind: levels), tables of people or bodies the contact
 * directory (kind: contacts); anything else keeps its text (kind: text). A
 * mark that is not the one planwright would print (IX. Appendix E) is kept as
 * the label. Listed attachments that are not in the document are declared
 * with a note.
 */
export function readAttachments(parts: readonly Attachment[], listed: readonly string[], ctx: { words: ImportWords; reg: Registry; locale: string; scales: ScaleFound[] }): void {
  const { reg, words } = ctx;
  parts.forEach((part, n) => {
    const title = (part.title ?? listed[n] ?? "").replace(/^(?:Forms|Checklists):\s*/u, "").trim();
    const a: AttachmentDraft = { id: reg.ids.make(title || `attachment ${n + 1}`, "attachment"), kind: "text", ...(title ? { title } : {}) };
    if (!/^(?:附件\s*\d+|Appendix [A-Z])$/u.test(part.label)) a.label = part.label;
    const tables = part.blocks.filter((b) => b.kind === "table");
    const texts = part.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    const kinds = tables.map((t) => tableKind(t.rows, words));
    if (kinds.includes("form")) {
      const t = tables[kinds.indexOf("form")];
      a.kind = "form";
      a.form = formFromTable(title || "表单", t?.rows ?? [], reg).id;
      delete a.title;
    } else if (kinds.includes("levels")) {
      a.kind = "levels";
      for (const t of tables) {
        const scale = levelsFromTable(t.rows, words, reg, ctx.locale);
        if (scale && tableKind(t.rows, words) === "levels") ctx.scales.push(scale);
      }
    } else if (kinds.some((k) => k === "people" || k === "bodies")) {
      a.kind = "contacts";
      tables.forEach((t, i) => {
        if (kinds[i] === "people") readPeopleTable(t.rows, words, reg);
        if (kinds[i] === "bodies") readBodiesTable(t.rows, words, reg);
      });
    } else {
      const rows = tables.flatMap((t) => t.rows.map((r) => r.filter((c) => c.trim() !== "").join("；")));
      const text = [...texts, ...rows].join("\n\n").trim();
      a.text = text || title || part.label;
      if (!text) reg.check(["attachments", reg.attachments.length, "text"], "this attachment's content was not read (a picture or a chart?): add it, or make it a `flowchart`, `image` or `table`");
    }
    reg.attachments.push(a);
  });
  for (const title of listed.slice(parts.length)) {
    const form = reg.forms.find((f) => f.title === title.replace(/^《|》$/gu, ""));
    const a: AttachmentDraft = form ? { id: reg.ids.make(title, "attachment"), kind: "form", form: form.id } : { id: reg.ids.make(title, "attachment"), kind: "text", title, text: title };
    if (!form) reg.check(["attachments", reg.attachments.length, "text"], "listed as an attachment but not in the document: add its content");
    reg.attachments.push(a);
  }
}
