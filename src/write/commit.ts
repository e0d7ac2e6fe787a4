import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readRegularFile } from "../load/read-file.js";
import { checkTarget, safeJoin, writeFailure } from "./safe-path.js";

export type Output = {
  /** Path relative to the output folder, e.g. `shiep/plan.pdf`. */
  readonly path: string;
  readonly bytes: Uint8Array;
};

/**
 * Writes a set of files (one organisation's documents) as one change.
 *
 * 1. Every file is written into a staging folder inside the output folder
 *    (`.planwright-staging/<tx>/`): a failure here (disk full) removes the
 *    staging folder and leaves every earlier document as it was.
 * 2. A journal listing the moves is written and renamed into place: the
 *    commit point.
 * 3. Each staged file is renamed over its final path; then the journal and
 *    the staging folder are removed.
 *
 * A process killed during step 3 leaves the journal behind, and the next
 * build into the same folder (under its lock, before anything else) finishes
 * the moves, so the set ends up entirely new; killed before step 2, the
 * staging folder is removed and the set stays entirely old.
 */
export const STAGING = ".planwright-staging";

let sequence = 0;

type Journal = { readonly version: 1; readonly moves: ReadonlyArray<readonly [string, string]> };

export function commitOutputs(root: string, outputs: readonly Output[]): string[] {
  if (outputs.length === 0) return [];
  const finals = outputs.map((o) => checkTarget(root, o.path));
  const staging = join(root, STAGING);
  const tx = `${process.pid}-${Date.now().toString(36)}-${sequence++}`;
  const dir = join(staging, tx);
  const journal = join(staging, `${tx}.journal`);
  const moves: Journal = { version: 1, moves: outputs.map((o, i) => [String(i), o.path] as const) };
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeFailure(e, finals[0] as string);
  }
  try {
    outputs.forEach((o, i) => {
      try {
        writeFileSync(join(dir, String(i)), o.bytes, { flag: "wx" });
      } catch (e) {
        throw writeFailure(e, finals[i] as string);
      }
    });
    try {
      writeFileSync(`${journal}.tmp`, JSON.stringify(moves), { flag: "wx" });
      renameSync(`${journal}.tmp`, journal);
    } catch (e) {
      throw writeFailure(e, finals[0] as string);
    }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${journal}.tmp`, { force: true });
    throw e;
  }
  applyJournal(root, tx, moves);
  return finals;
}

/** Moves every staged file that is still there to its final path, then removes the journal and the staging folder. */
function applyJournal(root: string, tx: string, journal: Journal): void {
  const staging = join(root, STAGING);
  for (const [from, to] of journal.moves) {
    const src = join(staging, tx, from);
    if (!existsSync(src)) continue; // moved before the interruption
    const final = checkTarget(root, to);
    try {
      mkdirSync(dirname(final), { recursive: true });
      renameSync(src, final);
    } catch (e) {
      throw writeFailure(e, final);
    }
  }
  rmSync(join(staging, `${tx}.journal`), { force: true });
  rmSync(join(staging, tx), { recursive: true, force: true });
  try {
    rmdirSync(staging); // only when empty: another change may be staged there
  } catch {
    // not empty, or already gone
  }
}

/** Temp files of earlier versions, which wrote `<file>.<pid>.tmp` beside each document. */
const LEGACY_TMP = /^.+\.(?:pdf|docx|json)\.\d+\.tmp$/;

/**
 * Run by a build that holds the output folder's lock, before anything else:
 * finishes the moves of every journal a killed build left, and removes what
 * was staged but never committed.
 * Returns the organisation folders it completed.
 */
export function recoverOutputs(root: string): string[] {
  const finished: string[] = [];
  const staging = join(root, STAGING);
  let entries: string[] = [];
  try {
    entries = readdirSync(staging);
  } catch {
    // no staging folder: nothing was interrupted
  }
  for (const name of entries.filter((e) => e.endsWith(".journal")).sort()) {
    const tx = name.slice(0, -".journal".length);
    let journal: Journal | undefined;
    try {
      const read = readRegularFile(join(staging, name), 16 * 1024 * 1024, false);
      journal = read.ok ? (JSON.parse(read.bytes.toString("utf8")) as Journal) : undefined;
    } catch {
      journal = undefined;
    }
    if (journal?.version !== 1 || !Array.isArray(journal.moves)) continue;
    try {
      // Paths are checked again: nothing a journal says is written outside the folder or through a link.
      for (const [, to] of journal.moves) safeJoin(root, to);
      applyJournal(root, tx, journal);
      finished.push(...new Set(journal.moves.map(([, to]) => to.split("/")[0] as string)));
    } catch {
      // cannot be finished (a link was put in the way): dropped below, the old files stay
    }
  }
  if (entries.length > 0) rmSync(staging, { recursive: true, force: true });
  return finished;
}

/**
 * Temp files earlier versions left beside documents (`<file>.<pid>.tmp`, written in place and
 * never removed after a kill): only in the output folder itself and in the organisation
 * folders it has built, never elsewhere.
 */
export function removeLegacyTemps(root: string, orgIds: Iterable<string>): void {
  const ids = [...orgIds].filter((id) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(id)); // a manifest is data, not trusted paths
  for (const dir of [root, ...ids.map((id) => join(root, id))]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of names) if (LEGACY_TMP.test(f)) rmSync(join(dir, f), { force: true });
  }
}
