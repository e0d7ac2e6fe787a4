import type { Image } from "../tree/types.js";
import { mm } from "../theme/theme.js";
import type { DiagramFrame } from "./diagram/geometry.js";

/**
 * Printed size of an image in a frame, pt: the width the data asks for (the
 * text width by default), never wider than the frame, the aspect ratio kept,
 * and shrunk to the frame's height when it is too tall.
 */
export function imageBox(image: Image, frame: DiagramFrame): { w: number; h: number } {
  let w = Math.min(image.width ? mm(image.width) : frame.width, frame.width);
  let h = (w * image.pixelHeight) / image.pixelWidth;
  if (h > frame.height) {
    h = Math.max(1, frame.height);
    w = (h * image.pixelWidth) / image.pixelHeight;
  }
  return { w, h };
}

/** Pixel size an SVG is rasterised at (the same in both renderers): about 200 dpi across a text block, at most 2400 px a side. */
export function rasterWidth(image: Image): number {
  const { pixelWidth: pw, pixelHeight: ph } = image;
  let w = Math.min(Math.max(pw, 1600), 2400);
  if ((w * ph) / pw > 2400) w = (2400 * pw) / ph;
  return Math.max(1, Math.round(w));
}
