// Stands in for brotli's decompressor in the bundle. fontkit uses it only to read WOFF2 fonts,
// which planwright refuses before fontkit sees them (load/font-file.ts: "is WOFF2, which planwright
// does not read"); the real module is 1.4 MB of the bundle and decodes its dictionary when loaded.
export default function decompress() {
  throw new Error("WOFF2 fonts are not read by planwright");
}
