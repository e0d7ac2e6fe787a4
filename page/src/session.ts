// The open data file: its text as opened and as saved, the checks that run while typing (one at
// a time, the latest text wins), saving with conflict detection, and the documents built from it.
// "As opened" is the baseline of the rule changes and the 修订说明: it stays when the file is
// reloaded after a change on disk, and across a reload of the page (sessionStorage, this tab).
import type { CheckResponse, DiffResponse, IdEntry, OpenResponse, RenderResponse, SaveResponse } from "../../src/serve/api-types.js";
import { ApiError, api, outputUrl } from "./api.js";
import { showDiskChange } from "./conflict.js";
import type { Editor } from "./editor.js";
import { t } from "./i18n.js";
import type { Panels } from "./panels.js";
import type { Preview } from "./preview.js";

/** Quiet time after a keystroke before the text is checked and the preview rebuilt. */
const CHECK_DELAY_MS = 75;
const DIFF_DELAY_MS = 500;

type Open = { path: string; version: string; opened: string; saved: string; bom: boolean; crlf: boolean };

export class Session {
  file: Open | null = null;
  document = "plan";
  ids: readonly IdEntry[] = [];
  private checkTimer: number | undefined;
  private diffTimer: number | undefined;
  private checking = false;
  private recheck = false;
  private lastCheck: CheckResponse | null = null;
  /** A save in flight: news of the file changing on disk waits for it (it may be this save). */
  private saving: Promise<void> | null = null;

  constructor(
    private readonly editor: Editor,
    private readonly preview: Preview,
    private readonly panels: Panels,
  ) {}

  get dirty(): boolean {
    return this.file !== null && this.editor.text() !== this.file.saved;
  }

  async open(path: string): Promise<void> {
    if (this.file?.path !== path && this.dirty && !window.confirm(t("discard"))) return;
    let r: OpenResponse;
    try {
      r = await api<OpenResponse>(`file?path=${encodeURIComponent(path)}`);
    } catch (e) {
      this.panels.notify(() => t("openFailed", { msg: (e as Error).message }));
      return;
    }
    const samePath = this.file?.path === r.path;
    // The rule changes are counted from the first opening of this file in this tab, through reloads.
    const opened = (samePath ? this.file?.opened : undefined) ?? baseline(r.path) ?? r.text;
    remember(r.path, opened);
    this.file = { path: r.path, version: r.version, opened, saved: r.text, bom: r.bom, crlf: r.crlf };
    if (!samePath) this.preview.clear();
    this.panels.setOpen(r.path);
    this.panels.showConflict(false);
    this.panels.notify(null);
    if (!samePath) this.panels.setChanges(null);
    this.editor.load(r.text, r.crlf);
    this.panels.setSaveState("saved");
    history.replaceState(null, "", `#${encodeURIComponent(r.path)}`);
    this.scheduleCheck(0);
  }

  /** The user typed. */
  edited(): void {
    this.panels.setSaveState(this.dirty ? "unsaved" : "saved");
    this.scheduleCheck(CHECK_DELAY_MS);
  }

  selectDocument(name: string): void {
    this.document = name;
    this.panels.setDocuments(this.lastCheck?.documents ?? [name], name);
    this.scheduleCheck(0);
  }

  scheduleCheck(delay: number): void {
    window.clearTimeout(this.checkTimer);
    this.checkTimer = window.setTimeout(() => void this.check(), delay);
  }

  /** Checks the text as it is now and shows the result; if the text changes meanwhile, checks again after. */
  private async check(): Promise<void> {
    const file = this.file;
    if (!file) return;
    if (this.checking) {
      this.recheck = true;
      return;
    }
    this.checking = true;
    this.panels.setStatus({ kind: "checking" });
    const text = this.editor.text();
    this.editor.mark();
    try {
      const r = await api<CheckResponse>("check", { path: file.path, text, document: this.document });
      if (this.file !== file) return;
      this.lastCheck = r;
      this.editor.showDiagnostics(r.diagnostics, text);
      this.panels.setProblems(r.diagnostics);
      this.panels.setStatus({ kind: "checked", ms: r.ms });
      if (r.ids.length > 0) this.ids = r.ids;
      if (r.documents.length > 0 && !r.documents.includes(this.document)) this.document = r.documents[0] ?? "plan";
      this.panels.setDocuments(r.base ? [] : r.documents.length > 0 ? r.documents : this.lastDocuments(), this.document);
      const errors = r.diagnostics.filter((d) => d.severity === "error").length;
      if (r.base) {
        this.preview.clear();
        this.preview.setStale(() => t("baseNote", { n: r.dependents?.length ?? 0, list: (r.dependents ?? []).join(", ") || "—" }));
      } else if (r.preview?.key && r.preview.document === this.document) await this.preview.show(r.preview.key);
      else if (r.preview?.failed) this.preview.setStale(() => t(this.preview.shown ? "stale" : "noPreview", { n: errors }));
      this.scheduleDiff();
    } catch (e) {
      this.panels.setStatus(null);
      this.preview.setStale(() => t("previewFailed", { msg: (e as Error).message }));
    } finally {
      this.checking = false;
      if (this.recheck) {
        this.recheck = false;
        void this.check();
      }
    }
  }

  private lastDocuments(): readonly string[] {
    return Array.from(document.querySelectorAll<HTMLElement>("#doc-tabs [data-document]"), (b) => b.dataset.document ?? "");
  }

  save(overwrite = false): Promise<void> {
    const run = this.saveNow(overwrite).finally(() => {
      if (this.saving === run) this.saving = null;
    });
    this.saving = run;
    return run;
  }

  private async saveNow(overwrite: boolean): Promise<void> {
    const file = this.file;
    if (!file) return;
    const text = this.editor.text();
    this.panels.setSaveState("saving");
    try {
      const r = await api<SaveResponse>("save", { path: file.path, text, version: file.version, overwrite, bom: file.bom }, [409]);
      if (!r.saved) {
        this.panels.setSaveState("unsaved");
        this.conflict(r.text);
        return;
      }
      file.version = r.version;
      file.saved = text;
      this.panels.showConflict(false);
      this.panels.notify(null);
      this.panels.setSaveState(this.dirty ? "unsaved" : "saved");
    } catch (e) {
      this.panels.setSaveState({ failed: (e as ApiError).message });
    }
  }

  /** Takes the version on disk (the conflict notice's "reload"). */
  async reload(): Promise<void> {
    if (!this.file) return;
    const path = this.file.path;
    this.file.saved = this.editor.text(); // not dirty any more: open() must not ask again
    await this.open(path);
  }

  /** A file changed on disk (another editor, git pull, another serve, or our own save). */
  async diskChanged(path: string, version: string): Promise<void> {
    await this.saving;
    const file = this.file;
    if (!file || file.path !== path || file.version === version) return;
    if (this.dirty) {
      const disk = await api<OpenResponse>(`file?path=${encodeURIComponent(path)}`).catch(() => null);
      if (this.file === file) this.conflict(disk?.text ?? null);
      return;
    }
    await this.open(path);
    this.panels.notify(() => t("reloaded"));
  }

  /** The conflict notice, with what changed on disk (rule terms and lines) before the choice. */
  private conflict(disk: string | null): void {
    const file = this.file;
    if (!file) return;
    this.panels.showConflict(true);
    const box = document.getElementById("conflict-diff");
    if (box && disk !== null) void showDiskChange(box, file.path, file.saved, disk);
  }

  /** The server answers again after the line broke: the file may have changed on disk meanwhile. */
  async reconnected(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const disk = await api<OpenResponse>(`file?path=${encodeURIComponent(file.path)}`).catch(() => null);
    if (disk && this.file === file && disk.version !== file.version) await this.diskChanged(file.path, disk.version);
    else this.scheduleCheck(0);
  }

  diskRemoved(path: string): void {
    if (this.file?.path === path) this.panels.notify(() => t("removed"));
  }

  /** Downloads the selected document, as the page's text builds it now. */
  async download(format: "pdf" | "docx", document = this.document): Promise<void> {
    const url = await this.render(document, format, true);
    if (!url) return;
    const a = window.document.createElement("a");
    a.href = url;
    a.download = "";
    window.document.body.appendChild(a);
    a.click();
    a.remove();
  }

  /** Opens the browser's print dialog on the checklists' PDF. */
  async printChecklists(frame: HTMLIFrameElement): Promise<void> {
    const url = await this.render("checklists", "pdf", false);
    if (!url) return;
    frame.onload = () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        // Back to the page, so that its keys (Ctrl-S) work again.
        window.focus();
      } catch {
        window.open(url, "_blank");
      }
    };
    frame.src = url;
  }

  private async render(document: string, format: "pdf" | "docx", download: boolean): Promise<string | null> {
    const file = this.file;
    if (!file) return null;
    const r = await api<RenderResponse>("render", { path: file.path, text: this.editor.text(), document, format }, [422]);
    if (!r.key) {
      const why = r.diagnostics.map((d) => d.message).join("; ");
      this.panels.notify(() => why);
      return null;
    }
    return outputUrl(r.key, download);
  }

  private scheduleDiff(): void {
    window.clearTimeout(this.diffTimer);
    this.diffTimer = window.setTimeout(() => void this.diff(), DIFF_DELAY_MS);
  }

  private async diff(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const after = this.editor.text();
    if (after === file.opened) {
      this.panels.setChanges({ lines: [] });
      return;
    }
    const r = await api<DiffResponse>("diff", { path: file.path, before: file.opened, after }).catch(() => null);
    if (r && this.file === file) this.panels.setChanges(r.problems ? "invalid" : { lines: r.lines });
  }
}

const STORE = "planwright.opened:";

/** The text a file had when it was first opened in this tab (sessionStorage), if it was. */
function baseline(path: string): string | undefined {
  try {
    return window.sessionStorage.getItem(STORE + path) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(path: string, text: string): void {
  try {
    window.sessionStorage.setItem(STORE + path, text);
  } catch {
    // storage full or refused: the baseline lives as long as the page
  }
}
