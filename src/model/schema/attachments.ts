import { z } from "./zod.js";
import { Id, IntegerIn, Paragraphs, Text } from "./primitives.js";

/**
 * Attachments (附件 / appendices): numbered after the body of the plan, listed
 * under the body text, each starting on a new page with its mark ("附件1",
 * "Appendix A"). What an attachment shows is data: a table of the response
 * levels, the contact directory, a declared form, a flowchart drawn from a
 * procedure's steps or from the level escalation, an image the admin supplies,
 * a typed table, or text.
 */
export const ATTACHMENT_KINDS = ["levels", "contacts", "form", "flowchart", "image", "table", "checklist", "text", "distribution", "revisions"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** What a level-table column can show (besides `label.<set>`). */
export const LEVEL_COLUMN_KEYS = [
  "name", "criteria", "examples", "maps_to", "report.to", "report.within", "report.via", "notify",
  "release.by", "release.approve", "release.override", "activates", "steps",
] as const;


/**
 * A column: a word (a level table's key, such as `criteria`; a typed table's heading) or
 * `{ key, name, width, align }`.
 */
export const TableColumn = z.union([
  Text.transform((word) => ({ word, name: undefined as string | undefined, key: undefined as string | undefined, width: undefined as number | undefined, align: undefined as "left" | "center" | "right" | undefined })),
  z.strictObject({
    name: Text.optional().meta({ description: "Column heading (default: the key's own heading)." }),
    key: Text.optional().meta({
      description:
        "Level tables: what the column shows — name, label.<set>, criteria, report.to, report.within, report.via, release.approve, activates, maps_to, steps.",
    }),
    width: IntegerIn(1, 50).optional().meta({ description: "Relative width." }),
    align: z.enum(["left", "center", "right"]).optional(),
  }),
]);

export const Attachment = z.strictObject({
  id: Id,
  kind: z.enum(ATTACHMENT_KINDS).meta({
    description:
      "levels: the level table · contacts: the contact directory · form: a declared form · flowchart: drawn from a procedure or the level escalation · image: a PNG/JPEG/SVG file · table: a typed table · checklist: a procedure's or level's checklist · text: paragraphs · distribution: the distribution list and record (document.distribution) · revisions: the revision record (document.revisions)",
  }),
  title: Text.optional().meta({ description: "Title printed under the mark (default: from what it shows)." }),
  label: Text.optional().meta({ description: "Mark printed instead of the generated one, e.g. “Appendix A” or “V. Appendix A”." }),
  intro: Paragraphs.optional().meta({ description: "Text printed above the content." }),
  form: Id.optional().meta({ description: "kind: form — the form to print." }),
  procedure: Id.optional().meta({ description: "kind: flowchart or checklist — the procedure." }),
  level: Id.optional().meta({ description: "kind: checklist — the level." }),
  scale: Id.optional().meta({ description: "kind: levels or flowchart — the level scale (default: the response levels)." }),
  columns: z.array(TableColumn).optional().meta({ description: "kind: levels — the columns shown; kind: table — the columns." }),
  rows: z.array(z.array(z.string())).optional().meta({ description: "kind: table — the rows, one list of cells each." }),
  src: Text.optional().meta({ description: "kind: image — path of a PNG, JPEG or SVG file, relative to this data file." }),
  alt: Text.optional().meta({ description: "kind: image or flowchart — alternative text for readers who cannot see it." }),
  width: IntegerIn(5, 400).optional().meta({ description: "kind: image — printed width in millimetres (default: the text width)." }),
  text: Paragraphs.optional().meta({ description: "kind: text — the paragraphs." }),
  blank_rows: IntegerIn(0, 500).optional().meta({ description: "kind: distribution or revisions — ruled blank rows after the entries, for the record kept by hand (default 8)." }),
  withheld: Text.optional().meta({ description: "Print only the title and this note, e.g. “Removed due to sensitive contents.”" }),
  note: Text.optional().meta({ description: "Editor's note; never printed." }),
});
