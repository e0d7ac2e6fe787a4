// "Start from a document": upload a plan (.docx, .txt, .md); the server writes the draft that
// `planwright import` makes of it as a new data file, and the page opens it in the editor with the
// import's report (what was recognised, what to check, by line).
import { t } from "./i18n.js";

export class ImportPanel {
  private readonly button: HTMLButtonElement;
  private readonly input: HTMLInputElement;
  private readonly report: HTMLElement;

  constructor(private readonly open: (path: string) => Promise<void> | void) {
    this.button = document.getElementById("import-button") as HTMLButtonElement;
    this.input = document.getElementById("import-file") as HTMLInputElement;
    this.report = document.getElementById("import-report") as HTMLElement;
    this.button.addEventListener("click", () => this.input.click());
    this.input.addEventListener("change", () => {
      const file = this.input.files?.[0];
      this.input.value = "";
      if (file) void this.upload(file);
    });
  }

  private show(text: string): void {
    this.report.textContent = text;
    this.report.hidden = false;
  }

  /** Sends the file's bytes as they are; the draft opens when the server has written it. */
  async upload(file: File): Promise<void> {
    this.button.disabled = true;
    this.show(t("importBusy", { name: file.name }));
    try {
      const res = await fetch(`api/import?name=${encodeURIComponent(file.name)}`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: file, cache: "no-store" });
      const answer = (await res.json().catch(() => ({}))) as { path?: string; report?: string; error?: string; hint?: string };
      if (!res.ok || !answer.path) {
        this.show(t("importFailed", { name: file.name, msg: `${answer.error ?? `HTTP ${res.status}`}${answer.hint ? `\n${answer.hint}` : ""}` }));
        return;
      }
      this.show(`${t("importDone", { name: file.name, path: answer.path })}\n${answer.report ?? ""}`);
      await this.open(answer.path);
    } finally {
      this.button.disabled = false;
    }
  }
}
