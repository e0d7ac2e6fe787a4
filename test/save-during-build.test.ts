import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildBatch } from "../src/pipeline/build-batch.js";
import { watchCommand } from "../src/cli/commands/watch.js";
import { pdfText, readPdf } from "./helpers/pdf.js";
import { squash } from "./helpers/build.js";
import { tempDir } from "./helpers/temp.js";

/**
 * A data file saved while a build runs: the build used the content it read
 * before the save, so the next run (or watch) must build again — it may not
 * record the saved file as built. The save is made to land mid-build by
 * hooking the PDF renderer (a stage after the data file was read).
 */
const hook = vi.hoisted(() => ({ during: undefined as undefined | (() => void) }));
vi.mock("../src/render/pdf/render-pdf.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/render/pdf/render-pdf.js")>();
  return {
    ...real,
    renderPdf: (...args: Parameters<typeof real.renderPdf>) => {
      const during = hook.during;
      hook.during = undefined;
      during?.();
      return real.renderPdf(...args);
    },
  };
});

const tmp = () => tempDir("planwright-save-");
const RULE = "deadline: 1h\n        to: leading-group";
const SAVED = "deadline: 45min\n        to: leading-group";

async function planText(out: string): Promise<string> {
  return squash(pdfText(await readPdf(readFileSync(join(out, "shiep", "plan.pdf")))));
}

describe("a save that lands while a build runs", () => {
  it("is built by the next run, never recorded as up to date", async () => {
    const dir = tmp();
    const data = join(dir, "org.yaml");
    cpSync("data/examples/university.yaml", data);
    const out = join(dir, "out");
    const options = { out, formats: ["pdf"] as const, only: ["plan"], jobs: 1 };
    hook.during = () => writeFileSync(data, readFileSync(data, "utf8").replace(RULE, SAVED));
    const first = await buildBatch([data], options);
    expect(first[0]?.status).toBe("built");
    expect(hook.during).toBeUndefined(); // the save did land during the build
    expect(await planText(out)).not.toContain("在45分钟内");

    const second = await buildBatch([data], options);
    expect(second[0]?.status).toBe("built");
    expect(await planText(out)).toContain("在45分钟内");
    expect((await buildBatch([data], options))[0]?.status).toBe("unchanged");
  });

  it("makes watch build again after the build it landed in", async () => {
    const dir = tmp();
    const data = join(dir, "org.yaml");
    cpSync("data/examples/university.yaml", data);
    const out = join(dir, "out");
    let log = "";
    const io = { out: () => undefined, err: (s: string) => void (log += s), tty: false };
    const stop = new AbortController();
    hook.during = () => writeFileSync(data, readFileSync(data, "utf8").replace(RULE, SAVED));
    const watching = watchCommand([data], { out, format: "pdf", only: "plan", to: "files" }, io, stop.signal);
    try {
      const start = Date.now();
      while (!/rebuilding[\s\S]*1 file\(s\) written/.test(log)) {
        if (Date.now() - start > 60_000) throw new Error(`watch did not rebuild; log:\n${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await planText(out)).toContain("在45分钟内");
    } finally {
      stop.abort();
      await watching;
    }
  });
});
