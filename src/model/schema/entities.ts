import { z } from "./zod.js";
import { Bool, ClockTime, Email, Id, IntegerIn, IsoDate, Paragraphs, Phone, Text, TextList, Url } from "./primitives.js";
import { Deadline, Frequency, Lasts } from "./timing.js";

/** What an approver does before a step goes ahead: 批准, 审定 (the final wording), 审核, 签发, 同意. */
export const APPROVAL_VERBS = ["approve", "finalise", "review", "sign", "agree"] as const;
export type ApprovalVerb = (typeof APPROVAL_VERBS)[number];

/** One id or a list of ids (`actor: office` or `actor: [office, press]`). */
export const IdRefs = z.union([Id.transform((id) => [id]), z.array(Id)]);

export const Phones = z
  .strictObject({
    mobile: Phone.optional(),
    office: Phone.optional(),
    duty: Phone.optional().meta({ description: "24-hour duty line." }),
    home: Phone.optional(),
    fax: Phone.optional(),
  })
  .meta({ description: "Phone numbers, exactly as written." });

export const Unit = z.strictObject({
  id: Id,
  name: Text,
  abbr: Text.optional().meta({ description: "Short form used after the first mention (以下简称…), e.g. 党办 / OEM." }),
  kind: Text.optional().meta({ description: "e.g. department, college, office, teaching-point." }),
  parent: Id.optional(),
  head: Id.optional().meta({ description: "Person who heads the unit (负责人)." }),
  liaison: Id.optional().meta({ description: "The unit's one liaison for this plan (联络员): a person id." }),
  backup: Id.optional().meta({ description: "The liaison's backup: a person id." }),
  duties: TextList.optional().meta({ description: "What the unit does under this plan." }),
});

export const Person = z.strictObject({
  id: Id,
  name: Text,
  title: Text.optional().meta({ description: "Position, e.g. 党委书记 / Head of Communications." }),
  unit: Id.optional(),
  phones: Phones.optional(),
  email: Email.optional(),
  available_24h: Bool.optional(),
  deputy: Id.optional().meta({ description: "Person who stands in when this one cannot be reached." }),
});

export const Training = z.strictObject({
  topics: TextList,
  frequency: Frequency.optional(),
});

export const Role = z.strictObject({
  id: Id,
  name: Text,
  unit: Id.optional(),
  abbr: Text.optional().meta({ description: "Short form used after the first mention, e.g. PIO (“Public Information Officer (PIO)” the first time)." }),
  holders: z.array(Id).optional().meta({ description: "Ids of the people (or outside bodies, for advisers and partner agencies) who hold this role, in order." }),
  holders_text: Text.optional().meta({ description: "Who holds it when not named people: a post or a class of people, e.g. 各部门负责人 / every class teacher." }),
  held_by: Id.optional().meta({ description: "The post is held concurrently (兼任) by the holder of this role, or by the head of this unit." }),
  delegation: z.array(Id).optional().meta({ description: "Who stands in, in order, when the holder is absent: role or person ids." }),
  appointment: Text.optional().meta({
    description: "How the role is filled. May use the slots {role} and {requirements}.",
  }),
  requirements: TextList.optional(),
  duties: TextList.optional(),
  reports_to: Id.optional(),
  training: Training.optional(),
});

export const Group = z.strictObject({
  id: Id,
  name: Text,
  short_name: Text.optional().meta({ description: "How the text refers to it after the first mention (以下简称…), e.g. 领导小组 / JIC." }),
  kind: Text.optional().meta({ description: "e.g. leading-group, office, expert-panel, working-group." }),
  parent: Id.optional().meta({ description: "Group this one sits under (an office under its leading group)." }),
  host_unit: Id.optional().meta({ description: "Unit where the group sits, e.g. 设在党政办." }),
  members: z.array(Id).optional().meta({ description: "Role ids of the group's positions, leader first." }),
  duties: TextList.optional(),
  standing: Bool.optional().meta({ description: "false: the group exists only when activated (成立) — by a level's `activates` or `formed_when`. Default: false when a level activates it, else true." }),
  formed_when: Text.optional().meta({ description: "The trigger that sets up a non-standing group when no level does, e.g. 发生重大网络舆情后." }),
});

export const External = z.strictObject({
  id: Id,
  name: Text,
  abbr: Text.optional().meta({ description: "Short form used after the first mention, e.g. EOC." }),
  kind: Text.optional().meta({ description: "e.g. authority, police, health, education, media, website, expert." }),
  contact: Text.optional().meta({ description: "Contact person." }),
  phones: Phones.optional(),
  email: Email.optional(),
  url: Url.optional(),
  address: Text.optional(),
  when: Text.optional().meta({ description: "When to contact them." }),
});

export const Channel = z.strictObject({
  id: Id,
  name: Text,
  type: Text.optional().meta({ description: "website, forum, weibo, wechat, qq-group, blog, portal, tv, platform …" }),
  url: Url.optional(),
  owner: z.enum(["own", "external"]).optional(),
  use: z.array(z.enum(["monitor", "publish", "collect"])).optional(),
  priority: z.enum(["key", "normal"]).optional(),
  check: Frequency.optional(),
  admin: Id.optional().meta({ description: "Person or external body who administers it." }),
  note: Text.optional(),
});

export const CategoryItem = z.union([
  Text.transform((text) => ({ text, action: undefined as string | undefined })),
  z.strictObject({ text: Text, action: Text.optional() }),
]);

export const Category = z.strictObject({
  id: Id,
  name: Text,
  kind: Text.optional().meta({ description: "e.g. harmful, focus-topics." }),
  intro: Paragraphs.optional(),
  action: Text.optional().meta({ description: "What to do with anything in this category." }),
  numbering: Text.optional(),
  items: z.array(CategoryItem).min(1, "a category list needs at least one item"),
});

export const Step = z.strictObject({
  id: Id.optional(),
  when: Text.optional().meta({ description: "Condition or trigger, e.g. 经查证属实的." }),
  actor: IdRefs.optional().meta({ description: "Who is responsible (role, group, unit or external id); several act together (A会同B) unless `either`." }),
  either: Bool.optional().meta({ description: "true: the actors are alternatives — whichever finds it (A或B / A or B) — not a joint team." }),
  action: Text.optional().meta({ description: "What they do, as a verb phrase." }),
  to: IdRefs.optional().meta({ description: "Who receives the report or hand-over." }),
  deadline: Deadline.optional(),
  frequency: Frequency.optional(),
  lasts: Lasts.optional().meta({ description: "How long the measure lasts (14d of quarantine): printed with the frequency, never as a deadline; the slot {duration}." }),
  approval: IdRefs.optional().meta({ description: "Who must approve first." }),
  approval_verb: z
    .enum(APPROVAL_VERBS)
    .optional()
    .meta({ description: "What the approver does first: approve (批准, default), finalise (审定: the final wording), review (审核), sign (签发), agree (同意)." }),
  record: Id.optional().meta({ description: "Form filled in at this step." }),
  list: Id.optional().meta({ description: "A category whose items the step points at (如发现包含以下内容的… / any of the following): its checklist row carries them." }),
  text: Text.optional().meta({
    description: "Sentence used in the plan instead of the generated one. Slots: {actor} {to} {deadline} {frequency} {approval} {record}.",
  }),
  checklist: Bool.optional().meta({ description: "false leaves this step out of the checklist." }),
  at_levels: IdRefs.optional().meta({ description: "The step applies only at these levels (hourly updates at Red): it is worded so, goes on their checklists and never on the daily duty checklist." }),
});

export const Procedure = z.strictObject({
  id: Id,
  name: Text,
  short_name: Text.optional(),
  kind: Text.optional().meta({ description: "e.g. mechanism, procedure, routine, rules." }),
  intro: Paragraphs.optional(),
  style: z.enum(["prose", "list"]).optional().meta({ description: "prose: one paragraph; list: numbered steps." }),
  numbering: Text.optional(),
  steps: z.array(Step).default([]),
  outro: Paragraphs.optional(),
  checklist: Bool.optional().meta({ description: "false: no checklist for this procedure." }),
});

export const FieldType = z.enum([
  "text",
  "long-text",
  "url",
  "date",
  "time",
  "datetime",
  "person",
  "phone",
  "number",
  "choice",
  "check",
  "signature",
]);

export const FormField = z.union([
  Text.transform((name) => ({ name, type: "text" as const, width: undefined as number | undefined, options: undefined as string[] | undefined, lines: undefined as number | undefined })),
  z.strictObject({
    name: Text,
    type: FieldType.optional().default("text"),
    width: IntegerIn(1, 50).optional().meta({ description: "Relative column width (default by type)." }),
    options: TextList.optional(),
    lines: IntegerIn(1, 40)
      .optional()
      .meta({ description: "On a slip: how many ruled lines to write on (default 2 for long-text, 1 otherwise); a slip's long fields then grow to fill its page." }),
  }),
]);

export const Form = z.strictObject({
  id: Id,
  title: Text,
  purpose: Paragraphs.optional(),
  filled_by: IdRefs.optional(),
  layout: z.enum(["table", "slip"]).optional().meta({ description: "table: one row per entry; slip: one record per page." }),
  rows: IntegerIn(0, 500).optional().meta({ description: "Number of blank rows to print (table layout), at most 500." }),
  orientation: z.enum(["auto", "portrait", "landscape"]).optional(),
  fields: z.array(FormField).min(1, "a form needs at least one field"),
  sign_off: TextList.optional().meta({ description: "Signature lines under the form, e.g. 填表人, 审核人." }),
  retention: Text.optional(),
});

export const Shift = z.strictObject({ id: Id, name: Text, from: ClockTime, to: ClockTime });

export const RosterEntry = z.strictObject({
  day: Text.meta({ description: "Weekday or date, e.g. 周一 / 2026-03-02." }),
  shift: Id.optional(),
  people: z.array(Id).min(1, "a roster entry needs at least one person"),
});

export const Duty = z.strictObject({
  intro: Paragraphs.optional(),
  role: Id.optional().meta({ description: "Role that stands duty." }),
  shifts: z.array(Shift).optional(),
  roster: z.array(RosterEntry).optional(),
  heightened: TextList.optional().meta({ description: "Periods of heightened monitoring (节假日, 重大时间节点 …)." }),
  log_form: Id.optional(),
});

export const Revision = z.strictObject({
  version: Text,
  date: IsoDate,
  summary: Text,
  by: Text.optional(),
});

export { Deadline, Frequency, IsoDate, Url };
