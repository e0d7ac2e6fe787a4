import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { buildBatch, type OrgOutcome } from "../pipeline/build-batch.js";
import type { Format } from "../pipeline/build-organisation.js";
import { forgetChangedFonts } from "../fonts/font-cache.js";
import { confineReads } from "../load/confinement.js";
import { loadChain } from "../model/extends.js";
import type { FileEntry } from "./api-types.js";
import type { DataFolder } from "./data-folder.js";
import type { FolderIds } from "./folder-ids.js";

export type BuilderOptions = { readonly out: string; readonly formats: readonly Format[] };

/**
 * Keeps the output folder current for the served folder, the way `watch`
 * does: everything is built once at start, then whatever a saved or changed
 * file affects (the file, or every organisation extending a base). Builds go
 * through `buildBatch` — the engine, manifest and writes of `planwright build`
 * — one batch at a time; changes that arrive during a batch are built next.
 */
export class Builder {
  private entries = new Map<string, FileEntry>();
  /** Absolute file → organisations (absolute) whose outputs depend on it. */
  private dependents = new Map<string, Set<string>>();
  /** Data file (absolute) → the files of its `extends` chain, or [] where the chain could not be read. */
  private chains = new Map<string, readonly string[]>();
  private pending = new Set<string>();
  private inFlight = new Set<string>();
  private running: Promise<void> | null = null;
  private idle: Array<() => void> = [];

  constructor(
    private readonly folder: DataFolder,
    private readonly ids: FolderIds,
    private readonly options: BuilderOptions,
    private readonly onChange: (files: readonly FileEntry[]) => void,
    private readonly onError: (message: string) => void,
  ) {}

  /** The folder's files and their states, as the page lists them. */
  files(): FileEntry[] {
    return this.folder.list().map((f) => {
      const known = this.entries.get(f.abs) ?? { path: f.rel, base: false, errors: 0, warnings: 0, built: false, building: false, pending: true };
      const name = confineReads(this.folder.root, () => this.ids.nameOf(f.abs));
      return { ...known, ...(name ? { name } : {}), building: this.pending.has(f.abs) || this.inFlight.has(f.abs) };
    });
  }

  /** Organisations (absolute paths) that extend `abs` (directly or through another base). */
  dependentsOf(abs: string): string[] {
    return [...(this.dependents.get(resolve(abs)) ?? [])].filter((o) => o !== resolve(abs));
  }

  /** Builds every data file of the folder. */
  buildAll(): Promise<void> {
    return this.queue(this.folder.list().map((f) => f.abs));
  }

  /**
   * Builds what a change to `abs` affects: itself, what extends it, and every file that
   * claims the id it had or has now — so two files with one id are built together and
   * both refused (never one alone over the other's outputs), and the other is built
   * again once the clash is gone.
   */
  changed(abs: string): Promise<void> {
    const file = resolve(abs);
    return this.queue([file, ...this.dependentsOf(file)]);
  }

  /** Resolves when no build is running or queued. */
  settled(): Promise<void> {
    return this.running ? new Promise((done) => this.idle.push(done)) : Promise.resolve();
  }

  private queue(files: readonly string[]): Promise<void> {
    for (const f of files) this.pending.add(f);
    this.announce();
    if (!this.running) this.running = this.drain();
    return this.settled();
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const wanted = new Set([...this.pending].flatMap((f) => [f, ...this.partnersOf(f)]));
      const batch = [...wanted].filter((f) => this.folder.relativeName(f) !== undefined && existsSync(f));
      this.pending.clear();
      this.inFlight = new Set(batch);
      forgetChangedFonts();
      try {
        // In this thread (jobs: 1), reading inputs only from inside the served folder.
        // The folder's other files are peers: a file using one of their ids is refused, never written over their documents.
        const peers = this.folder.list().map((f) => f.abs);
        const outcomes = await confineReads(this.folder.root, () => buildBatch(batch, { out: this.options.out, formats: this.options.formats, jobs: 1, peers }));
        for (const o of outcomes) this.record(o);
        this.mapDependencies(wanted);
      } catch (e) {
        this.onError(`build failed: ${(e as Error).message}`);
        for (const f of wanted) this.chains.delete(f); // read again after the next batch
      }
      this.inFlight.clear();
      this.announce();
    }
    this.running = null;
    for (const done of this.idle.splice(0)) done();
    this.announce();
  }

  /**
   * Files claiming the id `abs` had or has now: built with it, so that a clash is reported in
   * both files, and the other is built again once the clash is gone.
   */
  private partnersOf(abs: string): string[] {
    const ids = new Set([this.entries.get(abs)?.id, this.ids.idOf(abs)].filter((id): id is string => id !== undefined));
    return [...ids].flatMap((id) => this.ids.othersClaiming(id, abs).map((c) => c.file));
  }

  private record(o: OrgOutcome): void {
    const abs = resolve(o.file);
    const rel = this.folder.relativeName(abs);
    if (rel === undefined) return;
    const errors = o.diagnostics.filter((d) => d.severity === "error").length;
    this.entries.set(abs, {
      path: rel,
      base: o.status === "base",
      ...(o.id ? { id: o.id } : {}),
      errors,
      warnings: o.diagnostics.length - errors,
      built: o.status === "built" || o.status === "unchanged",
      building: false,
      pending: false,
    });
  }

  /**
   * Who depends on what, after a batch. Only the chains that may have changed are read
   * again: those of the files just asked for (a changed file and everything that extends
   * it), of files new to the folder, and of files whose chain could not be read before
   * (a base may have appeared since). Every other file's chain holds no changed file.
   */
  private mapDependencies(asked: ReadonlySet<string>): void {
    const files = this.folder.list().map((f) => f.abs);
    const present = new Set(files);
    for (const f of this.chains.keys()) if (!present.has(f)) this.chains.delete(f);
    const next = new Map<string, Set<string>>();
    for (const f of files) {
      let deps = this.chains.get(f);
      if (deps === undefined || deps.length === 0 || asked.has(f)) {
        try {
          deps = confineReads(this.folder.root, () => loadChain(f)).chain.map((s) => resolve(s.file));
        } catch {
          deps = [];
        }
        this.chains.set(f, deps);
      }
      for (const d of [f, ...deps]) {
        if (!next.has(d)) next.set(d, new Set());
        next.get(d)?.add(f);
      }
    }
    this.dependents = next;
  }

  private announce(): void {
    this.onChange(this.files());
  }
}
