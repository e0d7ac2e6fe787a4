/**
 * Stage timings for profiling (`PLANWRIGHT_TIMING=1`): where a build spends its
 * time. Costs nothing when off.
 */
const on = process.env.PLANWRIGHT_TIMING === "1";
const totals = new Map<string, number>();

export function timed<T>(stage: string, fn: () => T): T {
  if (!on) return fn();
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - t0);
  }
}

export async function timedAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  if (!on) return fn();
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - t0);
  }
}

export function timingReport(): Record<string, number> {
  return Object.fromEntries([...totals].map(([k, v]) => [k, Math.round(v)]));
}

if (on) {
  process.on("exit", () => {
    process.stderr.write(`timing (ms): ${JSON.stringify({ sinceStart: Math.round(performance.now()), ...timingReport() })}\n`);
  });
}
