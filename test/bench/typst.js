// The Typst pairing in npm run bench: the university plan as a PDF in a fresh process, planwright
// (`build --only plan -f pdf`) against Typst (the node compiler, @myriaddreamin/typst-ts-node-compiler,
// a dev dependency) setting the same plan text in the same faces: the ones planwright bundles and
// sets a Chinese plan in (Noto Serif SC 400/700/900 for text, bold and title, Noto Sans SC for
// level-1 headings, LXGW WenKai for level-2 headings, Noto Serif for Latin). planwright runs with
// PLANWRIGHT_SYSTEM_FONTS=off so that both read the same files on every machine (installed Noto CJK
// faces, where present, are a separate figure). Typst is given the faces as TTF files (it does not
// read WOFF); converting them is not timed.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { paired, runNode } from "./measure.js";
import { typstPlan } from "./typst-plan.js";

const COMPILER = "@myriaddreamin/typst-ts-node-compiler";
const RUNNER = fileURLToPath(new URL("typst-run.js", import.meta.url));
/** The faces planwright bundles, whatever this machine has installed. */
const BUNDLED = { PLANWRIGHT_SYSTEM_FONTS: "off" };

/** Whether the Typst node compiler is installed (a dev dependency; its binary comes in a platform package). */
export function typstInstalled(root) {
  try {
    createRequire(join(root, "package.json")).resolve(COMPILER);
    return true;
  } catch {
    return false;
  }
}

/** The Typst side, ready to run: the plan as Typst markup and the face as TTF files. */
async function prepare(root, cli, example, work) {
  const dir = join(work, "typst");
  const fonts = join(dir, "fonts");
  mkdirSync(fonts, { recursive: true });
  const { woffToSfnt } = await import(join(root, "dist/fonts/woff.js"));
  const { BUILTIN_FACES } = await import(join(root, "dist/fonts/font-files.js"));
  for (const key of ["song", "songBold", "songHeavy", "hei", "kai", "kaiBold", "serif", "serifBold"]) {
    const file = BUILTIN_FACES[key]();
    writeFileSync(join(fonts, `${key}.ttf`), file.endsWith(".woff") ? woffToSfnt(readFileSync(file)) : readFileSync(file));
  }
  const tree = JSON.parse(execFileSync(process.execPath, [cli, "build", example, "--only", "plan", "-f", "pdf", "--to", "json", "-q"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, ...BUNDLED } }));
  const main = join(dir, "plan.typ");
  writeFileSync(main, typstPlan(tree, { latin: "Noto Serif", body: "Noto Serif SC", heading: "Noto Sans SC", kai: "LXGW WenKai" }));
  return { main, fonts, out: join(dir, "plan.pdf") };
}

/**
 * Paired runs, alternating which goes first; `ratio` is planwright ÷ Typst (median of the pairs).
 * Returns undefined when the compiler is not installed.
 */
export async function benchTypst({ root, cli, example, work, runs }) {
  if (!typstInstalled(root)) return undefined;
  const t = await prepare(root, cli, example, work);
  const typst = () => runNode(RUNNER, [t.main, t.out, t.fonts], work);
  const ours = () => runNode(cli, ["build", example, "--only", "plan", "-f", "pdf", "--out", join(work, "typst-pair"), "--force", "-q"], work, BUNDLED);
  typst(); // the first load of the compiler's 50 MB binary from disk is not what is compared
  const p = paired(ours, typst, runs);
  return { planwrightMs: p.aMs, typstMs: p.bMs, planwrightCpuMs: p.aCpuMs, typstCpuMs: p.bCpuMs, ratio: p.ratio, cpuRatio: p.cpuRatio, runs };
}
