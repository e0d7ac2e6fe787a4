import { relative } from "node:path";
import { LIMITS } from "../load/limits.js";
import { readRegularFile } from "../load/read-file.js";
import { spoken, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { say } from "../diagnostics/say.js";

/**
 * An organisation's id names its output folder, so two data files with the
 * same id in one build would overwrite each other's documents (and each
 * rebuild would swap them). Ids are claimed before anything is written —
 * from the manifest for files that are up to date, from the file's top-level
 * `id:` line for the others — and checked again with the id each build
 * really produced. Every file of a clash is refused, naming the others.
 */
export type Claim = { readonly file: string; readonly position?: Position };

const ID_LINE = /^id:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"][^\s#]*))[ \t]*(?:#.*)?$/m;

/** The top-level `id:` of a data file and its line, read cheaply (no YAML parse); undefined when it has none there. */
export function scanId(file: string): { id: string; position: Position } | undefined {
  const read = readRegularFile(file, LIMITS.maxFileBytes, false); // never blocks on a FIFO; the build reports what is wrong
  return read.ok ? idLineOf(read.bytes.toString("utf8")) : undefined;
}

/** The top-level `id:` of a data file's text and its line. */
export function idLineOf(text: string): { id: string; position: Position } | undefined {
  const m = ID_LINE.exec(text);
  if (!m) return undefined;
  const id = (m[1] ?? m[2] ?? m[3] ?? "").normalize("NFC");
  let line = 1;
  for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
  return { id, position: { line, column: 1 } };
}

function shown(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("..") ? rel : p;
}

function at(c: Claim): string {
  return `${shown(c.file)}${c.position ? `:${c.position.line}` : ""}`;
}

export function duplicateIdDiagnostic(id: string, mine: Claim, others: readonly Claim[]): Diagnostic {
  return {
    severity: "error",
    ruleId: "build/duplicate-id",
    file: shown(mine.file),
    ...(mine.position ? { position: mine.position } : {}),
    ...spoken(
      say("organisation id `%{id}` is also used by %{others}: both would write %{id}/ in the output folder", { id, others: others.map(at).join(", ") }),
      say("Give each organisation its own id (it names its output folder); nothing was written for either."),
    ),
  };
}

/** Ids claimed in one batch: id → the files that claim it. */
export class IdClaims {
  private readonly byId = new Map<string, Claim[]>();

  claim(id: string, claim: Claim): void {
    const list = this.byId.get(id) ?? [];
    if (!list.some((c) => c.file === claim.file)) list.push(claim);
    this.byId.set(id, list);
  }

  /** Other files claiming `id`. */
  others(id: string, file: string): Claim[] {
    return (this.byId.get(id) ?? []).filter((c) => c.file !== file);
  }

  /** Every id claimed by more than one file. */
  clashes(): Array<[string, Claim[]]> {
    return [...this.byId.entries()].filter(([, list]) => list.length > 1);
  }
}
