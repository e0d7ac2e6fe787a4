import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { formatCapped } from "../src/cli/io.js";
import { loadModel } from "../src/model/load-model.js";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { tempDir } from "./helpers/temp.js";

/**
 * Files that are not what they claim (folders, devices, FIFOs, garbage),
 * values beyond sense, odd encodings and data that expands without bound:
 * refused with a message at the line that refers to them, never a hang, a
 * stack trace or a silently different document.
 */
const tmp = () => tempDir("planwright-hostile-");
const UNIVERSITY = readFileSync("data/examples/university.yaml", "utf8");
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");

/** An organisation file (the university example) with extra top-level lines after `id:`. */
function withLines(dir: string, extra: string, name = "org.yaml"): string {
  const f = join(dir, name);
  writeFileSync(f, UNIVERSITY.replace("id: shiep\n", `id: shiep\n${extra}\n`));
  return f;
}

describe("what `extends:`, `templates:` and `theme.fonts` name", () => {
  const hasFifo = process.platform !== "win32" && spawnSync("mkfifo", ["--version"]).status === 0;

  it.each([
    ["a folder", (d: string) => d, /base file \S+ is a folder, not a file/],
    ["a device", () => "/dev/zero", /base file \/dev\/zero is a device, not a file/],
    ["a text file that is not data", (d: string) => (writeFileSync(join(d, "passwd"), "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n"), join(d, "passwd")), /base file \S+passwd is not a planwright data file/],
    ["a file over the size limit", (d: string) => (writeFileSync(join(d, "big.yaml"), `# ${"x".repeat(3 * 1024 * 1024)}\n`), join(d, "big.yaml")), /base file \S+big\.yaml: file is \d+ KiB; the limit is 2048 KiB/],
  ])("extends: %s is refused at the `extends:` line", (_what, target, message) => {
    const dir = tmp();
    const f = withLines(dir, `extends: ${target(dir)}`);
    const r = loadModel(f);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file: expect.stringMatching(/org\.yaml$/), position: { line: lineOf(readFileSync(f, "utf8"), "extends:"), column: 10 } });
    expect(r.diagnostics[0]?.message).toMatch(message);
  });

  it.skipIf(!hasFifo)("extends: a FIFO is refused at once (it would block reading)", () => {
    const dir = tmp();
    spawnSync("mkfifo", [join(dir, "pipe.yaml")]);
    const r = loadModel(withLines(dir, "extends: pipe.yaml"));
    expect(r.diagnostics[0]?.message).toMatch(/base file \S*pipe\.yaml is a named pipe \(FIFO\), not a file/);
    expect(r.diagnostics[0]?.position?.line).toBe(lineOf(UNIVERSITY, "id: shiep") + 1);
  });

  it("a mistake inside a base is reported in the base, even a top-level key", () => {
    const dir = tmp();
    writeFileSync(join(dir, "base.yaml"), "base: true\nlocale: zh-CN\nlocale_x: 1\n");
    const r = loadModel(withLines(dir, "extends: base.yaml"));
    const d = errors(r.diagnostics).find((x) => x.message.includes("locale_x"));
    expect(d).toMatchObject({ file: expect.stringMatching(/base\.yaml$/), position: { line: 3, column: 1 } });
  });

  it.each([
    ["missing", () => "./no-such-font.ttf", /font file \S*no-such-font\.ttf does not exist/],
    ["a folder", (d: string) => d, /font file \S+ is a folder, not a font file/],
    ["a device", () => "/dev/zero", /font file \/dev\/zero is a device, not a font file/],
    ["not a font", (d: string) => (writeFileSync(join(d, "notes.ttf"), "just text\n"), join(d, "notes.ttf")), /is not a font file \(TTF, OTF, TTC or WOFF\)/],
    ["WOFF2", (d: string) => (writeFileSync(join(d, "f.woff2"), Buffer.from("wOF2\0\0\0\0")), join(d, "f.woff2")), /is WOFF2, which planwright does not read/],
    [
      "a truncated font",
      (d: string) => {
        const real = createRequire(import.meta.url).resolve("@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf");
        writeFileSync(join(d, "cut.ttf"), readFileSync(real).subarray(0, 2_000));
        return join(d, "cut.ttf");
      },
      /font file \S*cut\.ttf is damaged or not a font planwright can read/,
    ],
  ])("theme.fonts naming %s is an error at its line (validate does not crash)", (_what, target, message) => {
    const dir = tmp();
    const f = withLines(dir, `theme:\n  fonts:\n    body: ${target(dir)}`);
    const r = loadModel(f);
    const d = errors(r.diagnostics);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ruleId: "theme/font-file", position: { line: lineOf(readFileSync(f, "utf8"), "body:"), column: 11 } });
    expect(d[0]?.message).toMatch(message);
  });

  it.each([
    ["misspelt", "./templatez", /templates folder \.\/templatez does not exist/],
    ["a file", "./org.yaml", /templates folder \.\/org\.yaml is a file, not a folder/],
  ])("templates: %s is an error at its line, never a silent fall-back to the built-in templates", async (_what, value, message) => {
    const dir = tmp();
    const f = withLines(dir, `templates: ${value}`);
    const b = await buildOrganisation(f, { formats: ["pdf"], only: ["plan"] });
    expect(b.outputs).toEqual([]);
    expect(errors(b.diagnostics)[0]).toMatchObject({ ruleId: "templates/folder", position: { line: lineOf(readFileSync(f, "utf8"), "templates:"), column: 12 } });
    expect(errors(b.diagnostics)[0]?.message).toMatch(message);
  });
});

describe("values beyond sense are refused at their line, with the range", () => {
  it.each([
    ["a deadline of 10^20 hours", "deadline: 1h\n        to: leading-group", "deadline: 100000000000000000000h\n        to: leading-group", /a deadline of 100000000000000000000h is out of range: use from 1min to 365d/],
    ["a deadline of half a minute", "deadline: 1h\n        to: leading-group", "deadline: 0.5min\n        to: leading-group", /a deadline of 0\.5min is out of range/],
    ["600 blank rows", "    layout: slip\n", "    layout: table\n    rows: 600\n", /rows: 600 is out of range: use a whole number from 0 to 500/],
    ["a response level of rank 0", "rank: 2", "rank: 0", /rank: 0 is out of range: use a whole number from 1 to 99/],
    ["checks 60 times a day", "frequency: continuous", "frequency: 60/day", /a frequency is N\/day \(N up to 48\)/],
  ])("%s", (_what, from, to, message) => {
    const dir = tmp();
    const f = join(dir, "org.yaml");
    const text = UNIVERSITY.replace(from, to);
    expect(text).not.toBe(UNIVERSITY);
    writeFileSync(f, text);
    const d = errors(loadModel(f).diagnostics).filter((x) => x.ruleId.startsWith("schema/"));
    expect(d).toHaveLength(1);
    expect(d[0]?.message).toMatch(message);
    expect(d[0]?.position?.line).toBe(lineOf(text, to.trim().split("\n").find((l) => /\d/.test(l)) as string));
  });
});

describe("text as typed", () => {
  it("a name typed with a combining accent (NFD) prints as the same name typed precomposed (NFC)", async () => {
    const dir = tmp();
    const f = join(dir, "org.yaml");
    writeFileSync(f, UNIVERSITY.replace("id: shiep", "id: shiep\nnote: José").replace(/name: ([^\n,}]+)/, "name: Jose\u0301 $1"));
    const m = loadModel(f).model;
    expect(m?.data.note).toBe("Jos\u00e9");
    expect(JSON.stringify(m?.data)).not.toContain("\u0301");
  });

  it("old-Mac line ends (CR only) and Windows ones (CR LF) read as the same data, with the same line numbers", () => {
    const dir = tmp();
    const cr = join(dir, "cr.yaml");
    const crlf = join(dir, "crlf.yaml");
    writeFileSync(cr, UNIVERSITY.replaceAll("\n", "\r"));
    writeFileSync(crlf, UNIVERSITY.replaceAll("\n", "\r\n"));
    const plain = loadModel("data/examples/university.yaml").model?.data;
    expect(loadModel(cr).model?.data).toEqual(plain);
    expect(loadModel(crlf).model?.data).toEqual(plain);
    writeFileSync(cr, UNIVERSITY.replace("deadline: 1h", "deadline: soon").replaceAll("\n", "\r"));
    expect(errors(loadModel(cr).diagnostics)[0]?.position?.line).toBe(lineOf(UNIVERSITY, "deadline: 1h"));
  });
});

describe("data that would expand without bound", () => {
  it("a small file naming a large procedure thousands of times fails early, at the repeated reference", () => {
    const dir = tmp();
    const steps = Array.from({ length: 200 }, (_, i) => `      - { actor: monitor-officer, action: 检查并记录第${i}项舆情信息，确保信息完整准确并及时上报主管领导审核处理 }`).join("\n");
    const refs = Array.from({ length: 5000 }, () => "        - procedure: big").join("\n");
    const text = `${UNIVERSITY.replace("procedures:\n", `procedures:\n  - id: big\n    name: 大流程\n    steps:\n${steps}\n`).trimEnd()}\n    - title: 重复\n      items:\n${refs}\n`;
    const f = join(dir, "bomb.yaml");
    writeFileSync(f, text);
    expect(text.length).toBeLessThan(400_000);
    const d = errors(loadModel(f).diagnostics);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ruleId: "input/expanded-size", position: { line: lineOf(text, "- procedure: big"), column: 22 } });
    expect(d[0]?.message).toMatch(/procedure `big` \(≈ [\d,]+ characters\) is printed 5,001 times; the limit is 1,000,000/);
  });
});

describe("many problems", () => {
  it("are all found (duplicate keys too), and the report shows the first 200 and how many more", () => {
    const dir = tmp();
    const f = join(dir, "many.yaml");
    const keys = Array.from({ length: 3000 }, (_, i) => `  zz${i}: 1\n`).join("");
    const dups = Array.from({ length: 50 }, () => "  name: again\n").join("");
    writeFileSync(f, UNIVERSITY.replace("organisation:\n", `organisation:\n${keys}${dups}`));
    const r = loadModel(f);
    // Duplicate keys stop the file before the schema: every repeat of `name:` is reported (50 with the original).
    expect(r.diagnostics.filter((d) => d.ruleId === "yaml/duplicate-key")).toHaveLength(50);
    writeFileSync(f, UNIVERSITY.replace("organisation:\n", `organisation:\n${keys}`));
    const all = loadModel(f).diagnostics;
    expect(all.filter((d) => d.ruleId === "schema/unknown-key")).toHaveLength(3000);
    const text = formatCapped(all);
    expect(text.match(/error {2}unknown key/g)).toHaveLength(200);
    expect(text).toContain("… and 2800 more problems not shown");
    expect(text).toMatch(/✖ 3000 errors, 0 warnings in 1 file$/);
  });
});
