import type { ProseRule } from "../rule.js";

/** GB/T 9704-2012 7.3.3: the attachment note (附件：1. …) gives the names without 书名号. */
export const attachmentNote: ProseRule = {
  id: "prose/attachment-note",
  description: "The attachment note lists attachment names without 书名号 (GB/T 9704).",
  check({ docs, words, report }) {
    const note = words.attachmentNote;
    if (!note) return;
    for (const doc of docs) {
      let inNote = false;
      for (const p of doc.passages) {
        if (p.kind !== "paragraph") {
          inNote = false;
          continue;
        }
        // The note's first line carries the label; the lines after it hang under it.
        if (note.label.test(p.text)) inNote = true;
        else if (p.style !== "hang-more") inNote = false;
        if (!inNote) continue;
        const at = p.text.search(note.titleMark);
        if (at >= 0) report({ passage: p, start: at, end: at + 1, message: "书名号 in the attachment note", hint: "The attachment note names each attachment without 书名号 (GB/T 9704-2012 7.3.3)." });
      }
    }
  },
};
