import { cpSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchCommand } from "../src/cli/commands/watch.js";
import { pdfText, readPdf } from "./helpers/pdf.js";
import { tempDir } from "./helpers/temp.js";

// `watch` follows paths, not the files that happen to be there: a data file or a base that is
// deleted and written again (git checkout, an editor that saves by replacing the file) is
// still followed — every later save rebuilds.

const squash = (s: string) => s.replace(/\s+/g, "");

describe("watch follows a file replaced on disk", () => {
  it("rebuilds after each kind of replacement of the data file and of its base, and after every later save", async () => {
    const dir = tempDir("planwright-watch-");
    cpSync("data/county", dir, { recursive: true });
    const data = join(dir, "township-east.yaml");
    const base = join(dir, "base.yaml");
    const out = join(dir, "out");
    let log = "";
    let mark = 0;
    const io = { out: () => undefined, err: (s: string) => void (log += s), tty: false };
    const stop = new AbortController();
    const watching = watchCommand([data], { out, format: "pdf", only: "plan", to: "files" }, io, stop.signal);
    const waitFor = async (re: RegExp, ms = 60_000) => {
      const start = Date.now();
      while (!re.test(log.slice(mark))) {
        if (Date.now() - start > ms) throw new Error(`timed out waiting for ${re}; log:\n${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const plan = async () => squash(pdfText(await readPdf(readFileSync(join(out, "dongling", "plan.pdf")))));
    /** Changes the town's report deadline (written in the base) by `write`, and waits for the plan to say so. */
    let deadline = "30min";
    const change = async (file: string, next: string, words: string, write: (file: string, text: string) => Promise<void> | void) => {
      mark = log.length;
      const text = readFileSync(file, "utf8");
      const edited = file === base ? text.replace(`deadline: ${deadline}\n      - id: report-county`, `deadline: ${next}\n      - id: report-county`) : `${text}\n# ${next}\n`;
      expect(edited).not.toBe(text);
      await write(file, edited);
      await waitFor(file === base ? /1 file\(s\) written/ : /township-east\.yaml: (up to date|\d+ file)/);
      if (file === base) {
        deadline = next;
        expect(await plan()).toContain(words);
      }
    };
    const overwrite = (f: string, t: string) => writeFileSync(f, t);
    const deleteThenWrite = (f: string, t: string) => {
      unlinkSync(f);
      writeFileSync(f, t);
    };
    const renameOver = (f: string, t: string) => {
      writeFileSync(`${f}.tmp`, t);
      renameSync(`${f}.tmp`, f);
    };
    const deleteWaitWrite = async (f: string, t: string) => {
      unlinkSync(f);
      await new Promise((r) => setTimeout(r, 700));
      writeFileSync(f, t);
    };
    try {
      await waitFor(/watching/);
      expect(await plan()).toContain("在30分钟内");
      await change(base, "25min", "在25分钟内", deleteThenWrite);
      await change(base, "20min", "在20分钟内", overwrite);
      await change(base, "15min", "在15分钟内", renameOver);
      await change(base, "10min", "在10分钟内", overwrite);
      await change(base, "45min", "在45分钟内", deleteWaitWrite);
      await change(base, "40min", "在40分钟内", overwrite);
      // The data file itself, the same ways: each save is seen (built again, up to date or not).
      for (const write of [deleteThenWrite, overwrite, renameOver, overwrite, deleteWaitWrite, overwrite]) await change(data, `v${log.length}`, "", write);
    } finally {
      stop.abort();
      await watching;
    }
  });
});
