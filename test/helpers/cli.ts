import { spawnSync } from "node:child_process";

export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the real command (bin/planwright.js, on the compiled dist/). */
export function cli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [new URL("../../bin/planwright.js", import.meta.url).pathname, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: "utf8",
    env: { ...process.env, ...options.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
