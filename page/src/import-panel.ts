// "Start from a document": upload a plan (.docx, .txt, .md); the server writes the draft that
// `planwright import` makes of it as a new data file, and the page opens it in the editor with the
// import's report (what was recognised, what to check, by line).
import { lang, onLangChange } from "./i18n.js";

const WORDS = {
  zh: { button: "从已有文档开始…", busy: "正在读取 {name}…", failed: "无法导入 {name}：{msg}", done: "已从 {name} 生成草稿 {path}，标有 CHECK 的地方请核对：" },
  en: { button: "Start from a document…", busy: "Reading {name}…", failed: "Cannot import {name}: {msg}", done: "Drafted {path} from {name}; check the places marked CHECK:" },
};

function say(key: keyof (typeof WORDS)["en"], vars: Record<string, string>): string {
  return WORDS[lang()][key].replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? "");
}

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
    onLangChange(() => this.label());
    this.label();
  }

  private label(): void {
    this.button.textContent = WORDS[lang()].button;
  }

  private show(text: string): void {
    this.report.textContent = text;
    this.report.hidden = false;
  }

  /** Sends the file's bytes as they are; the draft opens when the server has written it. */
  async upload(file: File): Promise<void> {
    this.button.disabled = true;
    this.show(say("busy", { name: file.name }));
    try {
      const res = await fetch(`api/import?name=${encodeURIComponent(file.name)}`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: file, cache: "no-store" });
      const answer = (await res.json().catch(() => ({}))) as { path?: string; report?: string; error?: string; hint?: string };
      if (!res.ok || !answer.path) {
        this.show(say("failed", { name: file.name, msg: `${answer.error ?? `HTTP ${res.status}`}${answer.hint ? `\n${answer.hint}` : ""}` }));
        return;
      }
      this.show(`${say("done", { name: file.name, path: answer.path })}\n${answer.report ?? ""}`);
      await this.open(answer.path);
    } finally {
      this.button.disabled = false;
    }
  }
}
