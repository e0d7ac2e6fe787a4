import { resolve } from "node:path";
import { watch as chokidarWatch } from "chokidar";
import { forgetFolderHashes, inputsOf } from "../../pipeline/input-hash.js";
import { buildBatch } from "../../pipeline/build-batch.js";
import { expandInputs } from "../inputs.js";
import { report, type Io } from "../io.js";
import { parseFormats, type BuildFlags } from "./build.js";

/**
 * `planwright watch`: builds, then rebuilds the organisations a changed data,
 * base or template file affects. One build runs at a time; changes that arrive
 * during a build are collected and built next. Errors are shown and watching
 * goes on.
 */
export async function watchCommand(inputs: string[], flags: BuildFlags, io: Io, signal?: AbortSignal): Promise<number> {
  const formats = parseFormats(flags.format);
  const files = expandInputs(inputs);
  const only = flags.only?.split(",").map((s) => s.trim()).filter(Boolean);
  const options = { out: flags.out, formats, ...(only ? { only } : {}), jobs: 1 };
  const optionKey = JSON.stringify({ formats, only: only ?? [] });

  /** Which organisations depend on which files and folders. */
  const dependents = new Map<string, Set<string>>();
  const mapDependencies = () => {
    dependents.clear();
    for (const f of files) {
      const { files: deps, templateDirs } = inputsOf(f, optionKey);
      for (const d of [resolve(f), ...deps, ...templateDirs]) {
        if (!dependents.has(d)) dependents.set(d, new Set());
        dependents.get(d)?.add(f);
      }
    }
  };
  const affected = (changed: string): string[] => {
    const hit = new Set<string>();
    for (const [dep, orgs] of dependents) if (changed === dep || changed.startsWith(`${dep}/`)) for (const o of orgs) hit.add(o);
    return [...hit];
  };

  const run = async (batch: string[]) => {
    forgetFolderHashes();
    const outcomes = await buildBatch(batch, options);
    report(outcomes.flatMap((o) => o.diagnostics), io);
    for (const o of outcomes) {
      const mark = o.status === "failed" ? "✖" : o.status === "built" ? "✔" : "·";
      const what = o.status === "built" ? `${o.written.length} file(s) written` : o.status === "failed" ? "not built (earlier outputs kept)" : "up to date";
      io.err(`${mark} ${o.file}: ${what}\n`);
    }
    mapDependencies();
    watcher.add([...dependents.keys()]);
  };

  mapDependencies();
  const watcher = chokidarWatch([...dependents.keys()], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 80, pollInterval: 20 } });
  let pending = new Set<string>();
  let building: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  const kick = () => {
    if (building || pending.size === 0) return;
    const batch = [...pending];
    pending = new Set();
    io.err(`… rebuilding ${batch.join(", ")}\n`);
    building = run(batch)
      .catch((e: unknown) => io.err(`✖ ${(e as Error).message}\n`))
      .finally(() => {
        building = null;
        kick();
      });
  };
  watcher.on("all", (_event, path) => {
    for (const org of affected(resolve(path))) pending.add(org);
    if (timer) clearTimeout(timer);
    timer = setTimeout(kick, 100);
  });
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));
  await run(files);
  io.err(`watching ${dependents.size} files and folders for ${files.length} organisation(s); Ctrl-C to stop\n`);
  await new Promise<void>((stop) => {
    signal?.addEventListener("abort", () => stop());
    process.once("SIGINT", () => stop());
    process.once("SIGTERM", () => stop());
  });
  await watcher.close();
  return 0;
}
