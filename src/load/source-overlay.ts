import { AsyncLocalStorage } from "node:async_hooks";
import { resolve } from "node:path";

/**
 * Texts that stand in for files on disk while a piece of work runs: an editor's
 * unsaved buffer is validated and built by the same stages as a saved file
 * (`planwright serve`). Scoped to the work's own async chain, so a build running
 * beside it reads the disk as usual. Keys are absolute paths.
 */
const overlay = new AsyncLocalStorage<ReadonlyMap<string, string>>();

export function withSourceTexts<T>(texts: ReadonlyMap<string, string>, work: () => T): T {
  const absolute = new Map([...texts].map(([file, text]) => [resolve(file), text]));
  return overlay.run(absolute, work);
}

/** The text standing in for `file`, if the current work has one. */
export function overlaidText(file: string): string | undefined {
  const texts = overlay.getStore();
  return texts === undefined ? undefined : texts.get(resolve(file));
}
