import { dirname, resolve } from "node:path";
import { imageSize } from "image-size";
import type { Image } from "../tree/types.js";
import { LIMITS } from "./limits.js";
import { readRegularFile } from "./read-file.js";
import { say, type Said } from "../diagnostics/say.js";

export type ImageResult = { readonly ok: true; readonly image: Image } | { readonly ok: false; readonly message: Said; readonly hint: Said };

/** Where an image is: `src` relative to the data file that names it. */
export function imagePath(dataFile: string, src: string): string {
  return resolve(dirname(resolve(dataFile)), src);
}

const fail = (message: Said, hint: Said): ImageResult => ({ ok: false, message, hint });

/** The format from the first bytes, never from the file name. */
function sniff(bytes: Uint8Array): Image["format"] | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  // SVG: text whose first element is <svg> (after an XML declaration, comments or a doctype).
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("utf8").replace(/^\uFEFF/, "");
  if (/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head)) return "svg";
  return undefined;
}

/**
 * Reads an image an attachment names: a regular file no larger than the
 * limit, PNG, JPEG or SVG by its content, with its size in pixels from the
 * header (PNG IHDR, JPEG SOFn, SVG width/height or viewBox, via `image-size`).
 * Anything else is refused with a message saying what to do.
 */
export function loadImage(file: string, widthMm?: number, shown: string = file): ImageResult {
  // Only a regular file within the limit is read (a FIFO or device is refused, never read), and the read is recorded.
  const read = readRegularFile(file, LIMITS.maxImageBytes);
  if (!read.ok) {
    switch (read.reason) {
      case "missing":
        return fail(say("cannot read the image %{file}: no such file", { file: shown }), say("Check the path: it is relative to the data file that names it."));
      case "not-a-file":
        return fail(say("the image %{file} is %{what}, not an image file", { file: shown, what: { say: read.detail } }), say("Give the path of a PNG, JPEG or SVG file, relative to the data file."));
      case "outside":
        return fail(say("the image %{file} cannot be used here: it is %{why}", { file: shown, why: { say: read.detail } }), say("planwright serve uses only images inside the folder it serves: copy the image into that folder."));
      case "too-large":
        return fail(say("the image %{file} is %{size}; the limit is %{limit} MiB", { file: shown, size: read.detail, limit: LIMITS.maxImageBytes / 1024 / 1024 }), say("Save it smaller (fewer pixels, or JPEG for photographs)."));
      default:
        return fail(say("cannot read the image %{file}: %{why}", { file: shown, why: { say: read.detail } }), say("Check that the file can be read."));
    }
  }
  const bytes = read.bytes;
  const format = sniff(bytes);
  if (!format) return fail(say("%{file} is not a PNG, JPEG or SVG image", { file: shown }), say("Convert it to PNG (drawings, screenshots) or JPEG (photographs)."));
  let dims: { width?: number; height?: number };
  try {
    dims = imageSize(bytes);
  } catch {
    dims = {};
  }
  const { width, height } = dims;
  if (!width || !height || width <= 0 || height <= 0) {
    return fail(
      say("cannot read the size of the image %{file}%{why}", { file: shown, why: format === "svg" ? say(" (the SVG has no width and height or viewBox)") : say(" (the file is damaged or incomplete)") }),
      format === "svg" ? say("Give the <svg> element width and height attributes or a viewBox.") : say("Open and save the image again."),
    );
  }
  return { ok: true, image: { type: "image", format, data: bytes.toString("base64"), pixelWidth: width, pixelHeight: height, ...(widthMm ? { width: widthMm } : {}) } };
}
