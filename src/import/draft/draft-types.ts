/**
 * The draft as the recognisers build it: plain records in the shape of the
 * data file (the YAML writer prints them as they are), plus the notes that
 * tell the admin what to check, each at the path of the value it is about.
 */
export type Phones = Partial<Record<"mobile" | "office" | "duty" | "home" | "fax", string>>;

export type PersonDraft = { id: string; name: string; title?: string; unit?: string; phones?: Phones };
export type UnitDraft = { id: string; name: string; abbr?: string; kind?: string; head?: string; liaison?: string; backup?: string };
export type RoleDraft = { id: string; name: string; abbr?: string; holders?: string[]; holders_text?: string; duties?: string[] };
export type GroupDraft = { id: string; name: string; short_name?: string; kind?: string; host_unit?: string; members?: string[]; duties?: string[] };
export type ExternalDraft = { id: string; name: string; abbr?: string; kind?: string; contact?: string; phones?: Phones; when?: string };
export type StepDraft = { when?: string; actor?: string[]; either?: boolean; action?: string; to?: string[]; approval?: string[]; deadline?: string | { within: string; from: string; usually?: true }; frequency?: string; record?: string; text?: string };
export type ProcedureDraft = { id: string; name: string; intro?: string; steps: StepDraft[]; outro?: string };
export type LevelDraft = { id: string; name: string; rank: number; criteria?: string; report_to?: string[]; respond_within?: string; steps?: StepDraft[] };
export type FormDraft = { id: string; title: string; fields: Array<{ name: string; type?: string }>; rows?: number };
export type AttachmentDraft = { id: string; kind: string; title?: string; label?: string; form?: string; columns?: string[]; rows?: string[][]; text?: string; note?: string };

export type SectionDraft = {
  title?: string;
  numbering?: string;
  text?: string;
  items?: SectionDraft[];
  procedure?: string;
  group?: string;
  levels?: boolean | string;
  units?: boolean;
  roles?: string[];
  forms?: string[];
  untitled?: boolean;
  after?: string;
};

export type Path = ReadonlyArray<string | number>;
/** A note for the admin, at the value it is about; `kind` counts it in the report. */
export type Check = { readonly path: Path; readonly note: string };
