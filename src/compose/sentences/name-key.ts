import type { LocaleText } from "../../locale/types.js";
import { firstSpans, scannerOf, type Naming, type Wording } from "./naming.js";
import { overlapLength } from "../../text/overlap.js";

/**
 * Naming in a companion document (a checklist, a contact sheet): its rows and
 * cells are short, so every entity goes by its short form from the start, and
 * a key under the document's lead says what each short form stands for
 * (简称说明：青龙镇网络舆情应对处置工作领导小组（以下简称领导小组）。 /
 * Abbreviations: Incident Management Team (IMT).). Headings print full names.
 * Only short forms the document uses are in the key; none used, no key.
 */
export function nameWithKey(written: string, naming: Naming, t: Wording & Pick<LocaleText, "abbreviationKey">): string {
  const markdown = firstSpans(written);
  if (naming.entities.length === 0) return markdown;
  const used = new Set<number>();
  const scanner = scannerOf(naming, { ...t, article: "" }, true);
  const lines = markdown.split("\n").map((line) => {
    const heading = /^#{1,6}\s/.test(line);
    let out = "";
    let at = 0;
    scanner.lastIndex = 0;
    for (let m = scanner.exec(line); m; m = scanner.exec(line)) {
      out += line.slice(at, m.index);
      at = m.index + m[0].length;
      const k = m.groups?.marker !== undefined ? Number(m.groups.marker) : m.groups?.short !== undefined ? naming.entities.findIndex((e) => e.short === m[0]) : -1;
      const e = naming.entities[k];
      if (!e) {
        out += m[0];
        continue;
      }
      if (heading) out += m.groups?.marker !== undefined ? e.full : m[0];
      else {
        used.add(k);
        out += e.short;
        // A name composed with what follows (a post in its group: 办公室 + 办公室主任) does not say their overlap twice.
        if (m.groups?.compound) scanner.lastIndex = at += overlapLength(e.short, line.slice(at));
      }
    }
    return out + line.slice(at);
  });
  if (used.size === 0) return lines.join("\n");
  // Bodies first, then the rest, each in the order the data declares them.
  const order = [...used].sort((a, b) => Number(naming.entities[b]?.body) - Number(naming.entities[a]?.body) || a - b);
  const key = t.abbreviationKey(order.map((k) => t.abbreviationIntro(naming.entities[k]!.full, naming.entities[k]!.short)));
  return insertKey(lines, key).join("\n");
}

/** After the document's first lead paragraph (::: p meta … :::), else after its first heading. */
function insertKey(lines: string[], key: string): string[] {
  const paragraph = ["::: p note", key, ":::", ""];
  const meta = lines.findIndex((l) => l.trim() === "::: p meta");
  if (meta >= 0) {
    const end = lines.findIndex((l, i) => i > meta && l.trim() === ":::");
    if (end >= 0) return [...lines.slice(0, end + 1), "", ...paragraph, ...lines.slice(end + 1)];
  }
  const heading = lines.findIndex((l) => /^#{1,6}\s/.test(l));
  return heading >= 0 ? [...lines.slice(0, heading + 1), "", ...paragraph, ...lines.slice(heading + 1)] : [...paragraph, ...lines];
}
