import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import type { ApiDiagnostic, CheckResponse, FileEntry, RenderResponse } from "../src/serve/api-types.js";
import { startServer, type RunningServer } from "../src/serve/server.js";
import { dataCopy, request, until } from "./helpers/serve.js";

// Every path the server resolves — from a request or from inside the text (`extends`,
// `templates`, `theme.fonts`, an image's `src`) — stays inside the served folder after links
// are resolved, and a diagnostic never quotes a file that is not a data file. The command
// line keeps reading what the user names.

const ORG = "examples/university.yaml";
const SECRET = "hunter2-do-not-show";
const MARKER = "外部基础文件标记";

describe("planwright serve: paths named inside the text stay inside the served folder", () => {
  let server: RunningServer;
  let work: ReturnType<typeof dataCopy>;
  let original: string;
  let outside: string;

  beforeAll(async () => {
    work = dataCopy({ examples: ["university.yaml"] });
    original = readFileSync(join(work.data, ORG), "utf8");
    outside = join(work.dir, "outside");
    mkdirSync(join(outside, "tpl"), { recursive: true });
    // A valid base outside the folder (a build would print its marker), a secret in YAML's own
    // syntax (a parser would quote it), a font, an image and a template folder.
    writeFileSync(join(outside, "base.yaml"), `base: true\nlocale: zh-CN\nkind: public-opinion\nexternal:\n  - { id: outside-body, name: ${MARKER}, kind: authority, phones: { duty: "010-1234 5678" } }\n`);
    writeFileSync(join(outside, "secret.txt"), `password: ${SECRET}\n  bad: [indent ${SECRET}\n`);
    cpSync(new URL("fixtures/figures/org-chart.png", import.meta.url), join(outside, "pic.png"));
    cpSync(new URL("../node_modules/@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff", import.meta.url), join(outside, "font.woff"));
    writeFileSync(join(outside, "tpl", "plan.md.hbs"), `# ${SECRET}\n`);
    // Links inside the folder that lead out of it, and files in it that are not data files.
    symlinkSync(outside, join(work.data, "examples", "link-out"));
    symlinkSync(join(outside, "base.yaml"), join(work.data, "examples", "base-link.yaml"));
    writeFileSync(join(work.data, "examples", "notes.txt"), `password: ${SECRET}\n`);
    writeFileSync(join(work.data, "examples", ".hidden.yaml"), `password: ${SECRET}\n`);
    server = await startServer({ folder: work.data, out: work.out });
    await server.ready;
  });
  afterAll(async () => server?.close());

  const check = (text: string, path = ORG) => request(server, "/api/check", { body: { path, text } }).then((r) => r.json<CheckResponse>());
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;
  /** Nothing of the outside files is in what the server answers. */
  const quotesNothing = (diagnostics: readonly ApiDiagnostic[]) => {
    const all = JSON.stringify(diagnostics);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(MARKER);
  };
  const refusedAt = (r: CheckResponse, text: string, needle: string, ruleId: RegExp) => {
    const d = r.diagnostics.find((x) => x.severity === "error" && ruleId.test(x.ruleId));
    expect(d, JSON.stringify(r.diagnostics)).toMatchObject({ here: true, line: lineOf(text, needle) });
    expect(d?.message).toMatch(/outside the served folder|not a data file|hidden file/);
    expect(r.preview?.key).toBeUndefined();
    quotesNothing(r.diagnostics);
    return d;
  };
  const withExtends = (target: string) => original.replace("id: shiep\n", `extends: ${target}\nid: shiep\n`);

  it("extends: an absolute path is refused at the extends line, and nothing of the file is shown", async () => {
    for (const target of [join(outside, "secret.txt"), join(outside, "base.yaml"), "/etc/passwd", "/etc/shadow", "/proc/self/environ"]) {
      const text = withExtends(target);
      refusedAt(await check(text), text, "extends:", /^extends\//);
    }
  });

  it("extends: ../ out of the folder is refused; the preview and downloads never build the outside base", async () => {
    const text = withExtends("../../outside/base.yaml");
    refusedAt(await check(text), text, "extends:", /^extends\//);
    const r = await request(server, "/api/render", { body: { path: ORG, text, document: "plan", format: "pdf" } });
    expect(r.status).toBe(422);
    expect(r.json<RenderResponse>().key).toBeUndefined();
    quotesNothing(r.json<RenderResponse>().diagnostics);
  });

  it("extends: through a symbolic link inside the folder that leads out is refused", async () => {
    for (const target of ["link-out/base.yaml", "base-link.yaml"]) {
      const text = withExtends(target);
      refusedAt(await check(text), text, "extends:", /^extends\//);
    }
  });

  it("extends: a file in the folder that is not a data file (or is hidden) is refused without quoting it", async () => {
    for (const target of ["notes.txt", ".hidden.yaml"]) {
      const text = withExtends(target);
      refusedAt(await check(text), text, "extends:", /^extends\//);
    }
  });

  it("theme.fonts naming a font outside the folder is refused at its line", async () => {
    for (const target of ["../../outside/font.woff", join(outside, "font.woff"), "link-out/font.woff"]) {
      const text = `${original}\ntheme:\n  fonts:\n    body: ${target}\n`;
      refusedAt(await check(text), text, "body:", /^theme\/font-file$/);
    }
  });

  it("an image attachment's src outside the folder is refused at its line", async () => {
    for (const target of ["../../outside/pic.png", join(outside, "pic.png"), "link-out/pic.png"]) {
      const text = `${original}\nattachments:\n  - id: pic\n    kind: image\n    title: 示意图\n    src: ${target}\n`;
      refusedAt(await check(text), text, "src:", /^attachments\/image$/);
    }
  });

  it("a templates folder outside the folder is refused at its line", async () => {
    for (const target of ["../../outside/tpl", join(outside, "tpl"), "link-out/tpl"]) {
      const text = original.replace("id: shiep\n", `id: shiep\ntemplates: ${target}\n`);
      refusedAt(await check(text), text, "templates:", /^templates\/folder$/);
    }
  });

  it("saving such a file writes nothing built from outside: the file is listed with its problem", async () => {
    const outputs = () => ["plan", "contacts"].map((d) => readFileSync(join(work.out, "shiep", `${d}.pdf`)).toString("base64"));
    const before = outputs();
    const opened = (await request(server, `/api/file?path=${ORG}`)).json<{ version: string }>();
    const text = withExtends("../../outside/base.yaml");
    const saved = await request(server, "/api/save", { body: { path: ORG, text, version: opened.version } });
    expect(saved.status).toBe(200);
    await until(async () => {
      const files = (await request(server, "/api/files")).json<{ files: FileEntry[] }>().files;
      const f = files.find((x) => x.path === ORG);
      return f !== undefined && !f.building && f.errors > 0;
    }, 20_000, "the saved file to be checked");
    // The first build's documents stay as they were; no build from the outside base replaced them.
    expect(outputs()).toEqual(before);
    await request(server, "/api/save", { body: { path: ORG, text: original, version: "", overwrite: true } });
  });

  it("the command line still reads a base anywhere the user names", async () => {
    const file = join(work.dir, "cli.yaml");
    writeFileSync(file, withExtends("outside/base.yaml"));
    const b = await buildOrganisation(file, { formats: ["pdf"], only: ["plan"], treesOnly: true });
    expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
