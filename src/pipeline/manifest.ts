import { join, resolve } from "node:path";
import { readRegularFile } from "../load/read-file.js";
import type { Output } from "../write/write-outputs.js";

/** What the last build wrote for each organisation, and from which inputs. */
export type ManifestEntry = {
  readonly id: string;
  readonly inputs: string;
  /** Output path → content hash, size and modification time. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Document name → fingerprint of its tree and theme. */
  readonly documents?: Readonly<Record<string, string>>;
  /** For the quick check: input files' size and time, template folders, shared hash. */
  readonly stamps?: Readonly<Record<string, string>>;
  readonly templateDirs?: readonly string[];
  readonly env?: string;
};
export type Manifest = { readonly version: 1; readonly entries: Readonly<Record<string, ManifestEntry>> };

export const MANIFEST_NAME = ".planwright-manifest.json";

export function readManifest(outDir: string): Manifest {
  try {
    // Only a regular file is read (a FIFO planted in the output folder must not hang the build).
    const read = readRegularFile(join(outDir, MANIFEST_NAME), 256 * 1024 * 1024, false);
    if (!read.ok) return { version: 1, entries: {} };
    const m = JSON.parse(read.bytes.toString("utf8")) as Manifest;
    if (m.version === 1 && m.entries && typeof m.entries === "object") return m;
  } catch {
    // no manifest yet, or unreadable: everything is rebuilt
  }
  return { version: 1, entries: {} };
}

export function manifestKey(file: string): string {
  return resolve(file);
}

export function manifestOutput(manifest: Manifest): Output {
  const sorted = Object.fromEntries(Object.entries(manifest.entries).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { path: MANIFEST_NAME, bytes: Buffer.from(`${JSON.stringify({ version: 1, entries: sorted }, null, 1)}\n`) };
}
