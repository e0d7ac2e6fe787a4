import { z } from "./zod.js";
import {
  Category,
  Channel,
  Duty,
  External,
  Form,
  Group,
  Person,
  Procedure,
  Role,
  Unit,
} from "./entities.js";
import { Attachment } from "./attachments.js";
import { Level, Scale } from "./levels.js";
import { Bool, Id, Locale, Text, TextList } from "./primitives.js";
import { PlanOutline } from "./outline.js";
import { DocumentMeta, Notice } from "./document.js";

export const Organisation = z.strictObject({
  name: Text,
  short_name: Text.optional().meta({ description: "How the text names it, e.g. 学校 / 我镇." }),
  type: Text.optional().meta({ description: "university, school, township, town, prison, hospital, company …" }),
  place: Text.optional(),
  superior: Text.optional(),
  focus_topics: TextList.optional(),
});

export const ThemeOverrides = z.strictObject({
  paper: z.enum(["a4", "letter"]).optional(),
  heading_bold: Bool.optional(),
  phones: z
    .enum(["as-written", "national", "international"])
    .optional()
    .meta({ description: "How phone numbers print, the same in every document: national (0470-322 5100, the default), international (+86 470 322 5100) or as-written." }),
  fonts: z
    .strictObject({
      body: Text.optional(),
      title: Text.optional(),
      heading: Text.optional(),
      kai: Text.optional(),
    })
    .optional()
    .meta({ description: "Paths (relative to this file) of licensed font files to use instead of the free stand-ins." }),
});

const planFileShape = {
  planwright: z.literal("1").optional().meta({ description: "Data format version." }),
  extends: Text.optional().meta({ description: "Path of a base file whose rules this file inherits." }),
  base: Bool.optional().meta({ description: "true: this file is a base, used through `extends:` and never built on its own." }),
  omit: z.array(Id).optional().meta({ description: "Ids of entities inherited from the base to leave out." }),
  templates: Text.optional().meta({ description: "Folder of templates that override the built-in ones by name." }),
  id: Id.meta({ description: "Organisation id; outputs go to out/<id>/." }),
  locale: Locale.default("zh-CN"),
  kind: Text.optional().meta({ description: "public-opinion, epidemic, crisis-comms …" }),
  note: Text.optional().meta({ description: "Editor's note; never printed." }),
  document: DocumentMeta,
  notice: Notice.optional().meta({ description: "An issuing notice (印发通知) the plan is printed after, as its attachment." }),
  organisation: Organisation,
  units: z.array(Unit).default([]),
  people: z.array(Person).default([]),
  roles: z.array(Role).default([]),
  groups: z.array(Group).default([]),
  external: z.array(External).default([]),
  channels: z.array(Channel).default([]),
  categories: z.array(Category).default([]),
  scales: z.array(Scale).default([]).meta({ description: "Level scales (warning, response, event grade …) when there is more than one, or to name and label the one." }),
  levels: z.array(Level).default([]),
  procedures: z.array(Procedure).default([]),
  forms: z.array(Form).default([]),
  duty: Duty.optional(),
  plan: PlanOutline,
  attachments: z.array(Attachment).default([]).meta({ description: "Attachments (附件 / appendices), printed after the plan in this order." }),
  theme: ThemeOverrides.optional(),
};

export const PlanFile = z.strictObject(planFileShape);

/** A base file: the same keys, none of them required. */
export const BaseFile = z.strictObject(planFileShape).partial();

export type PlanFileInput = z.input<typeof PlanFile>;
export type PlanData = z.output<typeof PlanFile>;
