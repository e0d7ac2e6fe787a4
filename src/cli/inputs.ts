import { existsSync, statSync } from "node:fs";
import fg from "fast-glob";

import { UsageError } from "./io.js";

/**
 * Expands the command line's inputs: files as given, folders to the .yaml
 * files inside them, and globs (quote them so the shell leaves them alone).
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (existsSync(input)) {
      if (statSync(input).isDirectory()) {
        const found = fg.sync("**/*.{yaml,yml}", { cwd: input, absolute: false, onlyFiles: true }).sort();
        out.push(...found.map((f) => `${input.replace(/\/$/, "")}/${f}`));
      } else out.push(input);
      continue;
    }
    if (fg.isDynamicPattern(input)) {
      const found = fg.sync(input, { onlyFiles: true, dot: false }).sort();
      if (found.length === 0) throw new UsageError(`no files match ${input}`);
      out.push(...found);
      continue;
    }
    throw new UsageError(`no such file: ${input}`);
  }
  return [...new Set(out)];
}
