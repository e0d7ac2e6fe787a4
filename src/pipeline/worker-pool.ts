import { Worker } from "node:worker_threads";
import type { BuildOptions } from "./build-organisation.js";
import type { WorkerReply } from "./worker.js";
import { join } from "node:path";
import { DIST } from "../paths.js";

/**
 * A fixed set of worker threads, each building one organisation at a time.
 * Fonts and templates are parsed once per worker and reused for every
 * organisation it builds.
 */
const HEAP_MB = 192;

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Array<{ file: string; options: BuildOptions; resolve: (r: WorkerReply) => void }> = [];

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      // A bounded heap makes V8 collect as it goes, so memory stays flat over a long batch.
      const w = new Worker(join(DIST, "pipeline", "worker.js"), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
      w.unref();
      this.all.push(w);
      this.idle.push(w);
    }
  }

  build(file: string, options: BuildOptions): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.queue.push({ file, options, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const job = this.queue.shift() as { file: string; options: BuildOptions; resolve: (r: WorkerReply) => void };
      const onMessage = (reply: WorkerReply) => {
        w.off("error", onError);
        this.idle.push(w);
        job.resolve(reply);
        this.pump();
      };
      const onError = (e: Error) => {
        w.off("message", onMessage);
        job.resolve({ file: job.file, diagnostics: [], outputs: [], crash: e.stack ?? e.message });
      };
      w.once("message", onMessage);
      w.once("error", onError);
      w.postMessage({ file: job.file, options: job.options });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
