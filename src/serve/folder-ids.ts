import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseYaml } from "../load/parse-yaml.js";
import { stampOf } from "../load/read-file.js";
import { readTextFile } from "../load/read-text.js";
import { scanId, type Claim } from "../pipeline/org-ids.js";
import type { DataFolder } from "./data-folder.js";

type Scanned = { readonly id: string; readonly position: { line: number; column: number } };
type Known = { readonly stamp: string; readonly scanned: Scanned | undefined; name?: string | null };

/**
 * The organisation ids the served folder's data files claim — each file's
 * top-level `id:` line, the claim `planwright build` checks before writing —
 * read again only when a file's size or time changes. `serve` asks it which
 * other files use an id, so that a file whose id another file uses is
 * reported while it is edited and never built alone over the other's outputs.
 */
export class FolderIds {
  private readonly memo = new Map<string, Known>();

  constructor(private readonly folder: DataFolder) {}

  /** The id `abs` claims on disk now, if it has a top-level `id:` line. */
  idOf(abs: string): string | undefined {
    return this.scan(resolve(abs))?.id;
  }

  /** The other data files of the folder that claim `id`, with the line of their `id:`. */
  othersClaiming(id: string, abs: string): Claim[] {
    const self = resolve(abs);
    return this.folder
      .list()
      .filter((f) => f.abs !== self)
      .flatMap((f) => {
        const s = this.scan(f.abs);
        return s?.id === id ? [{ file: f.abs, position: s.position }] : [];
      });
  }

  /** The organisation's name as the file writes it (`organisation.name`, else the document's title), for the file list. */
  nameOf(abs: string): string | undefined {
    const known = this.known(resolve(abs));
    if (!known) return undefined;
    if (known.name === undefined) {
      const read = readTextFile(abs);
      const parsed = read.ok ? parseYaml(read.source) : undefined;
      const v = parsed?.ok ? (parsed.source.value as Record<string, Record<string, unknown> | undefined> | undefined) : undefined;
      const name = v?.organisation?.name ?? v?.document?.title;
      known.name = typeof name === "string" && name.trim() ? name.trim() : null;
    }
    return known.name ?? undefined;
  }

  private scan(abs: string): Scanned | undefined {
    return this.known(abs)?.scanned;
  }

  private known(abs: string): Known | undefined {
    let stamp: string;
    try {
      stamp = stampOf(statSync(abs));
    } catch {
      this.memo.delete(abs);
      return undefined;
    }
    const hit = this.memo.get(abs);
    if (hit?.stamp === stamp) return hit;
    const fresh: Known = { stamp, scanned: scanId(abs) };
    this.memo.set(abs, fresh);
    return fresh;
  }
}
