import { pinyin } from "pinyin-pro";

/**
 * Ids for the draft's entities, readable by the admin who will edit them:
 * Chinese names in pinyin (张三 → zhang-san, 党委宣传部 → dang-wei-xuan-chuan-bu),
 * English ones in lower case (Press Office → press-office), cut at a syllable
 * or word to stay short, and unique in the file (a second 张伟 is zhang-wei-2).
 */
export class IdMaker {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  make(name: string, fallback: string): string {
    const base = slug(name) || fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

const MAX_PARTS = 6;

export function slug(name: string): string {
  const parts: string[] = [];
  const syllables = /\p{Script=Han}/u.test(name) ? pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", v: true }) : [name];
  for (const s of syllables) {
    for (const w of s.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().split(" ")) if (w) parts.push(w);
  }
  let out = "";
  for (const p of parts.slice(0, MAX_PARTS)) {
    const next = out ? `${out}-${p}` : p;
    if (next.length > 40) break;
    out = next;
  }
  return /^[a-z0-9]/.test(out) ? out : "";
}
