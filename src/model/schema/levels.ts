import { z } from "./zod.js";
import { Id, IntegerIn, Paragraphs, Text, TextList } from "./primitives.js";
import { Deadline, parseDuration, type Duration } from "./timing.js";
import { IdRefs, Step } from "./entities.js";

/**
 * Levels are rules: which scale they belong to (warning, response, event
 * grade, category, phase, tier), what labels they carry, the criteria that
 * put an incident at that level, and what happens at it — whom to report to
 * and by when, who releases and approves statements, which groups are set up.
 */

export const SCALE_KINDS = ["response", "warning", "event", "category", "phase", "tier"] as const;
export const STAGES = ["issue", "act", "adjust", "lift", "activate", "operate", "deactivate", "recover"] as const;

export const LabelSet = z.strictObject({
  id: Id,
  name: Text.meta({ description: "Column heading of the label set, e.g. 事件级别 / Colour." }),
});

export const Stage = z.strictObject({
  stage: z.enum(STAGES).meta({ description: "issue · act · adjust · lift (warnings); activate · operate · deactivate · recover (responses)." }),
  name: Text.optional().meta({ description: "Heading of the stage (default from the stage: 预警发布 / Activation …)." }),
  procedure: Id.meta({ description: "The procedure whose steps make up this stage." }),
});

export const Scale = z.strictObject({
  id: Id,
  name: Text.meta({ description: "e.g. 预警级别 / 响应级别 / Levels of crisis." }),
  kind: z.enum(SCALE_KINDS).optional().meta({ description: "What the levels grade: response (default), warning, event, category, phase, tier." }),
  of: Text.optional().meta({ description: "What is graded, for wording such as “other 舆情”: 舆情 / 突发事件 / incidents." }),
  labels: z.array(LabelSet).optional().meta({ description: "Label sets besides the level's name, e.g. colour and event grade." }),
  sentence_label: Id.optional().meta({ description: "Label set the generated sentences use for a level (default: its name)." }),
  stages: z.array(Stage).optional().meta({ description: "The scale's life cycle, in order: each stage a procedure." }),
  intro: Paragraphs.optional(),
});

export type Quantity = { readonly kind: "number"; readonly value: number } | { readonly kind: "duration"; readonly duration: Duration };

/** A number (10000, 1.5) or a duration (24h, 30min) inside a criterion. */
export const QuantityValue = z
  .string()
  .refine((s) => /^\d{1,12}(\.\d{1,4})?$/.test(s.trim()) || parseDuration(s) !== undefined, "expected a number such as 10000 or a duration such as 24h")
  .transform((s): Quantity => (/^\d{1,12}(\.\d{1,4})?$/.test(s.trim()) ? { kind: "number", value: Number(s) } : { kind: "duration", duration: parseDuration(s) as Duration }))
  .meta({ json: { type: ["string", "number"], examples: ["10000", "24h", "2"] } });

export const COMPARATORS = ["over", "at_least", "under", "at_most"] as const;
export type Comparator = (typeof COMPARATORS)[number];

export type ConditionValue = {
  readonly text?: string;
  readonly measure?: string;
  readonly comparator?: Comparator;
  readonly value?: Quantity;
  readonly unit?: string;
};

const ConditionObject = z
  .strictObject({
    text: Text.optional().meta({ description: "The condition in words; {value} prints the number in the locale (1万 / 10,000)." }),
    measure: Text.optional().meta({ description: "What is counted or timed, e.g. 转发量 / reposts / 事件持续时间." }),
    over: QuantityValue.optional(),
    at_least: QuantityValue.optional(),
    under: QuantityValue.optional(),
    at_most: QuantityValue.optional(),
    value: QuantityValue.optional().meta({ description: "The number {value} stands for in `text`." }),
    unit: Text.optional().meta({ description: "Unit after the number: 次 / 个 / people." }),
  })
  .transform((o): ConditionValue => {
    const comparator = COMPARATORS.find((c) => o[c] !== undefined);
    const value = comparator ? o[comparator] : o.value;
    return {
      ...(o.text ? { text: o.text } : {}),
      ...(o.measure ? { measure: o.measure } : {}),
      ...(comparator ? { comparator } : {}),
      ...(value ? { value } : {}),
      ...(o.unit ? { unit: o.unit } : {}),
    };
  });

export const Condition = z.union([Text.transform((text): ConditionValue => ({ text })), ConditionObject]);

export type CriteriaValue =
  | { readonly mode: "text"; readonly text: string }
  | { readonly mode: "any" | "all"; readonly conditions: readonly ConditionValue[] }
  | { readonly mode: "otherwise"; readonly text?: string };

export const Criteria = z.union([
  Paragraphs.transform((text): CriteriaValue => ({ mode: "text", text })),
  z.array(Condition).min(1, "list at least one condition").transform((conditions): CriteriaValue => ({ mode: "any", conditions })),
  z.strictObject({ any: z.array(Condition).min(1, "list at least one condition") }).transform((o): CriteriaValue => ({ mode: "any", conditions: o.any })),
  z.strictObject({ all: z.array(Condition).min(1, "list at least one condition") }).transform((o): CriteriaValue => ({ mode: "all", conditions: o.all })),
  z
    .strictObject({
      otherwise: z.literal("true").meta({ json: { type: "boolean", const: true } }),
      text: Text.optional().meta({ description: "Wording of the catch-all, instead of the generated one." }),
    })
    .transform((o): CriteriaValue => ({ mode: "otherwise", ...(o.text ? { text: o.text } : {}) })),
]).meta({
  description:
    "What puts an incident at this level: text; a list (any one applies); `any:` / `all:` lists of conditions; or `otherwise: true` for the catch-all level. A condition is text or {measure, over|at_least|under|at_most: number or duration, unit}.",
});

export const Level = z.strictObject({
  id: Id,
  name: Text,
  scale: Id.optional().meta({ description: "The scale this level belongs to (needed when the data declares more than one scale)." }),
  rank: IntegerIn(1, 99).meta({ description: "1 = most severe, within its scale." }),
  labels: z.record(Id, Text).optional().meta({ description: "Other labels of the level, by label set: { grade: 特别重大（Ⅰ级）, colour: 红色 }." }),
  criteria: Criteria.optional(),
  examples: TextList.optional().meta({ description: "Typical incidents at this level, e.g. fire, shooting, protest." }),
  maps_to: IdRefs.optional().meta({ description: "Levels of another scale this one corresponds to (event grade → response level)." }),
  report_step: Id.optional().meta({ description: "The step (by its id) that is this level's report: its recipients and deadline are the level's, stated once, on the step." }),
  report_to: IdRefs.optional().meta({ description: "Whom to report to at this level (default: the report_step's recipients)." }),
  respond_within: Deadline.optional().meta({ description: "Deadline of the report to report_to (not with report_step, which has its own)." }),
  report_by: IdRefs.optional().meta({ description: "Who makes the report (default: the report_step's actor, else the actor of a step that reports to report_to)." }),
  report_via: IdRefs.optional().meta({ description: "Forms or channels the report goes on (纸质快报, 内参, phone): form or channel ids." }),
  notify: IdRefs.optional().meta({ description: "Who is told (not asked) at this level." }),
  release_by: IdRefs.optional().meta({ description: "Who drafts and releases outgoing statements at this level." }),
  release_within: Deadline.optional().meta({ description: "How soon the first statement goes out at this level: 1h, first-moment …" }),
  approve_by: IdRefs.optional().meta({ description: "Who approves outgoing statements and the response at this level." }),
  approve_within: Deadline.optional().meta({ description: "How soon approve_by decides (the response, or the statement) at this level: 1h, immediately …" }),
  override_by: IdRefs.optional().meta({ description: "Who may take over the release (a superior body)." }),
  activates: IdRefs.optional().meta({ description: "Groups set up (成立) at this level." }),
  procedure: Id.optional().meta({ description: "Procedure whose steps apply at this level." }),
  steps: z.array(Step).optional(),
});
