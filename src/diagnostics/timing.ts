/**
 * Stage timings for profiling (`PLANWRIGHT_TIMING=1`): where a build spends its
 * time. Costs nothing when off. `sinceStart` is the process's whole life, `ready`
 * the time until the command line was read (Node, the bundle, module initialisation)
 * and `cpu` the process's CPU time (every thread: V8 collects and compiles on helpers).
 */
const on = process.env.PLANWRIGHT_TIMING === "1";
const totals = new Map<string, number>();
const marks = new Map<string, number>();

/** Notes the time since the process started under `name` (the first call counts). */
export function timingMark(name: string): void {
  if (on && !marks.has(name)) marks.set(name, performance.now());
}

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
    const cpu = process.cpuUsage();
    const at = Object.fromEntries([...marks].map(([k, v]) => [k, Math.round(v)]));
    process.stderr.write(`timing (ms): ${JSON.stringify({ sinceStart: Math.round(performance.now()), cpu: Math.round((cpu.user + cpu.system) / 1000), ...at, ...timingReport() })}\n`);
  });
}
