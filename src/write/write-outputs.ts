import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

export type Output = {
  /** Path relative to the output folder, e.g. `shiep/plan.pdf`. */
  readonly path: string;
  readonly bytes: Uint8Array;
};

const pending = new Set<string>();
let handlersInstalled = false;

/** On Ctrl-C or kill, temp files are removed; finished outputs stay as they were. */
function installCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const cleanup = () => {
    for (const tmp of pending) rmSync(tmp, { force: true });
    pending.clear();
  };
  process.on("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      cleanup();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

/** Resolves `rel` inside `root`, refusing anything that would land outside it. */
export function safeJoin(root: string, rel: string): string {
  const base = resolve(root);
  const full = resolve(base, rel);
  const back = relative(base, full);
  if (rel.includes("\0") || isAbsolute(rel) || back === "" || back.startsWith("..") || isAbsolute(back) || back.split(sep).includes("..")) {
    throw new Error(`refusing to write outside the output folder: ${rel}`);
  }
  return full;
}

/**
 * The only code that writes to disk. Every file is written to a temp file
 * beside it and renamed into place, so a reader (or a crash) never sees a
 * half-written document; all files of one call are written before any is
 * renamed, so an organisation's set is replaced together.
 */
export function writeOutputs(root: string, outputs: readonly Output[]): string[] {
  installCleanup();
  const staged: Array<{ tmp: string; final: string }> = [];
  try {
    for (const o of outputs) {
      const final = safeJoin(root, o.path);
      mkdirSync(dirname(final), { recursive: true });
      const tmp = `${final}.${process.pid}.tmp`;
      pending.add(tmp);
      writeFileSync(tmp, o.bytes);
      staged.push({ tmp, final });
    }
    for (const s of staged) {
      renameSync(s.tmp, s.final);
      pending.delete(s.tmp);
    }
  } catch (e) {
    for (const s of staged) {
      rmSync(s.tmp, { force: true });
      pending.delete(s.tmp);
    }
    throw e;
  }
  return staged.map((s) => s.final);
}
