import { parentPort } from "node:worker_threads";
import { buildOrganisation, type BuildOptions } from "./build-organisation.js";
import type { Inputs } from "./input-hash.js";
import type { Claim } from "./org-ids.js";
import { settleMemory } from "./memory.js";

/** A build worker: builds organisations in memory and hands the bytes back. */
export type WorkerRequest = { readonly file: string; readonly options: BuildOptions };
export type WorkerReply = {
  readonly file: string;
  readonly id?: string;
  readonly base?: boolean;
  readonly diagnostics: unknown[];
  readonly outputs: Array<{ path: string; bytes: Uint8Array }>;
  readonly fingerprints?: Record<string, string>;
  readonly inputs?: Inputs;
  readonly idAt?: Claim;
  readonly read?: readonly string[];
  readonly crash?: string;
};

parentPort?.on("message", (req: WorkerRequest) => {
  buildOrganisation(req.file, req.options).then(
    (r) => {
      // Copy into fresh buffers so they can be transferred (pooled Buffers cannot).
      const outputs = r.outputs.map((o) => ({ path: o.path, bytes: new Uint8Array(o.bytes) }));
      const reply: WorkerReply = {
        file: r.file,
        ...(r.id ? { id: r.id } : {}),
        ...(r.base ? { base: true } : {}),
        ...(r.fingerprints ? { fingerprints: { ...r.fingerprints } } : {}),
        ...(r.inputs ? { inputs: r.inputs } : {}),
        ...(r.idAt ? { idAt: r.idAt } : {}),
        ...(r.read ? { read: [...r.read] } : {}),
        diagnostics: [...r.diagnostics],
        outputs,
      };
      parentPort?.postMessage(reply, outputs.map((o) => o.bytes.buffer as ArrayBuffer));
      settleMemory();
    },
    (e: unknown) => parentPort?.postMessage({ file: req.file, diagnostics: [], outputs: [], crash: (e as Error)?.stack ?? String(e) } satisfies WorkerReply),
  );
});
