import { gzipSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

/**
 * The zip container of a Word package. Parts are deflated with Node's zlib
 * (native, several times faster than a JS deflate) and zipped by fflate;
 * parts that are the same in every document (styles, theme, settings…) are
 * deflated once and reused.
 */
export type PackedPart = { readonly path: string; readonly crc: number; readonly size: number; readonly deflated: Uint8Array };

/**
 * Entry times: a fixed local time, so the DOS date fields are the same in
 * every time zone (a UTC instant would read as 1979 west of Greenwich).
 */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Deflates one part. gzip's trailer carries the CRC-32 and length the zip entry needs. */
export function packPart(path: string, data: string | Uint8Array): PackedPart {
  const raw = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const gz = gzipSync(raw, { level: 6 });
  // A gzip member without a file name: 10-byte header, raw deflate data, CRC-32, length.
  return { path, crc: gz.readUInt32LE(gz.length - 8), size: raw.length, deflated: gz.subarray(10, gz.length - 8) };
}

/** Zips packed parts in the given order ([Content_Types].xml first). */
export function zipPacked(parts: readonly PackedPart[]): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const p of parts) {
    const file: ZipInputFile = { filename: p.path, size: p.size, crc: p.crc, compression: 8, mtime: ZIP_TIME };
    zip.add(file);
    file.ondata?.(null, p.deflated as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
