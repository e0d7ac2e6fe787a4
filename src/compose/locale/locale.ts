import type { DeadlineT, FrequencyT } from "../../model/model.js";

/** Everything that differs between languages when data becomes words. */
export type LocaleText = {
  readonly id: "zh-CN" | "en";
  /** Full phrase for running text: 在1小时内 / within 1 hour. */
  deadline(d: DeadlineT): string;
  /** Short form for a checklist cell: 1小时内 / 1 h. */
  deadlineShort(d: DeadlineT): string;
  frequency(f: FrequencyT): string;
  frequencyShort(f: FrequencyT): string;
  date(iso: string): string;
  /** "A、B和C" / "A, B and C". */
  list(items: readonly string[]): string;
  /** Items in a series without a conjunction: "A、B、C" / "A, B, C". */
  enumerate(items: readonly string[]): string;
  /** Names of fields or other labels that may contain commas: "A、B" / "A; B". */
  labels(items: readonly string[]): string;
  /** A duration alone: 14天 / 14 days. */
  duration(minutes: number, named?: string): string;
  /** Times of day: 09:00、16:00 / 09:00 and 16:00. */
  times(at: readonly string[]): string;
  /** What a plan of this kind is about, for document titles: 舆情应对 / 疫情防控 … */
  subject(kind: string): string;
  /** How running text refers to an entity: English adds "the" except for people. */
  refer(name: string, kind: string): string;
  /** Recipients of a report: "A、B及C" / "A, B and C". */
  recipients(items: readonly string[]): string;
  /** Several actors acting together: "A会同B、C" / "A with B and C". */
  actors(items: readonly string[]): string;
  /** Separator of items in a run-on sentence: "；" / "; ". */
  clauseSeparator: string;
  /** Sentence end: "。" / ".". */
  fullStop: string;
  /** Numbering style used at each depth when the data gives none. */
  defaultNumbering(depth: number): string;
  /** Heading level (2..6) for a numbering style at a depth. */
  headingLevel(style: string, depth: number): number;
  /** Label of an ordinal check: 第2次 / Check 2. */
  checkLabel(n: number): string;
  phoneLabel(kind: string): string;
  /** Row label of a round-the-clock check when there are no shifts. */
  allDay: string;
  checkChannel(name: string): string;
};

export type { DeadlineT, FrequencyT };
