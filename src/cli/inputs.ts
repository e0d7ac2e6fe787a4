import { existsSync, realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import fg from "fast-glob";

import { UsageError } from "./io.js";

/** A name the terminal passed with bytes that are not UTF-8 arrives with U+FFFD in it: no file has that name. */
function undecodable(name: string): UsageError {
  return new UsageError(
    `cannot open ${name}: the file name is not valid UTF-8 (it may be GBK), so it cannot be opened by that name; rename the file (e.g. convmv -f gbk -t utf-8 --notest <file>)`,
  );
}

/**
 * Expands the command line's inputs: files as given, folders to the .yaml
 * files inside them, and globs (quote them so the shell leaves them alone).
 * A folder with no data files, a glob that matches nothing and an empty name
 * are usage errors: building nothing is never a success. A file named
 * twice — `a.yaml ./a.yaml`, a folder and a file in it, a link and its
 * target — is one input (by its real path), under the first name given.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input.trim() === "") throw new UsageError("an empty file name was given");
    if (existsSync(input)) {
      if (statSync(input).isDirectory()) {
        const found = fg.sync("**/*.{yaml,yml}", { cwd: input, absolute: false, onlyFiles: true }).sort();
        if (found.length === 0) throw new UsageError(`no data files (.yaml or .yml) in the folder ${input}`);
        const bad = found.find((f) => f.includes("\uFFFD"));
        if (bad) throw undecodable(`${input.replace(/\/$/, "")}/${bad}`);
        out.push(...found.map((f) => `${input.replace(/\/$/, "")}/${f}`));
      } else out.push(input);
      continue;
    }
    if (input.includes("\uFFFD")) throw undecodable(input);
    if (fg.isDynamicPattern(input)) {
      const found = fg.sync(input, { onlyFiles: true, dot: false }).sort();
      if (found.length === 0) throw new UsageError(`no files match ${input}`);
      const bad = found.find((f) => f.includes("\uFFFD"));
      if (bad) throw undecodable(bad);
      out.push(...found);
      continue;
    }
    throw new UsageError(`no such file: ${input}`);
  }
  return onceEach(out);
}

function onceEach(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    let real: string;
    try {
      real = realpathSync(f);
    } catch {
      real = resolve(f);
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
