import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

/** Usage errors are exit 2 with a clear message; output streams that fail do so without a stack trace. */
const tmp = () => tempDir("planwright-cli-");
const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at .*\.(c?js):\d+|node:events|Unhandled/);

describe("usage errors", () => {
  it("--only with a document nothing builds, or with no name at all", async () => {
    const r = await command(["build", "data/examples/university.yaml", "--only", "nonsense", "--out", join(tmp(), "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--only: no document is called "nonsense" (documents: checklists, contacts, forms, plan)');
    expect((await command(["build", "data/examples/university.yaml", "--only", ","])).code).toBe(2);
    expect((await command(["watch", "data/examples/university.yaml", "--only", "nonsense"])).code).toBe(2);
  });

  it("--only accepts a document that only a custom template folder has", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "tpl", "zh-CN"), { recursive: true });
    writeFileSync(join(dir, "tpl", "zh-CN", "notice.md.hbs"), "# {{document.title}}\n\n通知。\n");
    const data = join(dir, "org.yaml");
    writeFileSync(data, readFileSync("data/examples/university.yaml", "utf8").replace("id: shiep\n", "id: shiep\ntemplates: ./tpl\n"));
    const r = await command(["build", data, "--only", "notice", "--format", "pdf", "--out", join(dir, "out")]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, "out", "shiep", "notice.pdf"))).toBe(true);
  });

  it("a folder with no data files, for build and watch", async () => {
    const dir = tmp();
    for (const cmd of ["build", "watch", "validate"]) {
      const r = await command([cmd, dir]);
      expect(r.code, cmd).toBe(2);
      expect(r.stderr).toContain(`no data files (.yaml or .yml) in the folder ${dir}`);
    }
  });

  it('--out "" (it would write into the current folder and print "/<org>")', async () => {
    for (const args of [["build", "data/examples/university.yaml"], ["watch", "data/examples/university.yaml"], ["diff", "data/examples/university.yaml", "data/examples/university.yaml"]]) {
      const r = await command([...args, "--out", ""], { cwd: process.cwd() });
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toContain("--out needs a folder name");
    }
  });

  it("--out naming a file", async () => {
    const file = join(tmp(), "notes.txt");
    writeFileSync(file, "mine");
    const r = await command(["build", "data/examples/university.yaml", "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${file} is a file, not a folder`);
    expect(readFileSync(file, "utf8")).toBe("mine");
  });

  it.skipIf(process.platform === "win32")("a data file that is a FIFO is refused at once, never waited on", async () => {
    const dir = tmp();
    spawnSync("mkfifo", [join(dir, "pipe.yaml")]);
    const r = await command(["build", join(dir, "pipe.yaml"), "--out", join(dir, "out")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe\.yaml is a named pipe \(FIFO\), not a file/);
  });

  it("--out . prints the folder it really wrote", async () => {
    const dir = tmp();
    const r = await command(["build", join(process.cwd(), "data/examples/university.yaml"), "--out", ".", "--only", "plan", "--format", "pdf"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("→ shiep/ (1 file written)");
    expect(existsSync(join(dir, "shiep", "plan.pdf"))).toBe(true);
  });

  it.skipIf(process.platform === "win32")("a file name that is not UTF-8 is named as such, not as missing", () => {
    const dir = tmp();
    const r = spawnSync("sh", ["-c", `cp "$1" "$(printf 'caf\\351.yaml')" && "$2" "$3" validate "$(printf 'caf\\351.yaml')"`, "sh", join(process.cwd(), "data/examples/university.yaml"), process.execPath, join(process.cwd(), "bin/planwright.js")], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the file name is not valid UTF-8/);
    expect(r.stderr).not.toMatch(/no such file/);
  });

  it("diff and templates on a base file say what it is", async () => {
    for (const args of [["diff", "data/county/base.yaml", "data/county/township-east.yaml"], ["templates", "data/county/base.yaml"]]) {
      const r = await command(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toMatch(/data\/county\/base\.yaml is a base file \(used through `extends:`\), not an organisation/);
    }
  });

  it("init never replaces a different planwright.schema.json without --force (the same one is left alone)", async () => {
    const dir = tmp();
    expect((await command(["init", dir])).code).toBe(0);
    expect((await command(["init", dir, "--kind", "epidemic"])).code).toBe(0); // same schema: nothing to replace
    writeFileSync(join(dir, "planwright.schema.json"), "{}\n");
    const r = await command(["init", dir, "--kind", "crisis-comms", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/planwright\.schema\.json already exists; use --force/);
    expect(readFileSync(join(dir, "planwright.schema.json"), "utf8")).toBe("{}\n");
    expect(existsSync(join(dir, "crisis-comms.yaml"))).toBe(false);
    expect((await command(["init", dir, "--kind", "crisis-comms", "--locale", "en", "--force"])).code).toBe(0);
    expect(readFileSync(join(dir, "planwright.schema.json"), "utf8")).not.toBe("{}\n");
  });
});

describe("standard output that fails", () => {
  it.skipIf(process.platform === "win32")("a reader that goes away (--to json | head): quiet, no stack trace", () => {
    const r = spawnSync("sh", ["-c", `"$1" "$2" build data/examples/university.yaml --to json | head -c 20 > /dev/null`, "sh", process.execPath, "bin/planwright.js"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    noTrace(r.stderr);
    expect(r.stderr).toBe("");
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk (> /dev/full): one line saying so, exit 1, no stack trace", () => {
    const r = spawnSync("sh", ["-c", `"$1" "$2" build data/examples/university.yaml --to json > /dev/full`, "sh", process.execPath, "bin/planwright.js"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("planwright: cannot write to standard output: no space left on the device (ENOSPC)\n");
  });
});
