import { createHash } from "node:crypto";

export type CachedOutput = { readonly bytes: Uint8Array; readonly type: string; readonly name: string };

/**
 * Documents built from the page's text, kept in memory for the page to fetch
 * (preview, download, print) by an unguessable key. Bounded by count and bytes;
 * the oldest go first.
 */
export class OutputCache {
  private readonly items = new Map<string, CachedOutput>();
  private bytes = 0;

  constructor(
    private readonly maxItems = 48,
    private readonly maxBytes = 96 * 1024 * 1024,
  ) {}

  put(parts: readonly string[], output: CachedOutput): string {
    const key = createHash("sha256").update(parts.join("\0")).update("\0").update(output.bytes).digest("base64url").slice(0, 32);
    this.drop(key);
    this.items.set(key, output);
    this.bytes += output.bytes.length;
    for (const [k] of this.items) {
      if (this.items.size <= this.maxItems && this.bytes <= this.maxBytes) break;
      this.drop(k);
    }
    return key;
  }

  get(key: string): CachedOutput | undefined {
    return this.items.get(key);
  }

  private drop(key: string): void {
    const old = this.items.get(key);
    if (!old) return;
    this.bytes -= old.bytes.length;
    this.items.delete(key);
  }
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
