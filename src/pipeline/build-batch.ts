import { existsSync, lstatSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { sha256 } from "../load/read-file.js";
import { commitOutputs, removeLegacyTemps, type Output } from "../write/commit.js";
import { lockOutput } from "../write/out-lock.js";
import { checkTarget, WriteError } from "../write/safe-path.js";
import type { BuildOptions } from "./build-organisation.js";
import { untouched, type Inputs, type StatMemo } from "./input-hash.js";
import { manifestKey, manifestOutput, readManifest, type Manifest, type ManifestEntry } from "./manifest.js";
import { settleMemory } from "./memory.js";
import { duplicateIdDiagnostic, IdClaims, scanId, type Claim } from "./org-ids.js";

export type BatchOptions = BuildOptions & {
  readonly out: string;
  /** Rebuild even when the inputs did not change. */
  readonly force?: boolean;
  /** Worker threads; 1 builds in this thread. */
  readonly jobs?: number;
  /**
   * Other data files writing into the same output folder, not built now (`serve` builds one
   * file of its folder at a time): their ids are claimed too, so a file using one is refused.
   */
  readonly peers?: readonly string[];
};

export type OrgOutcome = {
  readonly file: string;
  readonly id?: string;
  readonly status: "built" | "unchanged" | "failed" | "base";
  /** Files written (only those whose bytes changed). */
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** Files and folders the organisation was built from (what watch watches). */
  readonly watch?: readonly string[];
};

export type BatchEvents = {
  readonly onStart?: (total: number) => void;
  readonly onDone?: (o: OrgOutcome, done: number, total: number) => void;
  /** Another build holds the output folder: this one waits (said once). */
  readonly onWait?: (message: string) => void;
};

type Built = {
  id?: string;
  base?: boolean;
  diagnostics: Diagnostic[];
  outputs: Output[];
  fingerprints?: Readonly<Record<string, string>>;
  inputs?: Inputs;
  idAt?: Claim;
  read?: readonly string[];
  crash?: string;
};

/**
 * Builds many organisations into one output folder, holding its lock (one
 * writer at a time; what a killed build left is finished first). Skips those
 * whose inputs did not change since the manifest was written, refuses data
 * files that share an organisation id, builds the others (in worker threads
 * when asked), writes each organisation's changed files as one change, and
 * records the new manifest. One organisation failing never stops the others.
 */
export async function buildBatch(files: readonly string[], options: BatchOptions, events: BatchEvents = {}): Promise<OrgOutcome[]> {
  const lock = await lockOutput(options.out, events.onWait);
  try {
    return await buildLocked(files, options, events);
  } finally {
    lock.release();
  }
}

async function buildLocked(files: readonly string[], options: BatchOptions, events: BatchEvents): Promise<OrgOutcome[]> {
  const manifest = readManifest(options.out);
  const entries: Record<string, ManifestEntry> = { ...manifest.entries };
  removeLegacyTemps(options.out, new Set(Object.values(entries).map((e) => e.id)));
  const optionKey = JSON.stringify({ formats: options.formats, only: options.only ?? [], ...(options.pdfa ? { pdfa: true } : {}), ...(options.strict ? { strict: true } : {}) });
  const outcomes = new Map<string, OrgOutcome>();
  const record = (o: OrgOutcome): void => {
    outcomes.set(o.file, o);
    events.onDone?.(o, outcomes.size, files.length);
  };
  events.onStart?.(files.length);

  // An organisation none of whose inputs was touched since the last build read them
  // (stamps of its data file, bases, templates and fonts, the options, the tool) is up
  // to date. The others are built: the build records what it read, does not render
  // documents whose content is unchanged, and if the inputs hash the same as before (a
  // file touched but not changed), the organisation is reported up to date.
  const memo: StatMemo = new Map();
  const fresh: string[] = [];
  const todo: string[] = [];
  for (const file of files) {
    const prev = entries[manifestKey(file)];
    const quick = !options.force && prev?.stamps && prev.env && untouched(prev.stamps, prev.env, optionKey, memo);
    if (prev && quick && outputsIntact(options.out, prev)) fresh.push(file);
    else todo.push(file);
  }

  // Organisation ids are claimed before anything is written: two files with one id are both refused.
  const claims = new IdClaims();
  for (const file of fresh) claims.claim((entries[manifestKey(file)] as ManifestEntry).id, { file });
  const batch = new Set(files);
  for (const file of [...todo, ...(options.peers ?? []).filter((p) => !batch.has(p))]) {
    const scanned = scanId(file);
    if (scanned) claims.claim(scanned.id, { file, position: scanned.position });
  }
  const refused = new Set<string>();
  for (const [id, list] of claims.clashes()) {
    const placed = list.map((c) => (c.position ? c : { file: c.file, ...(scanId(c.file) ? { position: scanId(c.file)?.position } : {}) }) as Claim);
    for (const c of placed) {
      if (!batch.has(c.file)) continue;
      refused.add(c.file);
      record({ file: c.file, id, status: "failed", written: [], diagnostics: [duplicateIdDiagnostic(id, c, placed.filter((x) => x.file !== c.file))], watch: [resolve(c.file)] });
    }
  }
  for (const file of fresh) {
    if (refused.has(file)) continue;
    const prev = entries[manifestKey(file)] as ManifestEntry;
    record({ file, id: prev.id, status: "unchanged", written: [], diagnostics: [], watch: Object.keys(prev.stamps ?? {}) });
  }
  const building = todo.filter((f) => !refused.has(f));

  const jobs = Math.max(1, Math.min(options.jobs ?? 1, building.length));
  // Loaded only for workers (worker_threads and the pool's code are not needed in this thread).
  const pool = jobs > 1 ? new (await import("./worker-pool.js")).WorkerPool(jobs) : null;
  // Nothing to build (all up to date): the renderers are not even loaded.
  const { buildOrganisation } = pool || building.length === 0 ? { buildOrganisation: null as never } : await import("./build-organisation.js");
  // In this thread, organisations are built one after another, so memory holds one at a time.
  let chain: Promise<unknown> = Promise.resolve();
  const inThread = (file: string, build: BuildOptions): Promise<Built> => {
    const next = chain
      // Let the event loop turn between organisations, so Ctrl-C is handled now, not after the batch.
      .then(() => new Promise((r) => setImmediate(r)))
      .then(() => buildOrganisation(file, build))
      .then((r) => ({ ...r, diagnostics: [...r.diagnostics], outputs: [...r.outputs] }));
    chain = next.catch(() => undefined);
    return next;
  };
  const finish = (file: string, built: Built, reuse: Readonly<Record<string, string>>): void => {
    const prev = entries[manifestKey(file)];
    const watch = built.inputs ? [...built.inputs.files, ...built.inputs.templateDirs] : [...(built.read ?? [resolve(file)])];
    const fail = (diagnostics: readonly Diagnostic[]) => record({ file, ...(built.id ? { id: built.id } : {}), status: "failed", written: [], diagnostics, watch });
    if (built.crash) return fail([{ severity: "error", ruleId: "internal", file, message: `internal error: ${built.crash.split("\n")[0]}` }]);
    if (built.base) return record({ file, status: "base", written: [], diagnostics: built.diagnostics, watch });
    if (hasErrors(built.diagnostics) || !built.id) return fail(built.diagnostics);
    const id = built.id;
    const mine: Claim = { file, ...(built.idAt?.position ? { position: built.idAt.position } : {}) };
    const others = claims.others(id, file);
    claims.claim(id, mine);
    if (others.length > 0) return fail([...built.diagnostics, duplicateIdDiagnostic(id, mine, others)]);
    let written: string[];
    try {
      // Every path is checked (no link, no folder in the way) even for files whose bytes are unchanged.
      for (const o of built.outputs) checkTarget(options.out, o.path);
      written = commitOutputs(options.out, built.outputs.filter((o) => !sameBytes(join(options.out, o.path), o.bytes)));
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      return fail([...built.diagnostics, { severity: "error", ruleId: "write/failed", file, message: e.message, ...(e.hint ? { hint: e.hint } : {}) }]);
    }
    const known = built.inputs as Inputs;
    const kept = Object.entries(prev?.outputs ?? {}).filter(([p]) => !built.outputs.some((o) => o.path === p) && reused(p, id, reuse));
    // The folder <id>/ now holds this file's documents: no other file's entry may call it its own.
    for (const [k, e] of Object.entries(entries)) if (e.id === id && k !== manifestKey(file)) delete entries[k];
    entries[manifestKey(file)] = {
      id,
      inputs: known.hash,
      stamps: known.stamps,
      templateDirs: known.templateDirs,
      env: known.env,
      outputs: Object.fromEntries([...kept, ...built.outputs.map((o) => [o.path, stampOf(join(options.out, o.path), o.bytes)] as const)].sort()),
      documents: { ...(built.fingerprints ?? {}) },
    };
    const same = !options.force && written.length === 0 && prev?.inputs === known.hash;
    record({ file, id, status: same ? "unchanged" : "built", written, diagnostics: built.diagnostics, watch });
    if (!pool) settleMemory();
  };
  try {
    await Promise.all(
      building.map(async (file) => {
        const prev = entries[manifestKey(file)];
        const reuse = options.force || !prev ? {} : currentDocuments(options, prev);
        const build = { ...stripOut(options), reuse, inputsKey: optionKey };
        finish(file, pool ? ((await pool.build(file, build)) as Built) : await inThread(file, build), reuse);
      }),
    );
  } finally {
    await pool?.close();
  }
  const next: Manifest = { version: 1, entries };
  if (JSON.stringify(next) !== JSON.stringify(manifest)) commitOutputs(options.out, [manifestOutput(next)]);
  return files.map((f) => outcomes.get(f) as OrgOutcome);
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
  return { formats: o.formats, ...(o.only ? { only: o.only } : {}), ...(o.pdfa ? { pdfa: true } : {}), ...(o.prose ? { prose: true } : {}), ...(o.strict ? { strict: true } : {}) };
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return false;
  }
  if (!st.isFile() || st.size !== bytes.length) return false;
  const cur = readFileSync(path);
  return Buffer.compare(cur, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) === 0;
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
