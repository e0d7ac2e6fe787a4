import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { writeOutputs, type Output } from "../write/write-outputs.js";
import type { BuildOptions } from "./build-organisation.js";
import { sha256, untouched, type Inputs } from "./input-hash.js";
import { manifestKey, manifestOutput, readManifest, type Manifest, type ManifestEntry } from "./manifest.js";
import { settleMemory } from "./memory.js";
import { WorkerPool } from "./worker-pool.js";

export type BatchOptions = BuildOptions & {
  readonly out: string;
  /** Rebuild even when the inputs did not change. */
  readonly force?: boolean;
  /** Worker threads; 1 builds in this thread. */
  readonly jobs?: number;
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

type Built = {
  id?: string;
  base?: boolean;
  diagnostics: Diagnostic[];
  outputs: Output[];
  fingerprints?: Readonly<Record<string, string>>;
  inputs?: Inputs;
  crash?: string;
};

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

  // An organisation none of whose inputs was touched since the manifest was written
  // (file stamps, template folders, options, the tool) is up to date. The others are
  // built: the build hashes their inputs from the files it reads anyway, and does not
  // render documents whose content is unchanged; if the inputs hash the same as
  // before (a file touched but not changed), the organisation is reported up to date.
  const todo: Array<{ file: string }> = [];
  for (const file of files) {
    const prev = entries[manifestKey(file)];
    const quick = !options.force && prev?.stamps && prev.templateDirs && prev.env && untouched(prev.stamps, prev.templateDirs, prev.env, optionKey);
    if (prev && quick && outputsIntact(options.out, prev)) record({ file, id: prev.id, status: "unchanged", written: [], diagnostics: [] });
    else todo.push({ file });
  }

  const jobs = Math.max(1, Math.min(options.jobs ?? 1, todo.length));
  const pool = jobs > 1 ? new WorkerPool(jobs) : null;
  // Nothing to build (all up to date): the renderers are not even loaded.
  const { buildOrganisation } = pool || todo.length === 0 ? { buildOrganisation: null as never } : await import("./build-organisation.js");
  // In this thread, organisations are built one after another, so memory holds one at a time.
  let chain: Promise<unknown> = Promise.resolve();
  const inThread = (file: string, build: BuildOptions): Promise<Built> => {
    const next = chain
      // Let the event loop turn between organisations, so Ctrl-C is handled now, not after the batch.
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => buildOrganisation(file, build))
      .then((r) => ({ ...r, diagnostics: [...r.diagnostics], outputs: [...r.outputs] }));
    chain = next.catch(() => undefined);
    return next;
  };
  try {
    await Promise.all(
      todo.map(async ({ file }) => {
        const prev = entries[manifestKey(file)];
        const reuse = options.force || !prev ? {} : currentDocuments(options, prev);
        const build = { ...stripOut(options), reuse, inputsKey: optionKey };
        const built: Built = pool ? ((await pool.build(file, build)) as Built) : await inThread(file, build);
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
        const known = built.inputs as Inputs;
        const kept = Object.entries(prev?.outputs ?? {}).filter(([p]) => !built.outputs.some((o) => o.path === p) && reused(p, built.id as string, reuse));
        entries[manifestKey(file)] = {
          id: built.id,
          inputs: known.hash,
          stamps: known.stamps,
          templateDirs: known.templateDirs,
          env: known.env,
          outputs: Object.fromEntries([...kept, ...built.outputs.map((o) => [o.path, stampOf(join(options.out, o.path), o.bytes)] as const)].sort()),
          documents: { ...(built.fingerprints ?? {}) },
        };
        const same = !options.force && written.length === 0 && prev?.inputs === known.hash;
        record({ file, id: built.id, status: same ? "unchanged" : "built", written, diagnostics: built.diagnostics });
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

/** Documents of the previous build whose files are all still on disk as written: they may be reused. */
function currentDocuments(options: BatchOptions, prev: ManifestEntry): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [doc, fingerprint] of Object.entries(prev.documents ?? {})) {
    const files = Object.entries(prev.outputs).filter(([p]) => p.startsWith(`${prev.id}/${doc}.`));
    if (files.length === options.formats.length && outputsIntact(options.out, { ...prev, outputs: Object.fromEntries(files) })) {
      out[`${prev.id}/${doc}`] = fingerprint;
    }
  }
  return out;
}

function reused(path: string, id: string, reuse: Readonly<Record<string, string>>): boolean {
  const doc = path.slice(0, path.lastIndexOf("."));
  return path.startsWith(`${id}/`) && doc in reuse;
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
