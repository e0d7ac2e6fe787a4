import type { Position } from "../diagnostics/diagnostic.js";
import type { DataPath, YamlSource } from "../load/parse-yaml.js";
import type * as S from "./schema/index.js";
import type { z } from "zod";

export type PlanData = S.PlanData;
export type UnitT = z.output<typeof S.Unit>;
export type PersonT = z.output<typeof S.Person>;
export type RoleT = z.output<typeof S.Role>;
export type GroupT = z.output<typeof S.Group>;
export type ExternalT = z.output<typeof S.External>;
export type ChannelT = z.output<typeof S.Channel>;
export type CategoryT = z.output<typeof S.Category>;
export type ProcedureT = z.output<typeof S.Procedure>;
export type StepT = z.output<typeof S.Step>;
export type LevelT = z.output<typeof S.Level>;
export type ScaleT = z.output<typeof S.Scale>;
export type CriteriaT = S.CriteriaValue;
export type ConditionT = S.ConditionValue;
export type FormT = z.output<typeof S.Form>;
export type FormFieldT = z.output<typeof S.FormField>;
export type DutyT = z.output<typeof S.Duty>;
export type AttachmentT = z.output<typeof S.Attachment>;
export type SectionT = S.SectionInput;
export type DeadlineT = S.DeadlineValue;
export type FrequencyT = S.FrequencyValue;

export type EntityKind =
  | "unit"
  | "person"
  | "role"
  | "group"
  | "external"
  | "channel"
  | "category"
  | "level"
  | "procedure"
  | "form"
  | "attachment"
  | "section"
  | "step"
  | "scale";

export type EntityMap = {
  unit: UnitT;
  person: PersonT;
  role: RoleT;
  group: GroupT;
  external: ExternalT;
  channel: ChannelT;
  category: CategoryT;
  level: LevelT;
  procedure: ProcedureT;
  form: FormT;
  attachment: AttachmentT;
  section: SectionT;
  step: StepT;
  scale: ScaleT;
};

export type Entry = { [K in EntityKind]: { kind: K; entity: EntityMap[K]; path: DataPath } }[EntityKind];

/** The validated data of one organisation plus an index of every id. */
export type Model = {
  readonly data: PlanData;
  /** The data as written (merged with its bases): every scalar is the text the user typed. */
  readonly raw: unknown;
  /** Main data file (the organisation's own file). */
  readonly file: string;
  /** Every file the data came from (the file and its bases), for positions and hashing. */
  readonly sources: readonly YamlSource[];
  readonly index: ReadonlyMap<string, Entry>;
  /** Where the value at `path` of the (merged) data was written. */
  locate(path: DataPath): Located;
  /** Where the key `key` of the map at `path` was written. */
  locateKey(path: DataPath, key: string): Located;
};

export type Located = { readonly file: string; readonly position: Position };

export const COLLECTIONS: ReadonlyArray<[keyof PlanData & string, EntityKind]> = [
  ["units", "unit"],
  ["people", "person"],
  ["roles", "role"],
  ["groups", "group"],
  ["external", "external"],
  ["channels", "channel"],
  ["categories", "category"],
  ["scales", "scale"],
  ["levels", "level"],
  ["procedures", "procedure"],
  ["forms", "form"],
  ["attachments", "attachment"],
];

/** The name an entity goes by: a person's or role's name, a form's title, a section's title (or its id). */
export function entityName(e: Entry): string {
  switch (e.kind) {
    case "form":
      return e.entity.title;
    case "attachment":
    case "section":
      return e.entity.title ?? e.entity.id ?? "";
    case "step":
      return e.entity.action ?? e.entity.id ?? "";
    default:
      return e.entity.name;
  }
}

export function lookup<K extends EntityKind>(model: Model, id: string, kind: K): EntityMap[K] | undefined {
  const e = model.index.get(id);
  return e && e.kind === kind ? (e.entity as EntityMap[K]) : undefined;
}
