import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, resolve } from "node:path";
import { watch as chokidarWatch, type FSWatcher } from "chokidar";
import type { Format } from "../pipeline/build-organisation.js";
import { confineReads } from "../load/confinement.js";
import { Builder } from "./builder.js";
import { DataFolder, versionOf } from "./data-folder.js";
import { EventHub } from "./events.js";
import { FolderIds } from "./folder-ids.js";
import { admit, newToken } from "./guard.js";
import { commonHeaders, sendError, sendJson, uiLang } from "./http-util.js";
import { OutputCache } from "./output-cache.js";
import { route, type Services } from "./routes.js";

export type ServeOptions = {
  /** The folder of data files to edit. */
  readonly folder: string;
  /** Where builds write (as `planwright build --out`). */
  readonly out: string;
  /** 0: any free port. */
  readonly port?: number;
  readonly formats?: readonly Format[];
  /** Messages for the terminal (build failures). */
  readonly log?: (line: string) => void;
};

export type RunningServer = {
  /** The address to open, with the session token. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly folder: DataFolder;
  readonly builder: Builder;
  /** The first build of the whole folder. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
};

/**
 * `planwright serve`: a page for editing the folder's data files with live
 * checks and previews, on 127.0.0.1 only, behind a random session token.
 * A request that fails answers with an error; nothing a file or a page sends
 * stops the server.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const folder = new DataFolder(options.folder);
  const out = resolve(options.out);
  const token = newToken();
  const log = options.log ?? (() => undefined);
  const events = new EventHub();
  const cache = new OutputCache();
  const ids = new FolderIds(folder);
  const builder = new Builder(folder, ids, { out, formats: options.formats ?? ["docx", "pdf"] }, (files) => events.send({ type: "files", files, out: options.out }), log);
  const services: Services = { folder, cache, builder, events, out: options.out, ids, dependentsOf: (abs) => builder.dependentsOf(abs) };

  let port = 0;
  const server: Server = createServer((req, res) => {
    const admitted = admit(req, port, token);
    if ("status" in admitted) {
      req.resume();
      sendJson(res, admitted.status, { error: admitted.message, ...(admitted.code ? { code: admitted.code } : {}) });
      return;
    }
    if (!admitted.slash) {
      res.writeHead(308, { ...commonHeaders(), location: `/${token}/` }).end();
      return;
    }
    // Everything a request does reads inputs only from inside the folder (`load/confinement.ts`).
    confineReads(folder.root, () => route(req, res, admitted.path, services)).catch((e: unknown) => {
      req.resume();
      sendError(res, e, uiLang(req));
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;
  server.maxHeadersCount = 64;
  server.on("clientError", (_e, socket) => socket.destroy());
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => ready());
  });
  port = (server.address() as AddressInfo).port;

  const watcher = watchFolder(folder, builder, events, log);
  const ready = builder.buildAll();
  return {
    url: `http://127.0.0.1:${port}/${token}/`,
    port,
    token,
    folder,
    builder,
    ready,
    async close() {
      events.close();
      await watcher.close();
      await builder.settled();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Files changed on disk (another editor, `git pull`, a second serve): told to the pages, and built. */
function watchFolder(folder: DataFolder, builder: Builder, events: EventHub, log: (line: string) => void): FSWatcher {
  const ignored = (path: string, stats?: { isFile(): boolean }) => {
    const name = basename(path);
    if (path !== folder.root && (name.startsWith(".") || name === "node_modules")) return true;
    return stats?.isFile() === true && !/\.ya?ml$/i.test(name);
  };
  const watcher = chokidarWatch(folder.root, { ignoreInitial: true, ignored, followSymlinks: false, awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 } });
  watcher.on("all", (event, path) => {
    const rel = folder.relativeName(path);
    if (rel === undefined || !/\.ya?ml$/i.test(rel)) return;
    if (event === "unlink") events.send({ type: "removed", path: rel });
    if (event === "change" || event === "add") {
      try {
        events.send({ type: "changed", path: rel, version: versionOf(readFileSync(path)) });
      } catch {
        // gone again already: the next event says so
      }
    }
    void builder.changed(resolve(path));
  });
  watcher.on("error", (e) => log(`watching ${folder.root}: ${(e as Error).message}`));
  return watcher;
}
