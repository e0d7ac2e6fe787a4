import { commitOutputs, type Output } from "./commit.js";
import { lockOutput } from "./out-lock.js";

export { safeJoin, WriteError } from "./safe-path.js";
export type { Output } from "./commit.js";

/**
 * The only code that writes documents to disk. A set of files is written as
 * one change (see commit.ts: staging folder + journal), never through a link
 * inside the output folder, and a failure names the file it could not write.
 */
export function writeOutputs(root: string, outputs: readonly Output[]): string[] {
  return commitOutputs(root, outputs);
}

/** The same, holding the output folder's lock (for commands that write beside builds, such as `diff --out`). */
export async function writeOutputsLocked(root: string, outputs: readonly Output[], onWait?: (message: string) => void): Promise<string[]> {
  const lock = await lockOutput(root, onWait);
  try {
    return commitOutputs(root, outputs);
  } finally {
    lock.release();
  }
}
