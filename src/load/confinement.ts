import { AsyncLocalStorage } from "node:async_hooks";
import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { ROOT } from "../paths.js";

/**
 * Where the work in hand may read its inputs from. `planwright serve` runs
 * every request and every build inside a confinement to the folder it
 * serves: any input a path leads to — the data file, a base it `extends`, a
 * `templates` folder, a font in `theme.fonts`, an image's `src` — must be
 * inside that folder once symbolic links are resolved, and not hidden. A text
 * read as data must be a data file (`.yaml`/`.yml`) and one read as a
 * template a template (`.hbs`), so nothing else is ever parsed and quoted
 * back in a diagnostic. planwright's own templates may be read as templates.
 *
 * The command line runs without one: it reads what the user names.
 * `load/read-file.ts` consults it for every input it reads (and opens the
 * path it answers); a folder is checked by whoever lists it
 * (`pipeline/template-dirs.ts`).
 */
export type ReadKind = "data" | "template" | "file" | "folder";

type Confinement = { readonly root: string; readonly own: string };

const scope = new AsyncLocalStorage<Confinement>();

const BUILTIN_TEMPLATES = join(ROOT, "templates");
const DATA_FILE = /\.ya?ml$/i;
const TEMPLATE_FILE = /\.hbs$/i;

/** Runs `work` (and everything it starts) reading inputs only from inside `root`. */
export function confineReads<T>(root: string, work: () => T): T {
  return scope.run({ root: realpathSync(root), own: realOrSelf(BUILTIN_TEMPLATES) }, work);
}

/** The folder reads are confined to, if any (a memo of checked files keys on it). */
export function confinementRoot(): string | undefined {
  return scope.getStore()?.root;
}

/**
 * The path to open for reading `path` as `kind`: its real path (links
 * resolved, so what is checked is what is opened) when the work is confined
 * and the file is allowed, `path` itself when the work is not confined — or
 * why not, in words that name no more than the path ("outside the served folder").
 */
export function confinedPath(path: string, kind: ReadKind): { readonly path: string } | { readonly refused: string } {
  const c = scope.getStore();
  if (!c) return { path };
  const real = realPath(path);
  if ((kind === "template" || kind === "folder") && within(c.own, real)) return kind === "folder" || TEMPLATE_FILE.test(real) ? { path: real } : { refused: "not a template" };
  if (!within(c.root, real)) return { refused: "outside the served folder" };
  const parts = relative(c.root, real).split(sep);
  if (parts.some((p) => p.startsWith(".") || p === "node_modules")) return { refused: "a hidden file of the served folder" };
  if (kind === "data" && !DATA_FILE.test(real)) return { refused: "not a data file (.yaml)" };
  if (kind === "template" && !TEMPLATE_FILE.test(real)) return { refused: "not a template (.hbs)" };
  return { path: real };
}

function within(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/**
 * The real path of `path`: links resolved as far as the path exists, the
 * missing rest appended — so a file that does not exist yet is judged by the
 * folder it would be in, and the answer never tells whether it exists.
 */
function realPath(path: string): string {
  const abs = resolve(path);
  const rest: string[] = [];
  for (let cur = abs; ; ) {
    try {
      const real = realpathSync(cur);
      return rest.length === 0 ? real : join(real, ...rest.reverse());
    } catch {
      const up = dirname(cur);
      if (up === cur || !isAbsolute(up)) return abs;
      rest.push(basename(cur));
      cur = up;
    }
  }
}
