import { z } from "./zod.js";
import { Bool, Id, Paragraphs, Text } from "./primitives.js";
import { isNumbering, SCHEME_NAMES } from "../../text/numbering-schemes.js";

/** A numbering scheme name or a style written as the first item's number. */
export const Numbering = Text.refine(isNumbering, {
  message: `a numbering is a scheme (${SCHEME_NAMES.join(", ")}) or the first item's number as it should look: 一、 （一） 1. （1） ① 第一条 A. or none`,
}).meta({ json: { type: "string", examples: [...SCHEME_NAMES, "一、", "（一）", "1.", "（1）", "第一条", "A."] } });

export type SectionInput = {
  id?: string | undefined;
  title?: string | undefined;
  text?: string | undefined;
  numbering?: string | undefined;
  items?: SectionInput[] | undefined;
  procedure?: string | undefined;
  group?: string | undefined;
  role?: string | undefined;
  roles?: string[] | undefined;
  category?: string | undefined;
  levels?: boolean | string | undefined;
  channels?: boolean | undefined;
  duty?: boolean | undefined;
  forms?: string[] | undefined;
  format?: "prose" | "roster" | "list" | undefined;
  after?: string | undefined;
  note?: string | undefined;
  untitled?: boolean | undefined;
  response?: string[] | undefined;
  units?: boolean | string[] | undefined;
  basis?: boolean | undefined;
  review?: boolean | undefined;
  delegation?: boolean | undefined;
  withheld?: string | undefined;
};

export const Section: z.ZodType<SectionInput, unknown> = z.strictObject({
  id: Id.optional().meta({ description: "Id other text can refer to: {id.number} prints its number (见第十二条 / see 4.2)." }),
  title: Text.optional(),
  text: Paragraphs.optional(),
  numbering: Numbering.optional().meta({ description: "Numbering of the items: a style (一、 （一） 1. （1） ① 一是 第一条 A. none; 1、 is printed 1.) or a scheme for the whole subtree (gbt, articles, articles-sections, flat-articles, decimal, outline, none)." }),
  get items() {
    return z.array(Section).optional();
  },
  procedure: Id.optional().meta({ description: "Render this procedure here." }),
  group: Id.optional(),
  role: Id.optional(),
  roles: z.array(Id).optional(),
  category: Id.optional(),
  levels: z.union([Bool, Id]).optional().meta({ description: "true: the response levels here (their criteria and what happens at each); or a scale id." }),
  channels: Bool.optional(),
  duty: Bool.optional(),
  forms: z.array(Id).optional().meta({ description: "Describe these forms (their fields) here." }),
  format: z.enum(["prose", "roster", "list"]).optional(),
  after: Paragraphs.optional().meta({ description: "Text after the items." }),
  note: Text.optional().meta({ description: "Editor's note; never printed." }),
  untitled: Bool.optional().meta({ description: "Print no title (not even the procedure's name)." }),
  response: z.union([Id.transform((id) => [id]), z.array(Id)]).optional().meta({ description: "What happens at these levels (one id, or several that share this section): their report, groups set up, release and steps." }),
  units: z.union([Bool, z.array(Id)]).optional().meta({ description: "true (or unit ids): the units' duties and liaisons, as a roster table." }),
  basis: Bool.optional().meta({ description: "The legal basis (document.basis) here; in `text`, {basis} places the list in a sentence." }),
  review: Bool.optional().meta({ description: "The review and exercise cycle (document.review) here." }),
  delegation: Bool.optional().meta({ description: "Who stands in for whom (roles' delegation), as a table." }),
  withheld: Text.optional().meta({ description: "Print only the title and this note, e.g. “Removed due to sensitive contents.”" }),
}) as unknown as z.ZodType<SectionInput, unknown>;

export const PlanOutline = z.strictObject({
  preamble: Paragraphs.optional(),
  numbering: Numbering.optional().meta({
    description: "Numbering scheme of the plan: gbt (一、（一）1.（1）), articles (第一章 第一条, articles numbered on through the chapters), articles-sections (第一章 第一节 第一条), flat-articles, decimal (1 / 1.1 / 1.1.1), outline (I. A. 1. a.), none — or the style of the top-level sections.",
  }),
  sections: z.array(Section).min(1, "the plan needs at least one section"),
  closing: Paragraphs.optional(),
});

