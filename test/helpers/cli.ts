import { spawnSync } from "node:child_process";
import { run } from "../../src/cli/main.js";

export type CliResult = { code: number; stdout: string; stderr: string };
type Options = { cwd?: string; env?: Record<string, string> };

/** Runs the real command (bin/planwright.js, on the compiled dist/) in a process of its own. */
export function cli(args: readonly string[], options: Options = {}): CliResult {
  const r = spawnSync(process.execPath, [new URL("../../bin/planwright.js", import.meta.url).pathname, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: "utf8",
    env: { ...process.env, ...options.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Settings the modules read once per process (the cache folder, the font folders, timing): a
 * command run in this process would not see a change of them, so such a test spawns with cli().
 */
const PER_PROCESS = ["PLANWRIGHT_CACHE", "PLANWRIGHT_FONT_DIRS", "PLANWRIGHT_SYSTEM_FONTS", "PLANWRIGHT_TIMING"];

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the command in this process: the `run` bin/planwright.js calls, with its output captured,
 * the environment additions set and the working folder changed for the run, then put back. For
 * tests whose subject is what a command writes and says: a spawned run costs a fresh Node's start
 * and cold code (≈ 0.5 s of CPU), this one a warm build. What belongs to the process — exit on
 * signals, the bundle and its code cache, closed or full standard streams, per-process settings —
 * is tested with cli(). Runs one at a time (the environment and working folder are the process's).
 */
export function command(args: readonly string[], options: Options = {}): Promise<CliResult> {
  const fixed = Object.keys(options.env ?? {}).filter((k) => PER_PROCESS.includes(k));
  if (fixed.length > 0) throw new Error(`command(): ${fixed.join(", ")} is read once per process; use cli()`);
  const next = queue.then(() => runHere(args, options));
  queue = next.catch(() => undefined);
  return next;
}

async function runHere(args: readonly string[], options: Options): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const cwd = process.cwd();
  const saved = new Map(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  try {
    Object.assign(process.env, options.env);
    if (options.cwd) process.chdir(options.cwd);
    const code = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), tty: false });
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
