import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { watch as chokidarWatch, type FSWatcher } from "chokidar";

/**
 * Follows paths, not the files that happen to be there: a file deleted and
 * written again — `git checkout`, an editor that saves by writing a new file
 * and renaming it over the old one — is still followed, since what is watched
 * is the folder holding it (its entries by name), never the file's inode
 * (chokidar watching a file loses it once it is replaced). Folders (template
 * folders) are watched with everything in them. `onChange` gets the absolute
 * path of a followed file or of anything inside a followed folder.
 */
export class PathFollower {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly parents: FSWatcher;
  private readonly trees: FSWatcher;
  /** A watcher says it is ready once, after the first paths given to it are scanned (never, if given none). */
  private readonly scanned: Array<Promise<void>> = [];

  constructor(onChange: (path: string) => void, onError: (message: string) => void) {
    const settle = { stabilityThreshold: 80, pollInterval: 20 };
    // Only the folders holding followed files, one level deep; entries that are not followed are ignored.
    this.parents = chokidarWatch([], {
      ignoreInitial: true,
      depth: 0,
      awaitWriteFinish: settle,
      ignored: (path, stats) => stats !== undefined && !stats.isDirectory() && !this.files.has(resolve(path)),
    });
    this.trees = chokidarWatch([], { ignoreInitial: true, awaitWriteFinish: settle });
    for (const w of [this.parents, this.trees]) {
      w.on("all", (_event, path) => {
        const abs = resolve(path);
        if (this.files.has(abs) || this.folders.has(abs) || [...this.folders].some((f) => abs.startsWith(`${f}/`))) onChange(abs);
      });
      w.on("error", (e) => onError((e as Error).message));
    }
  }

  /** Follows more paths: a folder with what is in it, anything else (a file, or a path where a file may appear) by its name. */
  add(paths: readonly string[]): void {
    const parents: string[] = [];
    const trees: string[] = [];
    for (const p of paths.map((x) => resolve(x))) {
      if (this.files.has(p) || this.folders.has(p)) continue;
      if (isFolder(p)) {
        this.folders.add(p);
        trees.push(p);
      } else {
        this.files.add(p);
        parents.push(dirname(p));
      }
    }
    if (parents.length > 0) this.watch(this.parents, [...new Set(parents)]);
    if (trees.length > 0) this.watch(this.trees, trees);
  }

  /** Resolves when the first paths added are being watched. */
  async ready(): Promise<void> {
    await Promise.all(this.scanned);
  }

  private readonly started = new Set<FSWatcher>();

  private watch(w: FSWatcher, paths: string[]): void {
    if (!this.started.has(w)) {
      this.started.add(w);
      this.scanned.push(new Promise<void>((done) => w.once("ready", () => done())));
    }
    w.add(paths);
  }

  /** Every path followed (files and folders). */
  get size(): number {
    return this.files.size + this.folders.size;
  }

  async close(): Promise<void> {
    await Promise.all([this.parents.close(), this.trees.close()]);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
