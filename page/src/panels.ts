// The parts of the page around the editor and the preview: the list of data files, the problems,
// the document tabs, the rule changes, the conflict notice and the status line.
import type { ApiDiagnostic, FileEntry } from "../../src/serve/api-types.js";
import { docName, t } from "./i18n.js";

function el(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}`);
  return e;
}

function item<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export type PanelActions = {
  /** Opens a data file, at a line and column when given. */
  open(path: string, line?: number, column?: number): void;
  gotoHere(line: number, column: number): void;
  selectDocument(name: string): void;
};

export class Panels {
  private files: readonly FileEntry[] = [];
  private problems: readonly ApiDiagnostic[] = [];
  private documents: readonly string[] = [];
  private document = "plan";
  private openPath: string | null = null;
  private changes: { lines: readonly string[] } | "invalid" | null = null;
  private status: { kind: "checking" } | { kind: "checked"; ms: number } | null = null;
  private saveState: "saved" | "unsaved" | "saving" | { failed: string } | null = null;
  private out: string | null = null;
  private message: (() => string) | null = null;

  constructor(private readonly actions: PanelActions) {}

  setFiles(files: readonly FileEntry[], out?: string): void {
    this.files = files;
    if (out !== undefined) this.out = out;
    this.renderFiles();
  }

  setOpen(path: string | null): void {
    this.openPath = path;
    el("file-name").textContent = path ?? "";
    document.body.classList.toggle("has-file", path !== null);
    this.renderFiles();
  }

  setProblems(list: readonly ApiDiagnostic[]): void {
    this.problems = list;
    this.renderProblems();
  }

  setDocuments(list: readonly string[], current: string): void {
    this.documents = list;
    this.document = current;
    this.renderDocuments();
  }

  setChanges(changes: { lines: readonly string[] } | "invalid" | null): void {
    this.changes = changes;
    this.renderChanges();
  }

  setStatus(status: { kind: "checking" } | { kind: "checked"; ms: number } | null): void {
    this.status = status;
    this.renderStatus();
  }

  setSaveState(state: "saved" | "unsaved" | "saving" | { failed: string }): void {
    this.saveState = state;
    this.renderSaveState();
  }

  /** The conflict notice: shown when the file changed on disk under unsaved edits. */
  showConflict(shown: boolean): void {
    el("conflict").hidden = !shown;
  }

  /** A line above the editor (in the page's language: a function of it), or none. */
  notify(message: (() => string) | null): void {
    this.message = message;
    const n = el("notice-line");
    n.textContent = message?.() ?? "";
    n.hidden = message === null;
  }

  /** Everything that has words: drawn again when the language changes. */
  render(): void {
    this.renderFiles();
    this.renderProblems();
    this.renderDocuments();
    this.renderChanges();
    this.renderStatus();
    this.renderSaveState();
    this.notify(this.message);
  }

  private renderSaveState(): void {
    const e = el("save-state");
    const state = this.saveState;
    e.textContent = state === null ? "" : typeof state === "object" ? t("saveFailed", { msg: state.failed }) : t(state);
    e.dataset.state = state === null ? "" : typeof state === "object" ? "failed" : state;
  }

  private renderFiles(): void {
    el("out").textContent = this.out === null ? "" : t("outFolder", { out: this.out });
    const list = el("file-list");
    list.replaceChildren(
      ...this.files.map((f) => {
        const li = item("li", "file");
        li.dataset.path = f.path;
        li.classList.toggle("open", f.path === this.openPath);
        // The organisation as people know it (its name), the file under it.
        const button = li.appendChild(item("button", "file-open"));
        button.type = "button";
        if (f.name) button.appendChild(item("span", "file-name", f.name));
        button.appendChild(item("span", "file-path", f.path));
        button.title = f.path;
        button.addEventListener("click", () => this.actions.open(f.path));
        const state = f.building ? "building" : f.pending ? "pending" : f.errors > 0 ? "problems" : f.base ? "base" : f.built ? "built" : "valid";
        const badge = li.appendChild(item("span", `badge ${state}`, state === "problems" ? t("problems", { n: f.errors }) : t(state)));
        badge.dataset.state = state;
        if (f.base && state !== "base") li.appendChild(item("span", "badge base", t("base")));
        return li;
      }),
    );
  }

  private renderProblems(): void {
    const list = el("problem-list");
    el("problem-count").textContent = String(this.problems.filter((p) => p.severity === "error").length);
    if (this.problems.length === 0) {
      list.replaceChildren(item("li", "none", t("noProblems")));
      return;
    }
    list.replaceChildren(
      ...this.problems.map((p) => {
        const li = item("li", `problem ${p.severity}${p.here ? " here" : " elsewhere"}`);
        const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : (p.file ?? "");
        const link = li.appendChild(item("button", "where", where));
        link.type = "button";
        link.addEventListener("click", () => {
          if (p.here && p.line) this.actions.gotoHere(p.line, p.column ?? 1);
          else if (p.file && p.file !== this.openPath) this.actions.open(p.file, p.line, p.column);
        });
        li.appendChild(item("span", "message", p.message));
        if (p.hint) li.appendChild(item("div", "hint", p.hint));
        return li;
      }),
    );
  }

  private renderDocuments(): void {
    el("doc-tabs").replaceChildren(
      ...this.documents.map((name) => {
        const b = item("button", `tab${name === this.document ? " current" : ""}`, docName(name));
        b.type = "button";
        b.dataset.document = name;
        b.setAttribute("aria-pressed", String(name === this.document));
        b.addEventListener("click", () => this.actions.selectDocument(name));
        return b;
      }),
    );
    (el("print") as HTMLButtonElement).disabled = !this.documents.includes("checklists");
    for (const id of ["dl-docx", "dl-pdf"]) (el(id) as HTMLButtonElement).disabled = this.documents.length === 0;
  }

  private renderChanges(): void {
    const list = el("change-list");
    const c = this.changes;
    if (c === null) list.replaceChildren();
    else if (c === "invalid") list.replaceChildren(item("li", "none", t("changesNeedValid")));
    else if (c.lines.length === 0) list.replaceChildren(item("li", "none", t("noChanges")));
    else list.replaceChildren(...c.lines.map((l) => item("li", "change", l)));
    el("change-count").textContent = c && c !== "invalid" ? String(c.lines.length) : "";
    (el("notice") as HTMLButtonElement).disabled = !(c && c !== "invalid" && c.lines.length > 0);
  }

  private renderStatus(): void {
    const s = this.status;
    el("check-state").textContent = s === null ? "" : s.kind === "checking" ? t("checking") : t("checked", { ms: s.ms });
  }
}
