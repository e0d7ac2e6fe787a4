/**
 * Plain text as offices save it: UTF-8 (with or without a byte-order mark),
 * UTF-16 with its mark (Notepad's "Unicode"), or GB18030/GBK (Chinese Windows'
 * "ANSI"). Returns undefined for bytes that are none of these (a binary file).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict("utf-16be", bytes.subarray(2));
  if (bytes.includes(0)) return undefined;
  return utf8(bytes) ?? strict("gb18030", bytes);
}

function utf8(bytes: Uint8Array): string | undefined {
  return strict("utf-8", bytes);
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // Control characters other than tab and line ends mean a binary file read as text.
    const controls = (text.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
    return controls > 0 ? undefined : text;
  } catch {
    return undefined;
  }
}
