import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { command } from "./helpers/cli.js";
import { dataCopy, request } from "./helpers/serve.js";

describe("planwright serve on the command line", () => {
  it("prints the address with its token, serves the folder, and stops on a signal", async () => {
    const work = dataCopy({ examples: ["university.yaml"] });
    const child = spawn(process.execPath, [new URL("../bin/planwright.js", import.meta.url).pathname, "serve", work.data, "--out", work.out], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString("utf8");
        const line = out.split("\n")[0];
        if (out.includes("\n") && line) resolve(line);
      });
      child.on("exit", () => reject(new Error(`serve exited: ${stderr}`)));
    });
    const m = /^http:\/\/127\.0\.0\.1:(\d+)\/([A-Za-z0-9_-]+)\/$/.exec(url);
    expect(m, url).not.toBeNull();
    const server = { port: Number(m?.[1]), token: m?.[2] as string };
    const files = (await request(server, "/api/files")).json<{ files: Array<{ path: string }> }>().files;
    expect(files.map((f) => f.path)).toEqual(["examples/university.yaml"]);
    expect((await request(server, "/")).body.toString("utf8")).toContain("assets/page.js");
    expect(stderr).toContain("Ctrl-C");
    const ended = new Promise((done) => child.on("exit", done));
    child.kill("SIGTERM");
    await ended;
  });

  it("is listed in --help; a missing folder or a bad port is a usage error", async () => {
    expect((await command(["--help"])).stdout).toMatch(/serve \[options\] \[folder\]/);
    const missing = await command(["serve", "no/such/folder"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such folder: no/such/folder");
    expect((await command(["serve", "data", "--port", "http"])).code).toBe(2);
  });
});
