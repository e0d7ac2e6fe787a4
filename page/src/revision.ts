// The 修订说明 (change notice) of the edits since the file was opened. Before writing it, the
// page asks for what a revision needs: a new version when it is still the one the file was opened
// with (2026.1 → 2026.2, never 2026.1 → 2026.1), the date (today), the date it takes effect and a
// summary of this revision (never an earlier one's). They are written into the text as the
// revision record (`document.version`, `effective_date`, `revisions`), then the notice is made
// from the text as opened and the text now.
import type { NoticeResponse, ReviseResponse, RevisionProposal } from "../../src/serve/api-types.js";
import { ApiError, api, outputUrl } from "./api.js";
import { t } from "./i18n.js";

export type RevisionHost = {
  /** The open file: its path and the text as it was opened. */
  file(): { readonly path: string; readonly opened: string } | null;
  text(): string;
  /** Replaces the editor's text (undoably). */
  replace(text: string): void;
  notify(message: () => string): void;
};

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}`);
  return e as T;
}

/** Today in the page's time zone, as the data writes dates. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export class RevisionDialog {
  private from = "";

  constructor(private readonly host: RevisionHost) {
    el("revise-form").addEventListener("submit", (e) => {
      e.preventDefault();
      void this.submit();
    });
    el("revise-cancel").addEventListener("click", () => el<HTMLDialogElement>("revise").close());
  }

  /** Asks the server what it proposes for the record, and shows the dialog. */
  async open(): Promise<void> {
    const file = this.host.file();
    if (!file) return;
    let p: RevisionProposal;
    try {
      p = await api<RevisionProposal>("revision", { path: file.path, before: file.opened, after: this.host.text() });
    } catch (e) {
      this.host.notify(() => (e as Error).message);
      return;
    }
    if ("problems" in p) {
      this.host.notify(() => t("changesNeedValid"));
      return;
    }
    this.from = p.from;
    el("revise-from").textContent = t("reviseFrom", { from: p.from });
    el<HTMLInputElement>("revise-version").value = p.version;
    el<HTMLInputElement>("revise-date").value = today();
    el<HTMLInputElement>("revise-effective").value = p.effective || today();
    el<HTMLTextAreaElement>("revise-summary").value = p.summary;
    el<HTMLInputElement>("revise-by").value = p.by ?? "";
    el("revise-problem").textContent = "";
    el<HTMLDialogElement>("revise").showModal();
    el<HTMLTextAreaElement>("revise-summary").focus();
  }

  private async submit(): Promise<void> {
    const file = this.host.file();
    if (!file) return;
    const value = (id: string) => el<HTMLInputElement>(id).value.trim();
    const version = value("revise-version");
    const summary = el<HTMLTextAreaElement>("revise-summary").value.trim();
    const problem = el("revise-problem");
    if (!version || version === this.from) return void (problem.textContent = t("reviseSameVersion", { v: this.from }));
    if (!summary) return void (problem.textContent = t("reviseNeedSummary"));
    try {
      const body = { path: file.path, text: this.host.text(), version, date: value("revise-date"), effective: value("revise-effective"), summary, by: value("revise-by") };
      const r = await api<ReviseResponse>("revise", body, [422]);
      if ("problem" in r) return void (problem.textContent = r.problem);
      this.host.replace(r.text);
      el<HTMLDialogElement>("revise").close();
      const from = this.from;
      this.host.notify(() => t("reviseDone", { from, to: version }));
      await this.writeNotice(file.path, file.opened, r.text);
    } catch (e) {
      problem.textContent = e instanceof ApiError ? e.message : String(e);
    }
  }

  /** The notice from the text as opened to `after`, offered as DOCX and PDF. */
  private async writeNotice(path: string, before: string, after: string): Promise<void> {
    const r = await api<NoticeResponse>("notice", { path, before, after });
    const links = el("notice-links");
    links.replaceChildren();
    if (r.problems) return;
    links.append(t("noticeReady"), " ");
    for (const [format, key] of [["docx", r.docx], ["pdf", r.pdf]] as const) {
      if (!key) continue;
      const a = links.appendChild(document.createElement("a"));
      a.href = outputUrl(key, true);
      a.download = `${r.name}.${format}`;
      a.textContent = format.toUpperCase();
      a.className = `notice-${format}`;
      links.append(" ");
    }
  }
}
