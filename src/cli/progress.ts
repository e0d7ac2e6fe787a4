import { join } from "node:path";
import cliProgress from "cli-progress";
import type { OrgOutcome } from "../pipeline/build-batch.js";
import type { Io } from "./io.js";

const MARK: Record<OrgOutcome["status"], string> = { built: "✔", unchanged: "·", failed: "✖", base: "·" };

function describe(o: OrgOutcome, out: string): string {
  switch (o.status) {
    case "built":
      return `${o.file} → ${join(out, o.id ?? "")}/ (${o.written.length} file${o.written.length === 1 ? "" : "s"} written)`;
    case "unchanged":
      return `${o.file} → ${join(out, o.id ?? "")}/ up to date`;
    case "base":
      return `${o.file} is a base file (used through extends:), not built`;
    case "failed":
      return `${o.file} not built`;
  }
}

/** A progress bar on a terminal; one plain line per organisation otherwise. */
export function progressReporter(io: Io, out: string, quiet: boolean) {
  let bar: cliProgress.SingleBar | null = null;
  return {
    onStart(total: number) {
      if (io.tty && total > 1 && !quiet) {
        bar = new cliProgress.SingleBar(
          { format: "building {bar} {value}/{total} organisations  {file}", stream: process.stderr, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { file: "" });
      }
    },
    onWait(message: string) {
      io.err(`${message}\n`);
    },
    onDone(o: OrgOutcome, done: number) {
      if (bar) bar.update(done, { file: o.file });
      else if (!quiet || o.status === "failed") io.err(`${MARK[o.status]} ${describe(o, out)}\n`);
    },
    stop() {
      bar?.stop();
    },
  };
}
