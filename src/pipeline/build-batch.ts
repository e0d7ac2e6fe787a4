import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { writeOutputs, type Output } from "../write/write-outputs.js";
import type { BuildOptions } from "./build-organisation.js";
import { inputsOf, sha256 } from "./input-hash.js";
import { manifestKey, manifestOutput, readManifest, type Manifest, type ManifestEntry } from "./manifest.js";
import { settleMemory } from "./memory.js";
import { WorkerPool } from "./worker-pool.js";

export type BatchOptions = BuildOptions & {
  readonly out: string;
  /** Rebuild even when the inputs did not change. */
  readonly force?: boolean;
  /** Worker threads; 1 builds in this thread. */
  readonly jobs?: number;
  /** Build in worker threads even with one job (keeps this thread's memory small in long batches). */
  readonly isolate?: boolean;
};

export type OrgOutcome = {
  readonly file: string;
  readonly id?: string;
  readonly status: "built" | "unchanged" | "failed" | "base";
  /** Files written (only those whose bytes changed). */
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
};

export type BatchEvents = { readonly onStart?: (total: number) => void; readonly onDone?: (o: OrgOutcome, done: number, total: number) => void };

type Built = { id?: string; base?: boolean; diagnostics: Diagnostic[]; outputs: Output[]; crash?: string };

/**
 * Builds many organisations: skips those whose inputs did not change since
 * the manifest was written, builds the others (in worker threads when asked),
 * writes only files whose bytes changed, and records the new manifest. One
 * organisation failing never stops the others.
 */
export async function buildBatch(files: readonly string[], options: BatchOptions, events: BatchEvents = {}): Promise<OrgOutcome[]> {
  const manifest = readManifest(options.out);
  const entries: Record<string, ManifestEntry> = { ...manifest.entries };
  const optionKey = JSON.stringify({ formats: options.formats, only: options.only ?? [] });
  const outcomes: OrgOutcome[] = [];
  events.onStart?.(files.length);

  const todo: Array<{ file: string; inputs: string }> = [];
  for (const file of files) {
    const inputs = inputsOf(file, optionKey).hash;
    const prev = entries[manifestKey(file)];
    if (!options.force && prev && prev.inputs === inputs && outputsIntact(options.out, prev)) {
      record({ file, id: prev.id, status: "unchanged", written: [], diagnostics: [] });
    } else todo.push({ file, inputs });
  }

  const jobs = Math.max(1, Math.min(options.jobs ?? 1, todo.length));
  const pool = jobs > 1 || (options.isolate && todo.length > 1) ? new WorkerPool(jobs, stripOut(options)) : null;
  const { buildOrganisation } = pool ? { buildOrganisation: null as never } : await import("./build-organisation.js");
  // In this thread, organisations are built one after another, so memory holds one at a time.
  let chain: Promise<unknown> = Promise.resolve();
  const inThread = (file: string): Promise<Built> => {
    const next = chain
      .then(() => buildOrganisation(file, stripOut(options)))
      .then((r) => ({ ...r, diagnostics: [...r.diagnostics], outputs: [...r.outputs] }));
    chain = next.catch(() => undefined);
    return next;
  };
  try {
    await Promise.all(
      todo.map(async ({ file, inputs }) => {
        const built: Built = pool ? ((await pool.build(file)) as Built) : await inThread(file);
        if (built.crash) {
          record({ file, status: "failed", written: [], diagnostics: [{ severity: "error", ruleId: "internal", file, message: `internal error: ${built.crash.split("\n")[0]}` }] });
          return;
        }
        if (built.base) {
          record({ file, status: "base", written: [], diagnostics: built.diagnostics });
          return;
        }
        if (hasErrors(built.diagnostics) || !built.id) {
          record({ file, ...(built.id ? { id: built.id } : {}), status: "failed", written: [], diagnostics: built.diagnostics });
          return;
        }
        const changed = built.outputs.filter((o) => !sameBytes(join(options.out, o.path), o.bytes));
        const written = writeOutputs(options.out, changed);
        entries[manifestKey(file)] = { id: built.id, inputs, outputs: Object.fromEntries(built.outputs.map((o) => [o.path, stampOf(join(options.out, o.path), o.bytes)])) };
        record({ file, id: built.id, status: "built", written, diagnostics: built.diagnostics });
        if (!pool) settleMemory();
      }),
    );
  } finally {
    await pool?.close();
  }
  const next: Manifest = { version: 1, entries };
  if (JSON.stringify(next) !== JSON.stringify(manifest)) writeOutputs(options.out, [manifestOutput(next)]);
  return files.map((f) => outcomes.find((o) => o.file === f) as OrgOutcome);

  function record(o: OrgOutcome): void {
    outcomes.push(o);
    events.onDone?.(o, outcomes.length, files.length);
  }
}

function stripOut(o: BatchOptions): BuildOptions {
  return { formats: o.formats, ...(o.only ? { only: o.only } : {}) };
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  if (!existsSync(path)) return false;
  const cur = readFileSync(path);
  return cur.length === bytes.length && Buffer.compare(cur, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) === 0;
}

/** A file's fingerprint in the manifest: content hash, size and modification time. */
function stampOf(path: string, bytes: Uint8Array): string {
  const st = statSync(path);
  return `${sha256(bytes)}:${st.size}:${st.mtimeMs}`;
}

/** Outputs are intact when size and modification time are what the manifest recorded (no re-hashing). */
function outputsIntact(out: string, entry: ManifestEntry): boolean {
  return Object.entries(entry.outputs).every(([p, stamp]) => {
    const path = join(out, p);
    if (!existsSync(path)) return false;
    const st = statSync(path);
    return stamp.endsWith(`:${st.size}:${st.mtimeMs}`);
  });
}
