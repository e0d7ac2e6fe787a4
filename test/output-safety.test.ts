import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildBatch } from "../src/pipeline/build-batch.js";
import { command } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

/** Nothing is written outside --out, through a link, or over another organisation's documents. */
const tmp = () => tempDir("planwright-out-");
const UNIVERSITY = readFileSync("data/examples/university.yaml", "utf8");
const ID_LINE = UNIVERSITY.split("\n").findIndex((l) => l.startsWith("id: ")) + 1;

function org(dir: string, name: string, id: string): string {
  const f = join(dir, `${name}.yaml`);
  writeFileSync(f, UNIVERSITY.replace("id: shiep", `id: ${id}`));
  return f;
}

describe("links inside the output folder are never written through", () => {
  it("an organisation folder that is a link to elsewhere is refused, and the files it leads to are untouched", async () => {
    const work = tmp();
    const out = join(work, "out");
    const victim = join(work, "victim");
    mkdirSync(out);
    mkdirSync(victim);
    writeFileSync(join(victim, "plan.pdf"), "precious");
    symlinkSync(victim, join(out, "shiep"));
    const r = await command(["build", "data/examples/university.yaml", "--out", out, "--only", "plan", "--format", "pdf"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/out\/shiep is a symbolic link \(to .*victim\): planwright does not write through links/);
    expect(readFileSync(join(victim, "plan.pdf"), "utf8")).toBe("precious");
    expect(r.stderr).not.toMatch(/\n\s+at .*\.(c?js):\d+/);
  });

  it("a document that is a link (to a file outside) is refused too; the output folder itself may be a link", async () => {
    const work = tmp();
    const real = join(work, "real-out");
    mkdirSync(join(real, "shiep"), { recursive: true });
    const outside = join(work, "outside.pdf");
    writeFileSync(outside, "not yours");
    symlinkSync(outside, join(real, "shiep", "plan.pdf"));
    const out = join(work, "out");
    symlinkSync(real, out);
    const r = await command(["build", "data/examples/university.yaml", "--out", out, "--only", "plan", "--format", "pdf"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/shiep\/plan\.pdf is a symbolic link/);
    expect(readFileSync(outside, "utf8")).toBe("not yours");
    // Without the planted link, the build writes through --out (a link the user chose) as usual.
    const ok = await command(["build", "data/examples/university.yaml", "--out", out, "--only", "checklists", "--format", "pdf"]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(lstatSync(join(real, "shiep", "checklists.pdf")).isFile()).toBe(true);
  });
});

describe("an output path occupied by something else", () => {
  for (const jobs of ["1", "2"]) {
    it(`a folder where a document goes fails that organisation only, named, with the summary and manifest (--jobs ${jobs})`, async () => {
      const work = tmp();
      const out = join(work, "out");
      const a = org(work, "a", "org-a");
      const b = org(work, "b", "org-b");
      mkdirSync(join(out, "org-a", "plan.pdf"), { recursive: true });
      const r = await command(["build", a, b, "--out", out, "--only", "plan", "--format", "pdf", "--jobs", jobs]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/cannot write \S*org-a\/plan\.pdf: a folder of that name is in the way/);
      expect(r.stderr).toMatch(/1 built, 0 up to date, 1 failed/);
      expect(existsSync(join(out, "org-b", "plan.pdf"))).toBe(true);
      const manifest = JSON.parse(readFileSync(join(out, ".planwright-manifest.json"), "utf8"));
      expect(Object.values(manifest.entries).map((e) => (e as { id: string }).id)).toEqual(["org-b"]);
    });
  }
});

describe("two data files with the same organisation id", () => {
  it("are both refused in one build, each naming the other's file and line; nothing is written", async () => {
    const work = tmp();
    const a = org(work, "a", "same");
    const b = org(work, "b", "same");
    const out = join(work, "out");
    const r = await command(["build", a, b, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`a.yaml:${ID_LINE}:1  error  organisation id \`same\` is also used by ${b}:${ID_LINE}`);
    expect(r.stderr).toContain(`b.yaml:${ID_LINE}:1  error  organisation id \`same\` is also used by ${a}:${ID_LINE}`);
    expect(existsSync(join(out, "same"))).toBe(false);
    // And again: each rebuild refuses them (nothing is ever "up to date" while they clash).
    expect((await command(["build", a, b, "--out", out])).code).toBe(1);
  });

  it("one file named twice (a.yaml ./a.yaml, its folder, a link to it) is one input, built once", async () => {
    const work = tmp();
    org(work, "a", "once");
    symlinkSync(join(work, "a.yaml"), join(work, "link.yaml"));
    const r = await command(["build", "a.yaml", "./a.yaml", join(work, "a.yaml"), ".", "link.yaml", "--out", "out", "--only", "plan", "--format", "pdf"], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("duplicate");
    expect(r.stderr.match(/→ out\/once\//g)).toEqual(["→ out/once/"]);
    expect(r.stderr).toContain("✔ a.yaml → out/once/");
    expect(existsSync(join(work, "out", "once", "plan.pdf"))).toBe(true);
    const v = await command(["validate", "a.yaml", "./a.yaml"], { cwd: work });
    expect(v.code, v.stderr).toBe(0);
  });

  it("a file built alone is refused when a peer (another file of the folder `serve` builds one at a time) claims its id", async () => {
    const work = tmp();
    const out = join(work, "out");
    const a = org(work, "a", "same");
    const b = org(work, "b", "same");
    const [outcome] = await buildBatch([b], { out, formats: ["pdf"], only: ["plan"], peers: [a, b] });
    expect(outcome).toMatchObject({ file: b, status: "failed" });
    expect(outcome?.diagnostics[0]?.message).toContain(`is also used by ${a}:${ID_LINE}`);
    expect(existsSync(join(out, "same"))).toBe(false);
  });

  it("an id that comes from a base file is caught from the build itself", async () => {
    const work = tmp();
    writeFileSync(join(work, "base.yaml"), "base: true\nid: from-base\n");
    const a = org(work, "a", "from-base");
    const b = join(work, "b.yaml");
    writeFileSync(b, `extends: base.yaml\n${UNIVERSITY.replace(/^id: shiep\n/m, "")}`);
    const r = await command(["build", a, b, "--out", join(work, "out"), "--only", "plan", "--format", "pdf"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/organisation id `from-base` is also used by \S*a\.yaml/);
  });

  it("a file that takes over an id in a later build makes the other one's documents not up to date", async () => {
    const work = tmp();
    const out = join(work, "out");
    const a = org(work, "a", "shared");
    const b = join(work, "b.yaml");
    writeFileSync(b, UNIVERSITY.replace("id: shiep", "id: shared").replace("deadline: 1h\n        to: leading-group", "deadline: 45min\n        to: leading-group"));
    const opts = ["--out", out, "--only", "plan", "--format", "pdf"];
    expect((await command(["build", a, ...opts])).code).toBe(0);
    const fromA = readFileSync(join(out, "shared", "plan.pdf"));
    expect((await command(["build", b, ...opts])).code).toBe(0);
    expect(readFileSync(join(out, "shared", "plan.pdf")).equals(fromA)).toBe(false);
    const again = await command(["build", a, ...opts]);
    expect(again.stderr).toMatch(/a\.yaml → \S*shared\/ \(1 file written\)/);
    expect(readFileSync(join(out, "shared", "plan.pdf")).equals(fromA)).toBe(true);
  });
});

describe("the manifest records what was read", () => {
  it("every input has a real stamp (data file, templates, template folders), so a no-op run reads nothing", async () => {
    const work = tmp();
    const out = join(work, "out");
    const a = org(work, "a", "org-a");
    expect((await command(["build", a, "--out", out, "--only", "plan", "--format", "pdf"])).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, ".planwright-manifest.json"), "utf8"));
    const stamps = Object.values(manifest.entries as Record<string, { stamps: Record<string, string> }>)[0]?.stamps ?? {};
    expect(Object.keys(stamps)).toContain(a);
    expect(Object.keys(stamps).some((k) => k.endsWith("plan.md.hbs"))).toBe(true);
    for (const [k, v] of Object.entries(stamps)) expect(v, k).toMatch(/^\d+:\d+(\.\d+)?$|^missing$/);
    expect((await command(["build", a, "--out", out, "--only", "plan", "--format", "pdf"])).stderr).toMatch(/up to date/);
  });
});
