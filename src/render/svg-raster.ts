import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Image } from "../tree/types.js";
import { sfntBytes } from "../fonts/font-cache.js";
import { builtinFace } from "../fonts/font-files.js";
import { rasterWidth } from "./figure-frame.js";

/**
 * SVG images as PNG, for the PDF (pdfkit draws PNG and JPEG only) and as the
 * fallback picture the DOCX needs beside the SVG itself. resvg (in
 * WebAssembly) renders them: a complete SVG renderer, deterministic to the
 * byte, with no system fonts and no network; text is set in the Noto faces
 * planwright ships. Loaded on first use only.
 */
const require = createRequire(import.meta.url);
let ready: Promise<typeof import("@resvg/resvg-wasm")> | undefined;
const done = new Map<string, Buffer>();

function resvg(): Promise<typeof import("@resvg/resvg-wasm")> {
  ready ??= (async () => {
    const mod = (await import("@resvg/resvg-wasm")) as typeof import("@resvg/resvg-wasm");
    await mod.initWasm(readFileSync(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
    return mod;
  })();
  return ready;
}

let fonts: Uint8Array[] | undefined;

export async function rasterizeSvg(image: Image): Promise<Buffer> {
  const width = rasterWidth(image);
  const key = createHash("sha256").update(image.data).update(`\0${width}`).digest("hex");
  const hit = done.get(key);
  if (hit) return hit;
  const { Resvg } = await resvg();
  const svg = Buffer.from(image.data, "base64");
  // Fonts only when the drawing has text (they are large).
  const hasText = /<text[\s>]/.test(svg.toString("utf8"));
  // The bundled faces (fonts/font-files.ts): LXGW WenKai draws Chinese, Noto Serif Latin text.
  if (hasText) fonts ??= [sfntBytes(builtinFace("kai").file), readFileSync(builtinFace("serif").file)];
  const r = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "white",
    font: hasText
      ? { fontBuffers: fonts as Uint8Array[], defaultFontFamily: "LXGW WenKai", sansSerifFamily: "LXGW WenKai", serifFamily: "Noto Serif" }
      : { fontBuffers: [] },
  });
  const png = Buffer.from(r.render().asPng());
  r.free();
  if (done.size > 16) done.delete(done.keys().next().value as string);
  done.set(key, png);
  return png;
}

/** PNG bytes of every SVG among some images (the others need none). */
export async function rasterizeAll(images: Iterable<Image>): Promise<Map<Image, Buffer>> {
  const out = new Map<Image, Buffer>();
  for (const img of images) if (img.format === "svg" && !out.has(img)) out.set(img, await rasterizeSvg(img));
  return out;
}
