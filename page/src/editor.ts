// The code editor: CodeMirror 6 with YAML highlighting, completion and hover from the schema,
// and the server's diagnostics shown at their line and column.
import { autocompletion } from "@codemirror/autocomplete";
import { indentWithTab } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { ChangeSet, EditorState, type Extension, type Text } from "@codemirror/state";
import { EditorView, hoverTooltip, keymap } from "@codemirror/view";
import { basicSetup } from "codemirror";
import type { ApiDiagnostic } from "../../src/serve/api-types.js";
import { completionSource, hoverSource, type AssistSources } from "./assist/complete.js";

export type EditorHooks = {
  /** The text changed by the user. */
  onChange(): void;
  assist: AssistSources;
};

export class Editor {
  readonly view: EditorView;
  private readonly extensions: Extension[];
  /** Edits since `mark()`, to move diagnostics computed for an older text to where they are now. */
  private since: ChangeSet;

  constructor(parent: HTMLElement, hooks: EditorHooks) {
    this.extensions = [
      basicSetup,
      // Tab indents the line (and Shift-Tab outdents), as in every editor people write YAML in;
      // Escape then Tab still leaves the editor for the keyboard user.
      keymap.of([indentWithTab]),
      yaml(),
      autocompletion({ override: [completionSource(hooks.assist)], activateOnTyping: true, icons: true }),
      hoverTooltip(hoverSource(hooks.assist), { hoverTime: 350 }),
      lintGutter(),
      EditorView.lineWrapping,
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        this.since = this.since.compose(u.changes);
        hooks.onChange();
      }),
    ];
    this.view = new EditorView({ parent, state: EditorState.create({ doc: "", extensions: this.extensions }) });
    this.since = ChangeSet.empty(0);
    // When the editor gets shorter (the problems below it grow, the window shrinks), the line
    // being edited stays in view.
    let height = parent.clientHeight;
    new ResizeObserver(() => {
      const shorter = parent.clientHeight < height;
      height = parent.clientHeight;
      if (shorter && this.view.hasFocus) this.view.dispatch({ effects: EditorView.scrollIntoView(this.view.state.selection.main.head, { y: "nearest", yMargin: 24 }) });
    }).observe(parent);
  }

  /** Replaces the text as one edit (undoable), changing only the part that differs. */
  replace(text: string): void {
    const old = this.view.state.sliceDoc();
    let from = 0;
    while (from < old.length && from < text.length && old[from] === text[from]) from++;
    let end = 0;
    while (end < old.length - from && end < text.length - from && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
    this.view.dispatch({ changes: { from, to: old.length - end, insert: text.slice(from, text.length - end) }, scrollIntoView: true });
  }

  /**
   * Replaces the text (a file opened or reloaded) with a fresh editor state, so undo does not go
   * back past it; keeps Windows line ends if the file has them.
   */
  load(text: string, crlf: boolean): void {
    const extensions = crlf ? [...this.extensions, EditorState.lineSeparator.of("\r\n")] : this.extensions;
    this.view.setState(EditorState.create({ doc: crlf ? text : text.replace(/\r\n/g, "\n"), extensions }));
    this.since = ChangeSet.empty(this.view.state.doc.length);
  }

  /** The text as it will be saved (with the file's own line ends). */
  text(): string {
    return this.view.state.sliceDoc();
  }

  /** Starts counting edits: diagnostics for the text as it is now are moved over later edits. */
  mark(): void {
    this.since = ChangeSet.empty(this.view.state.doc.length);
  }

  /** Shows the diagnostics of the edited file at their line and column (as of the last `mark()`). */
  showDiagnostics(list: readonly ApiDiagnostic[], markedText: string): void {
    const doc = this.view.state.toText(markedText);
    const out: Diagnostic[] = [];
    for (const d of list) {
      if (!d.here) continue;
      const [from, to] = range(doc, d.line ?? 1, d.column ?? 1);
      out.push({
        from: this.since.mapPos(from, 1),
        to: Math.max(this.since.mapPos(to, -1), this.since.mapPos(from, 1)),
        severity: d.severity,
        message: d.hint ? `${d.message}\n${d.hint}` : d.message,
        source: d.ruleId,
      });
    }
    this.view.dispatch(setDiagnostics(this.view.state, out));
  }

  /** Puts the cursor at a line and column and scrolls there. */
  goto(line: number, column: number): void {
    const doc = this.view.state.doc;
    const l = doc.line(Math.min(Math.max(1, line), doc.lines));
    const pos = Math.min(l.from + Math.max(0, column - 1), l.to);
    this.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    this.view.focus();
  }
}

/** From line:column, the word there (a whole id, key or value), at least one character. */
function range(doc: Text, line: number, column: number): [number, number] {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  const from = Math.min(l.from + Math.max(0, column - 1), l.to);
  const word = /^[^\s,\]}#]+/.exec(doc.sliceString(from, l.to))?.[0] ?? "";
  const to = word.length > 0 ? from + word.length : Math.min(from + 1, l.to);
  return [from, Math.max(to, from)];
}
