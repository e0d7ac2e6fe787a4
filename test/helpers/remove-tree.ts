import { chmodSync, lstatSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Removes a folder and everything in it. A folder inside that a test made
 * read-only or unsearchable (which stops its entries being removed by anyone
 * but root) is opened to its owner first. Links are removed, never followed.
 */
export function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    openToOwner(dir);
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  }
}

function openToOwner(path: string): void {
  let isDir: boolean;
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return;
    isDir = st.isDirectory();
    chmodSync(path, isDir ? 0o700 : 0o600);
  } catch {
    return;
  }
  if (!isDir) return;
  let entries: string[] = [];
  try {
    entries = readdirSync(path);
  } catch {
    return;
  }
  for (const e of entries) openToOwner(join(path, e));
}
