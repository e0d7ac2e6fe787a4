// The page of `planwright serve`: the data files on the left, the editor in the middle, the
// document as it will print on the right. See session.ts for what happens to the open file.
import type { FileEntry, ServerEvent } from "../../src/serve/api-types.js";
import { api } from "./api.js";
import { SchemaWalker, type Schema } from "./assist/schema-walk.js";
import { Editor } from "./editor.js";
import { ImportPanel } from "./import-panel.js";
import { apply, lang, onLangChange, setLang } from "./i18n.js";
import { Panels } from "./panels.js";
import { Preview } from "./preview.js";
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

new ImportPanel((path) => session.open(path));
el("save").addEventListener("click", () => void session.save());
el("reload").addEventListener("click", () => void session.reload());
el("overwrite").addEventListener("click", () => void session.save(true));
el("dl-pdf").addEventListener("click", () => void session.download("pdf"));
el("dl-docx").addEventListener("click", () => void session.download("docx"));
el("print").addEventListener("click", () => void session.printChecklists(el<HTMLIFrameElement>("print-frame")));
el("notice").addEventListener("click", () => void session.writeNotice(el("notice-links")));
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
onLangChange(() => {
  panels.render();
  preview.refresh();
});
apply();
panels.render();

// The schema is read when the page opens, so completion follows the schema the server has now.
void api<Schema>("schema").then((s) => {
  walker = new SchemaWalker(s);
});

void api<{ files: FileEntry[]; out: string }>("files").then((r) => {
  panels.setFiles(r.files, r.out);
  const wanted = decodeURIComponent(location.hash.slice(1));
  if (wanted && r.files.some((f) => f.path === wanted)) void session.open(wanted);
});

const events = new EventSource("api/events");
const on = <K extends ServerEvent["type"]>(type: K, handle: (e: Extract<ServerEvent, { type: K }>) => void) =>
  events.addEventListener(type, (m) => handle(JSON.parse((m as MessageEvent<string>).data) as Extract<ServerEvent, { type: K }>));
on("files", (e) => panels.setFiles(e.files, e.out));
on("changed", (e) => void session.diskChanged(e.path, e.version));
on("removed", (e) => session.diskRemoved(e.path));

// For tests and the curious: the parts of the page, from the console.
Object.assign(window, { planwright: { editor, session, preview } });
