import { z } from "./zod.js";
import { Bool, ClockTime, Text } from "./primitives.js";

/**
 * Deadlines and frequencies are rules, so they are data: either a concrete
 * duration or one of the vague terms plans use (立即, 第一时间, 及时 …).
 */

export const VAGUE_TERMS = ["immediately", "first-moment", "promptly", "quickly", "when-appropriate", "regularly"] as const;
export type VagueTerm = (typeof VAGUE_TERMS)[number];

export type Duration = { readonly minutes: number; readonly named?: "half-day" };
export type DeadlineValue =
  | { readonly kind: "vague"; readonly term: VagueTerm; readonly from?: string; readonly usually?: boolean }
  | { readonly kind: "within"; readonly duration: Duration; readonly from?: string; readonly usually?: boolean };

const DURATION = /^(\d+(?:\.\d+)?)\s*(min|m|h|d|w)$/;
const ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

export function parseDuration(s: string): Duration | undefined {
  const t = s.trim();
  if (t === "half-day") return { minutes: 720, named: "half-day" };
  const m = DURATION.exec(t);
  if (m) {
    const n = Number(m[1]);
    const unit = m[2];
    const minutes = unit === "min" || unit === "m" ? n : unit === "h" ? n * 60 : unit === "d" ? n * 1440 : n * 10080;
    return Number.isFinite(minutes) && minutes > 0 ? { minutes } : undefined;
  }
  const iso = ISO.exec(t);
  if (iso && t !== "P" && t !== "PT") {
    const minutes = Number(iso[1] ?? 0) * 1440 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
    return minutes > 0 ? { minutes } : undefined;
  }
  return undefined;
}

const DEADLINE_HELP = `a deadline is a duration like 30min, 1h, half-day, 2d, 14d, or one of: ${VAGUE_TERMS.join(", ")}`;

/** The shortest and longest deadline that make sense in a plan: one minute, one year. */
export const DEADLINE_RANGE = { minMinutes: 1, maxMinutes: 365 * 1440 } as const;

function deadlineInRange(s: string): boolean {
  const d = (VAGUE_TERMS as readonly string[]).includes(s) ? undefined : parseDuration(s);
  return !d || (d.minutes >= DEADLINE_RANGE.minMinutes && d.minutes <= DEADLINE_RANGE.maxMinutes);
}

const DeadlineTerm = z
  .string()
  .refine((s) => (VAGUE_TERMS as readonly string[]).includes(s) || parseDuration(s) !== undefined, { message: DEADLINE_HELP, abort: true })
  .refine(deadlineInRange, {
    error: (iss) => `a deadline of ${String(iss.input)} is out of range: use from 1min to 365d (or a term such as regularly)`,
  })
  // Every term and the usual durations, so an editor offers them all.
  .meta({ json: { type: "string", description: DEADLINE_HELP, examples: [...VAGUE_TERMS, "10min", "30min", "1h", "2h", "4h", "half-day", "1d", "2d", "3d", "7d", "14d", "30d"] } });

function toDeadline(term: string, from?: string, usually?: boolean): DeadlineValue {
  const extra = { ...(from ? { from } : {}), ...(usually ? { usually } : {}) };
  if ((VAGUE_TERMS as readonly string[]).includes(term)) return { kind: "vague", term: term as VagueTerm, ...extra };
  return { kind: "within", duration: parseDuration(term) as Duration, ...extra };
}

export const Deadline = z.union([
  DeadlineTerm.transform((t) => toDeadline(t)),
  z
    .strictObject({
      within: DeadlineTerm,
      from: Text.optional().meta({ description: "What the time is counted from, e.g. 收到舆情联系单." }),
      usually: Bool.optional().meta({ description: "The deadline is the normal case (一般), not absolute." }),
    })
    .transform((o) => toDeadline(o.within, o.from, o.usually)),
]);

export type Period = "day" | "week" | "month" | "year" | "shift";
export type FrequencyValue =
  | { readonly kind: "continuous"; readonly during?: string }
  | { readonly kind: "regularly"; readonly during?: string }
  | { readonly kind: "per-incident"; readonly during?: string }
  /** Every so many minutes: every 2h, every 30min. */
  | { readonly kind: "interval"; readonly minutes: number; readonly during?: string }
  | {
      readonly kind: "times";
      readonly times: number;
      readonly per: Period;
      readonly atLeast: boolean;
      readonly at: readonly string[];
      readonly during?: string;
    };

const FREQ_WORDS: Record<string, FrequencyValue> = {
  continuous: { kind: "continuous" },
  "24h": { kind: "continuous" },
  regularly: { kind: "regularly" },
  "per-incident": { kind: "per-incident" },
  daily: { kind: "times", times: 1, per: "day", atLeast: false, at: [] },
  "twice-daily": { kind: "times", times: 2, per: "day", atLeast: false, at: [] },
  weekly: { kind: "times", times: 1, per: "week", atLeast: false, at: [] },
  monthly: { kind: "times", times: 1, per: "month", atLeast: false, at: [] },
};
/** The frequencies written as words (`24h` is `continuous`, written the other way). */
const FREQUENCY_TERMS = Object.keys(FREQ_WORDS).filter((w) => w !== "24h");
const MAX_PER_DAY = 48;
const PER = /^(\d{1,2})\/(day|week|month|year|shift)$/;
const EVERY = /^every[\s-]+(.+)$/;
/** An interval between 30 minutes (as often as 48 checks a day) and a year. */
const INTERVAL_MINUTES = { min: 30, max: 525600 };

export function parseFrequency(s: string): FrequencyValue | undefined {
  const t = s.trim();
  const word = FREQ_WORDS[t];
  if (word) return word;
  const every = EVERY.exec(t);
  if (every) {
    const d = parseDuration(every[1] as string);
    return d && !d.named && d.minutes >= INTERVAL_MINUTES.min && d.minutes <= INTERVAL_MINUTES.max ? { kind: "interval", minutes: d.minutes } : undefined;
  }
  const m = PER.exec(t);
  // More than every half hour is `continuous`: 49/day would print 49 timed rows on the duty checklist.
  if (m && Number(m[1]) > 0 && (Number(m[1]) <= MAX_PER_DAY || (m[2] !== "day" && m[2] !== "shift"))) return { kind: "times", times: Number(m[1]), per: m[2] as Period, atLeast: false, at: [] };
  return undefined;
}

const FREQ_HELP =
  "a frequency is N/day (N up to 48), N/week, N/month, N/shift, an interval such as every 2h or every 30min (from 30 minutes to a year), or one of: daily, twice-daily, weekly, monthly, continuous (24-hour), regularly, per-incident";
const FrequencyTerm = z
  .string()
  .refine((s) => parseFrequency(s) !== undefined, FREQ_HELP)
  .meta({ json: { type: "string", description: FREQ_HELP, examples: [...FREQUENCY_TERMS, "2/day", "3/day", "4/day", "every 2h", "1/shift", "2/week", "1/month"] } });

export const Frequency = z.union([
  FrequencyTerm.transform((t) => parseFrequency(t) as FrequencyValue),
  z
    .strictObject({
      every: FrequencyTerm.meta({ description: "How often, e.g. 3/day." }),
      at_least: Bool.optional().meta({ description: "At least this often (至少)." }),
      at: z.array(ClockTime).optional().meta({ description: "Suggested times of day for each check." }),
      during: Text.optional().meta({ description: "When it applies, e.g. 工作时间 / 特殊时期." }),
    })
    .transform((o): FrequencyValue => {
      const base = parseFrequency(o.every) as FrequencyValue;
      const during = o.during ? { during: o.during } : {};
      if (base.kind !== "times") return { ...base, ...during };
      return { ...base, atLeast: o.at_least ?? false, at: o.at ?? [], ...during };
    }),
]);
