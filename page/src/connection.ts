// The page's line to the server: server-sent events (file states, files changed on disk), and
// what happens when the line breaks. A server that went away and came back is reconnected to by
// itself; a server that was restarted has a new session token, so this page's address no longer
// works — the page says so, in its language, and how to reconnect.
import type { ServerEvent } from "../../src/serve/api-types.js";
import { ApiError, api } from "./api.js";

export type ConnectionState = "open" | "lost" | "restarted";

export type ConnectionHandlers = {
  readonly event: (e: ServerEvent) => void;
  readonly state: (s: ConnectionState) => void;
  /** The same server answers again after the line broke: catch up with what changed meanwhile. */
  readonly back: () => void;
};

const PROBE_MS = 2000;
const TYPES: ReadonlyArray<ServerEvent["type"]> = ["files", "changed", "removed"];

export class Connection {
  private source: EventSource | null = null;
  private state: ConnectionState = "open";
  private timer: number | undefined;

  constructor(private readonly handlers: ConnectionHandlers) {}

  start(): void {
    this.connect();
  }

  private connect(): void {
    this.source?.close();
    const source = new EventSource("api/events");
    this.source = source;
    for (const type of TYPES) source.addEventListener(type, (m) => this.handlers.event(JSON.parse((m as MessageEvent<string>).data) as ServerEvent));
    source.onopen = () => this.set("open");
    // The browser retries by itself while the server is unreachable, but gives up on an answer
    // that is not an event stream (a restarted server refuses the old token): ask what it is.
    source.onerror = () => this.probeSoon(0);
  }

  private probeSoon(ms: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.probe(), ms);
  }

  private async probe(): Promise<void> {
    if (this.source?.readyState === EventSource.OPEN) return this.set("open");
    try {
      await api("files");
      // Reachable, same session: open the event stream again if the browser gave up on it.
      if (this.source?.readyState === EventSource.CLOSED) this.connect();
      else this.probeSoon(PROBE_MS);
    } catch (e) {
      const restarted = e instanceof ApiError && (e.body as { code?: unknown } | null)?.code === "token";
      this.set(restarted ? "restarted" : "lost");
      if (restarted) this.source?.close();
      this.probeSoon(restarted ? PROBE_MS * 5 : PROBE_MS);
    }
  }

  private set(next: ConnectionState): void {
    if (next === this.state) return;
    const wasBroken = this.state !== "open";
    this.state = next;
    this.handlers.state(next);
    if (next === "open" && wasBroken) this.handlers.back();
  }
}
