import { z } from "./zod.js";
import { Bool, Email, Id, Integer, IntegerIn, IsoDate, Paragraphs, Text, TextList } from "./primitives.js";
import { Revision } from "./entities.js";

/**
 * The document around the rules: title block, status and approval, legal
 * basis, review and exercise cycle, distribution — and the issuing notice
 * (印发通知) a plan may be wrapped in.
 */

export type IntervalValue = { readonly n: number; readonly unit: "year" | "month" | "week" | "day" };
const INTERVAL = /^(\d{1,3})\s*(y|mo|w|d)$/;

/** How often something recurs: 1y, 2y, 6mo, 3mo, 1w. */
export const Interval = z
  .string()
  .regex(INTERVAL, "an interval is a number and a unit: 1y, 2y, 6mo, 3mo, 2w, 30d")
  .refine((s) => Number(INTERVAL.exec(s)?.[1]) > 0, "an interval must be at least 1")
  .transform((s): IntervalValue => {
    const m = INTERVAL.exec(s) as RegExpExecArray;
    const unit = ({ y: "year", mo: "month", w: "week", d: "day" } as const)[m[2] as "y" | "mo" | "w" | "d"];
    return { n: Number(m[1]), unit };
  })
  .meta({ json: { type: "string", pattern: INTERVAL.source, examples: ["1y", "2y", "6mo"] } });

/** A month or a day: 2026-10 or 2026-10-15. */
export const DateOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected a date written YYYY-MM-DD or a month YYYY-MM, e.g. 2026-10")
  .refine((s) => {
    const d = new Date(`${s.length === 7 ? `${s}-01` : s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, s.length === 7 ? 7 : 10) === s;
  }, "this date does not exist")
  .meta({ json: { type: "string", pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" } });

export const BasisItem = z.union([
  Text.transform((title) => ({ title, number: undefined as string | undefined })),
  z.strictObject({
    title: Text.meta({ description: "Title without 《》 — planwright adds them." }),
    number: Text.optional().meta({ description: "Document number, e.g. 黔府办函〔2024〕51号." }),
  }),
]);

export const ReviewActivity = z.strictObject({
  name: Text.meta({ description: "e.g. 桌面推演 / Table-top exercise / Full review." }),
  every: Interval.meta({ description: "How often: 1y, 2y, 6mo." }),
  next: DateOrMonth.optional().meta({ description: "When it is next due: 2027-02 or 2027-02-15." }),
  by: Id.optional().meta({ description: "Who runs it: a role, group or unit id." }),
});

export const Review = z.strictObject({
  every: Interval.meta({ description: "How often the plan is reviewed: 1y, 2y." }),
  next: DateOrMonth.optional().meta({ description: "Next review: 2026-10 or a day." }),
  by: Id.optional().meta({ description: "Who reviews and updates the plan: a role, group or unit id." }),
  exercises: z.array(ReviewActivity).optional().meta({ description: "Exercises and other reviews, each with its cycle." }),
});

export const DistributionEntry = z.strictObject({
  to: Text.meta({ description: "Who receives a copy: a unit, post or person (an id or a name)." }),
  copies: Integer.optional(),
  format: Text.optional().meta({ description: "e.g. 纸质 / hard copy / e-mail." }),
});

export const DocumentMeta = z.strictObject({
  title: Text,
  subtitle: Text.optional(),
  status: Text.optional().meta({ description: "Status printed under the title in brackets: 征求意见稿 / 试行 / 稿 / Draft." }),
  number: Text.optional().meta({ description: "Document number (发文字号), e.g. 湘信院发〔2024〕46号, printed under the title (or in the notice)." }),
  approval: z
    .strictObject({
      by: Text.meta({ description: "The body that adopted the plan, e.g. 公司第十一届董事会2025年第5次临时会议." }),
      date: IsoDate.optional(),
    })
    .optional()
    .meta({ description: "Approval line under the title: （经…审议通过）." }),
  revised: IsoDate.optional().meta({ description: "Revision date printed under the title: （2013年2月22日修订）." }),
  issuer: Text.optional().meta({ description: "Issuing body (发文机关署名)." }),
  date: IsoDate.optional().meta({ description: "Date of the document (成文日期); defaults to effective_date." }),
  version: Text,
  effective_date: IsoDate,
  marks: TextList.optional().meta({ description: "Marks printed top-left, e.g. 内部资料 / 机密★1年." }),
  basis: z.array(BasisItem).optional().meta({ description: "Legal basis (编制依据): titles of laws, regulations and plans, without 《》." }),
  review: Review.optional().meta({ description: "Review and exercise cycle: stated in the plan, carried as rows on the checklists." }),
  distribution: z.array(DistributionEntry).optional().meta({ description: "Who holds copies: printed as the distribution list and record." }),
  copy_to: TextList.optional().meta({ description: "抄送 bodies for the imprint (版记)." }),
  printed_by: Text.optional().meta({ description: "印发机关 for the imprint." }),
  printed_date: IsoDate.optional(),
  revisions: z.array(Revision).optional(),
  toc: z
    .union([Bool, IntegerIn(0, 999)])
    .optional()
    .meta({ description: "Table of contents: true (always), false (never), or a number N: only when the plan, without it, runs to more than N pages (default 10)." }),
});

export const Notice = z.strictObject({
  kind: z.enum(["issue", "consultation"]).optional().meta({ description: "issue: 关于印发《…》的通知 (default); consultation: a call for comments on a draft." }),
  number: Text.optional().meta({ description: "The notice's document number (发文字号)." }),
  title: Text.optional().meta({ description: "Title instead of the generated 关于印发《…》的通知." }),
  to: TextList.optional().meta({ description: "Addressees (主送), e.g. 各区、县级市人民政府." }),
  text: Paragraphs.optional().meta({ description: "Body instead of the generated one; {title} is the plan's title in 《》." }),
  feedback: Id.optional().meta({ description: "Where questions go while it is carried out (请径向…反映): a unit, role or external id." }),
  issuer: Text.optional().meta({ description: "Issuer of the notice (default: the document's issuer)." }),
  date: IsoDate.optional().meta({ description: "Date of the notice (default: the document's date)." }),
  comments: z
    .strictObject({
      from: IsoDate,
      to: IsoDate,
      email: Email.optional(),
      address: Text.optional(),
      contact: Id.optional().meta({ description: "Person to contact (their phone is printed)." }),
    })
    .optional()
    .meta({ description: "consultation: the comment period and where comments go." }),
});
