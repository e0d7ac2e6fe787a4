// What the server of `planwright serve` and its page say to each other (types only:
// the page imports this file too). Paths are relative to the served folder, `/`-separated.

export type FileEntry = {
  readonly path: string;
  /** A base file (`base: true`): used through `extends:`, never built on its own. */
  readonly base: boolean;
  /** Organisation id, when known. */
  readonly id?: string;
  /** The organisation's name as the file writes it (or its document's title). */
  readonly name?: string;
  readonly errors: number;
  readonly warnings: number;
  /** Its documents in the output folder are current. */
  readonly built: boolean;
  /** A build of it is running or queued. */
  readonly building: boolean;
  /** Not checked yet (the first build is running). */
  readonly pending: boolean;
};

export type ApiDiagnostic = {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly ruleId: string;
  readonly hint?: string;
  /** The data file it is in, relative to the folder (or as the command line would print it). */
  readonly file?: string;
  /** It is in the file being edited (shown at its line), not in a base or another organisation. */
  readonly here: boolean;
  readonly line?: number;
  readonly column?: number;
};

export type IdEntry = { readonly id: string; readonly kind: string; readonly name?: string };

export type OpenResponse = { readonly path: string; readonly text: string; readonly version: string; readonly bom: boolean; readonly crlf: boolean };

export type CheckRequest = { readonly path: string; readonly text: string; readonly document?: string };

export type CheckResponse = {
  readonly diagnostics: readonly ApiDiagnostic[];
  readonly base: boolean;
  /** For a base: the organisations in the folder that extend it (checked with the new text too). */
  readonly dependents?: readonly string[];
  readonly id?: string;
  readonly locale?: string;
  /** Documents the organisation has (template names: plan, checklists …). */
  readonly documents: readonly string[];
  /** Ids the data defines (for completion). */
  readonly ids: readonly IdEntry[];
  /** The previewed document's PDF (fetch `api/output/<key>`), or why there is none. */
  readonly preview?: { readonly document: string; readonly key?: string; readonly failed?: boolean };
  /** Time the server spent (validate + build), for the page's status line and the bench. */
  readonly ms: number;
};

export type RenderRequest = { readonly path: string; readonly text: string; readonly document: string; readonly format: "pdf" | "docx" };
export type RenderResponse = { readonly key?: string; readonly name?: string; readonly diagnostics: readonly ApiDiagnostic[] };

export type SaveRequest = { readonly path: string; readonly text: string; readonly version: string; readonly overwrite?: boolean; readonly bom?: boolean };
export type SaveResponse = { readonly saved: true; readonly version: string } | { readonly saved: false; readonly conflict: true; readonly text: string; readonly version: string };

export type DiffRequest = { readonly path: string; readonly before: string; readonly after: string };
export type DiffResponse = { readonly lines: readonly string[]; readonly locale?: string; readonly problems: boolean };
export type NoticeResponse = { readonly pdf?: string; readonly docx?: string; readonly name?: string; readonly problems: boolean };

/** What the 修订说明 proposes for the edits since opening (`api/revision`): the new version when it is unchanged, the record written for it. */
export type RevisionProposal = { readonly from: string; readonly version: string; readonly effective: string; readonly summary: string; readonly by?: string } | { readonly problems: true };
/** The revision to record in the text (`api/revise`): the text back with it, or why not. */
export type ReviseRequest = { readonly path: string; readonly text: string; readonly version: string; readonly date: string; readonly effective: string; readonly summary: string; readonly by?: string };
export type ReviseResponse = { readonly text: string } | { readonly problem: string };

export type ServerEvent =
  | { readonly type: "files"; readonly files: readonly FileEntry[]; readonly out: string }
  | { readonly type: "changed"; readonly path: string; readonly version: string }
  | { readonly type: "removed"; readonly path: string };
