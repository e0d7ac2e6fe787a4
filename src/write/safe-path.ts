import { lstatSync, readlinkSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

/** A file that cannot be written, named, with what to do about it. */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "WriteError";
  }
}

export function shownPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
}

/** Resolves `rel` inside `root`, refusing anything that would land outside it. */
export function safeJoin(root: string, rel: string): string {
  const base = resolve(root);
  const full = resolve(base, rel);
  const back = relative(base, full);
  if (rel.includes("\0") || isAbsolute(rel) || back === "" || back.startsWith("..") || isAbsolute(back) || back.split(sep).includes("..")) {
    throw new WriteError(`refusing to write outside the output folder: ${rel}`, rel);
  }
  return full;
}

/**
 * Checks the way to `root/rel` before writing there: no part of it below
 * `root` may be a symbolic link (a link could lead outside the output folder,
 * and planwright never writes through one), each folder on the way must be a
 * folder, and the file itself, when it exists, a regular file.
 */
export function checkTarget(root: string, rel: string): string {
  const final = safeJoin(root, rel);
  const parts = relative(resolve(root), final).split(sep);
  let cur = resolve(root);
  for (let i = 0; i < parts.length; i++) {
    cur = join(cur, parts[i] as string);
    let st;
    try {
      st = lstatSync(cur);
    } catch {
      return final; // the rest does not exist yet: planwright creates it
    }
    const last = i === parts.length - 1;
    if (st.isSymbolicLink()) {
      let to = "";
      try {
        to = ` (to ${readlinkSync(cur)})`;
      } catch {
        // unreadable link: named without its target
      }
      throw new WriteError(
        `${shownPath(cur)} is a symbolic link${to}: planwright does not write through links inside the output folder`,
        cur,
        "Remove the link (or choose another --out); the documents are then written as plain files.",
      );
    }
    if (!last && !st.isDirectory()) throw new WriteError(`${shownPath(cur)} is a file where a folder is needed for ${shownPath(final)}`, cur, "Move the file away.");
    if (last && st.isDirectory()) throw new WriteError(`cannot write ${shownPath(final)}: a folder of that name is in the way`, final, "Move or remove the folder.");
    if (last && !st.isFile()) throw new WriteError(`cannot write ${shownPath(final)}: something that is not a file is in the way`, final, "Move or remove it.");
  }
  return final;
}

/** A write failure (disk full, permissions) as a WriteError naming the file. */
export function writeFailure(e: unknown, file: string): WriteError {
  if (e instanceof WriteError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  const why =
    code === "ENOSPC"
      ? "the disk is full"
      : code === "EDQUOT"
        ? "the disk quota is used up"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "EROFS"
            ? "the file system is read-only"
            : String((e as Error)?.message ?? e);
  return new WriteError(`cannot write ${shownPath(file)}: ${why}${code ? ` (${code})` : ""}`, file, code === "ENOSPC" || code === "EDQUOT" ? "Free some space and build again; earlier documents are left as they were." : undefined);
}
