import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Keeps a long batch's memory flat. V8 grows the heap lazily, so building
 * many organisations in one thread looks like a leak (peak RSS grows with the
 * batch) when it is only garbage not yet collected. After each organisation,
 * collect when the heap has grown past a threshold.
 */
let gc: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    setFlagsFromString("--expose_gc");
    gc = runInNewContext("gc") as () => void;
  } catch {
    gc = null;
  }
  return gc;
}

const THRESHOLD = 160 * 1024 * 1024;

export function settleMemory(): void {
  if (process.memoryUsage().heapUsed < THRESHOLD) return;
  collector()?.();
}
