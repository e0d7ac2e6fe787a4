import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeOutputs } from "../../write/write-outputs.js";
import { UsageError, type Io } from "../io.js";

import { KINDS, LOCALES } from "../choices.js";
import { ROOT } from "../../paths.js";

const STARTERS = join(ROOT, "templates", "starters");
const SCHEMA = join(ROOT, "schema", "planwright.schema.json");

/**
 * `planwright init <dir>`: writes a commented starter file of the chosen kind
 * and language, and the JSON Schema beside it for editor completion. It
 * validates and builds as it is.
 */
function sameFile(path: string, bytes: Buffer): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

export function initCommand(dir: string, flags: { kind: string; locale: string; force?: boolean }, io: Io): number {
  if (!(KINDS as readonly string[]).includes(flags.kind)) throw new UsageError(`unknown --kind "${flags.kind}" (use ${KINDS.join(", ")})`);
  if (!(LOCALES as readonly string[]).includes(flags.locale)) throw new UsageError(`unknown --locale "${flags.locale}" (use ${LOCALES.join(", ")})`);
  const target = resolve(dir);
  const starter = readFileSync(join(STARTERS, `${flags.kind}.${flags.locale}.yaml`));
  const schema = readFileSync(SCHEMA);
  // Nothing is replaced without --force (a schema with the very same bytes is left as it is).
  const outputs = [
    { path: `${flags.kind}.yaml`, bytes: starter },
    { path: "planwright.schema.json", bytes: schema },
  ].filter((o) => !(o.path === "planwright.schema.json" && sameFile(join(target, o.path), o.bytes)));
  const existing = outputs.map((o) => join(target, o.path)).filter((f) => existsSync(f));
  if (existing.length > 0 && !flags.force) throw new UsageError(`${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}; use --force to replace ${existing.length === 1 ? "it" : "them"}`);
  mkdirSync(target, { recursive: true });
  writeOutputs(target, outputs);
  io.err(`✔ wrote ${join(dir, `${flags.kind}.yaml`)} and planwright.schema.json\n  next: edit it, then  npx planwright build ${join(dir, `${flags.kind}.yaml`)}\n`);
  return 0;
}
