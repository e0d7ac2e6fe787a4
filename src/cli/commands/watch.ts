import { dirname, resolve } from "node:path";
import { BUILTIN_TEMPLATES } from "../../compose/template-set.js";
import { forgetChangedFonts } from "../../fonts/font-cache.js";
import { loadChain } from "../../model/extends.js";
import { buildBatch, type OrgOutcome } from "../../pipeline/build-batch.js";
import { customTemplateDirs } from "../../pipeline/template-dirs.js";
import { PathFollower } from "../follow-paths.js";
import { expandInputs } from "../inputs.js";
import { report, type Io } from "../io.js";
import { parseOnly, parseOut } from "../options.js";
import { parseFormats, type BuildFlags } from "./build.js";

/** What an organisation depends on, read before its first build: data file, bases, template folders, fonts. */
function seedDependencies(file: string): string[] {
  const { chain, files } = loadChain(resolve(file));
  // Font files and images the data names, relative to the file that names them.
  const named = chain.flatMap((s) => {
    const v = s.value as Record<string, unknown> | undefined;
    const fonts = (v?.theme as Record<string, unknown> | undefined)?.fonts;
    const images = Array.isArray(v?.attachments) ? (v.attachments as Array<Record<string, unknown> | null>).map((a) => a?.src) : [];
    const paths = [...(fonts && typeof fonts === "object" ? Object.values(fonts) : []), ...images];
    return paths.flatMap((p) => (typeof p === "string" ? [resolve(dirname(resolve(s.file)), p)] : []));
  });
  return [resolve(file), ...files, ...customTemplateDirs({ sources: chain }).dirs, BUILTIN_TEMPLATES, ...named];
}

/**
 * `planwright watch`: builds, then rebuilds the organisations a changed data,
 * base, template or font file affects. One build runs at a time; changes that
 * arrive during a build are collected and built next — and since a build
 * records the state of each file *before* reading it, a save that lands
 * mid-build is always built again. Errors are shown and watching goes on.
 */
export async function watchCommand(inputs: string[], flags: BuildFlags, io: Io, signal?: AbortSignal): Promise<number> {
  const formats = parseFormats(flags.format);
  const out = parseOut(flags.out);
  const files = expandInputs(inputs);
  const only = await parseOnly(flags.only, files);
  const options = { out, formats, ...(only ? { only } : {}), ...(flags.pdfa ? { pdfa: true } : {}), jobs: 1 };

  /** Which organisations depend on which files and folders. */
  const dependents = new Map<string, Set<string>>();
  const depend = (org: string, paths: readonly string[]): string[] => {
    const added: string[] = [];
    for (const p of paths) {
      let orgs = dependents.get(p);
      if (!orgs) {
        orgs = new Set();
        dependents.set(p, orgs);
        added.push(p);
      }
      orgs.add(org);
    }
    return added;
  };
  const affected = (changed: string): string[] => {
    const hit = new Set<string>();
    for (const [dep, orgs] of dependents) if (changed === dep || changed.startsWith(`${dep}/`)) for (const o of orgs) hit.add(o);
    return [...hit];
  };
  for (const f of files) depend(f, seedDependencies(f));

  const run = async (batch: string[]) => {
    forgetChangedFonts();
    const outcomes: OrgOutcome[] = await buildBatch(batch, options, { onWait: (m) => io.err(`${m}\n`) });
    report(outcomes.flatMap((o) => o.diagnostics), io);
    const added: string[] = [];
    for (const o of outcomes) {
      const mark = o.status === "failed" ? "✖" : o.status === "built" ? "✔" : "·";
      const what = o.status === "built" ? `${o.written.length} file(s) written` : o.status === "failed" ? "not built (earlier outputs kept)" : "up to date";
      io.err(`${mark} ${o.file}: ${what}\n`);
      added.push(...depend(o.file, o.watch ?? []));
    }
    if (added.length > 0) watcher.add(added);
  };

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
  // Paths are followed, not inodes: a file deleted and written again (git checkout, editors that replace files) is still followed.
  const watcher = new PathFollower(
    (path) => {
      for (const org of affected(path)) pending.add(org);
      if (timer) clearTimeout(timer);
      timer = setTimeout(kick, 100);
    },
    (message) => io.err(`✖ watching: ${message}\n`),
  );
  watcher.add([...dependents.keys()]);
  await watcher.ready();
  building = run(files).finally(() => {
    building = null;
  });
  await building;
  io.err(`watching ${dependents.size} files and folders for ${files.length} organisation(s); Ctrl-C to stop\n`);
  kick(); // changes saved during the first build
  await new Promise<void>((stop) => {
    signal?.addEventListener("abort", () => stop());
    process.once("SIGINT", () => stop());
    process.once("SIGTERM", () => stop());
  });
  await watcher.close();
  if (timer) clearTimeout(timer);
  pending.clear();
  await building; // a build under way finishes (and releases the output folder) first
  return 0;
}
