import { existsSync, statSync } from "node:fs";
import { startServer } from "../../serve/server.js";
import { UsageError, type Io } from "../io.js";
import { parseFormats } from "./build.js";

export type ServeFlags = { out: string; port: string; format: string };

/**
 * `planwright serve [folder]`: prints the address of a page for editing the
 * folder's data files (with its session token) and serves it until Ctrl-C.
 * Opens nothing by itself.
 */
export async function serveCommand(folder: string, flags: ServeFlags, io: Io, signal?: AbortSignal): Promise<number> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`no such folder: ${folder}`);
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0 for any free port), not "${flags.port}"`);
  const formats = parseFormats(flags.format);
  let server;
  try {
    server = await startServer({ folder, out: flags.out, port, formats, log: (line) => io.err(`${line}\n`) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new UsageError(`port ${port} is in use; choose another with --port, or 0 for any free port`);
    throw e;
  }
  io.err(`planwright serve: editing the data files in ${folder}; documents are built into ${flags.out}/\n`);
  io.out(`${server.url}\n`);
  io.err("Open the address above in your browser (it works only on this computer). Ctrl-C to stop.\n");
  await new Promise<void>((stop) => {
    signal?.addEventListener("abort", () => stop());
    process.once("SIGINT", () => stop());
    process.once("SIGTERM", () => stop());
  });
  await server.close();
  return 0;
}
