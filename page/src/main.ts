// The page of `planwright serve`: the data files on the left, the editor in the middle, the
// document as it will print on the right. See session.ts for what happens to the open file;
// each other part (the 修订说明 dialog, the line to the server) is a module mounted here, so a
// new panel is one more module and a few lines below.
import type { FileEntry, ServerEvent } from "../../src/serve/api-types.js";
import { api } from "./api.js";
import { SchemaWalker, type Schema } from "./assist/schema-walk.js";
import { Connection, type ConnectionState } from "./connection.js";
import { Editor } from "./editor.js";
import { ImportPanel } from "./import-panel.js";
import { apply, lang, onLangChange, setLang, t } from "./i18n.js";
import { Panels } from "./panels.js";
import { Preview } from "./preview.js";
import { RevisionDialog } from "./revision.js";
import { Session } from "./session.js";

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}`);
  return e as T;
}

let walker: SchemaWalker | undefined;

const panels = new Panels({
  open: (path, line, column) =>
    void session.open(path).then(() => {
      if (line && session.file?.path === path) editor.goto(line, column ?? 1);
    }),
  gotoHere: (line, column) => editor.goto(line, column),
  selectDocument: (name) => session.selectDocument(name),
});
const editor: Editor = new Editor(el("editor"), {
  onChange: () => session.edited(),
  assist: { walker: () => walker, ids: () => session.ids },
});
const preview = new Preview(el("preview"), el("pages"), el("stale"));
// The callbacks above run only after this line, once the page is up.
const session: Session = new Session(editor, preview, panels);
const revision = new RevisionDialog({
  file: () => session.file,
  text: () => editor.text(),
  replace: (text) => editor.replace(text),
  notify: (message) => panels.notify(message),
});

new ImportPanel((path) => session.open(path));
el("save").addEventListener("click", () => void session.save());
el("reload").addEventListener("click", () => void session.reload());
el("overwrite").addEventListener("click", () => void session.save(true));
el("dl-pdf").addEventListener("click", () => void session.download("pdf"));
el("dl-docx").addEventListener("click", () => void session.download("docx"));
el("print").addEventListener("click", () => void session.printChecklists(el<HTMLIFrameElement>("print-frame")));
el("notice").addEventListener("click", () => void revision.open());
el("lang").addEventListener("click", () => setLang(lang() === "zh" ? "en" : "zh"));
// Ctrl-S / ⌘-S saves wherever the focus is (the editor, a button, the preview).
window.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
    e.preventDefault();
    void session.save();
  }
});
window.addEventListener("beforeunload", (e) => {
  if (session.dirty) e.preventDefault();
});

/** The schema, with its help in the page's language: read when the page opens and when the language changes. */
function loadSchema(): void {
  void api<Schema>("schema").then((s) => {
    walker = new SchemaWalker(s);
  });
}

let connection: ConnectionState = "open";
function showConnection(): void {
  const banner = el("connection");
  banner.hidden = connection === "open";
  banner.dataset.state = connection;
  banner.textContent = connection === "restarted" ? t("restarted") : connection === "lost" ? t("disconnected") : "";
}

onLangChange(() => {
  panels.render();
  preview.refresh();
  showConnection();
  loadSchema();
  // Diagnostics come from the server in the page's language: check again to have them in the new one.
  session.scheduleCheck(0);
});
apply();
panels.render();
loadSchema();

void api<{ files: FileEntry[]; out: string }>("files").then((r) => {
  panels.setFiles(r.files, r.out);
  const wanted = decodeURIComponent(location.hash.slice(1));
  if (wanted && r.files.some((f) => f.path === wanted)) void session.open(wanted);
});

new Connection({
  event: (e: ServerEvent) => {
    if (e.type === "files") panels.setFiles(e.files, e.out);
    else if (e.type === "changed") void session.diskChanged(e.path, e.version);
    else session.diskRemoved(e.path);
  },
  state: (s) => {
    connection = s;
    showConnection();
  },
  back: () => {
    panels.notify(() => t("reconnected"));
    void session.reconnected();
  },
}).start();

// For tests and the curious: the parts of the page, from the console.
Object.assign(window, { planwright: { editor, session, preview } });
