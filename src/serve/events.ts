import type { ServerResponse } from "node:http";
import type { ServerEvent } from "./api-types.js";
import { commonHeaders } from "./http-util.js";

/** Server-sent events to every open page: file states, files changed on disk. */
export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;
  private last: ServerEvent | undefined;

  constructor(private readonly maxClients = 32) {
    // A comment line now and then keeps idle connections open through anything in between.
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.write(": keep-alive\n\n");
    }, 20_000);
    this.heartbeat.unref();
  }

  /** Takes over a response as an event stream; the latest file list is sent at once. */
  attach(res: ServerResponse, first?: ServerEvent): void {
    if (this.clients.size >= this.maxClients) {
      res.writeHead(503, { ...commonHeaders(), "content-type": "text/plain" }).end("too many open pages");
      return;
    }
    res.writeHead(200, { ...commonHeaders(), "content-type": "text/event-stream; charset=utf-8", connection: "keep-alive" });
    res.write("retry: 1000\n\n");
    this.clients.add(res);
    res.on("close", () => this.clients.delete(res));
    const initial = first ?? this.last;
    if (initial) res.write(frame(initial));
  }

  send(event: ServerEvent): void {
    if (event.type === "files") this.last = event;
    const data = frame(event);
    for (const c of this.clients) c.write(data);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}

function frame(event: ServerEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
