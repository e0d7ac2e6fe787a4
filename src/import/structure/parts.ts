import type { ImportWords } from "../../locale/import-words.js";
import type { Block, Paragraph } from "../outline.js";
import { readMarkers } from "./markers.js";

/**
 * A plan's parts: the front matter (marks, title, status, 发文字号, the line
 * under the title, an issuing notice before the plan), the body, the back
 * matter after it (signature, date, 抄送 and 印发 lines), the list of
 * attachments (附件：1. … / Appendices:) and the attachments themselves, each
 * from its mark (附件1 / Appendix A) to the next.
 */
export type Attachment = { readonly label: string; readonly title?: string; readonly blocks: readonly Block[]; readonly at: number };

export type Parts = {
  /** An issuing notice or call for comments the plan is printed after (its own mark: 附件). */
  readonly notice?: readonly Paragraph[];
  readonly front: readonly Paragraph[];
  readonly body: readonly Block[];
  readonly back: readonly Paragraph[];
  readonly listed: readonly string[];
  readonly attachments: readonly Attachment[];
};

export function splitParts(blocks: readonly Block[], words: ImportWords): Parts {
  // A notice whose attachment is the plan itself: no structure before the first mark, the plan's headings after it.
  const mark = blocks.findIndex((b) => b.kind === "paragraph" && words.attachmentMark.test(b.text.trim()));
  if (mark > 0 && !blocks.slice(0, mark).some(structured) && blocks.slice(mark + 1).some(structured)) {
    return { ...splitParts(blocks.slice(mark + 1), words), notice: blocks.slice(0, mark).filter((b): b is Paragraph => b.kind === "paragraph") };
  }
  // Attachments: from the first mark on a line of its own.
  let end = blocks.findIndex((b) => b.kind === "paragraph" && words.attachmentMark.test(b.text.trim()));
  if (end < 0) end = blocks.length;
  const attachments = readAttachments(blocks.slice(end), words);
  let main = blocks.slice(0, end);
  // The list of attachments at the end of the body.
  const listed: string[] = [];
  const listAt = main.findIndex((b) => b.kind === "paragraph" && words.attachmentList.test(b.text.trim()));
  if (listAt >= 0) {
    const first = words.attachmentList.exec((main[listAt] as Paragraph).text.trim())?.[1] ?? "";
    let k = listAt + 1;
    const items = [first];
    while (k < main.length && main[k]?.kind === "paragraph" && /^\s*(?:\d{1,2}|[A-Z])[.．、]\s*\S/u.test((main[k] as Paragraph).text)) items.push((main[k++] as Paragraph).text);
    for (const item of items) {
      const t = item.replace(/^\s*(?:\d{1,2}|[A-Z])[.．、]\s*/u, "").replace(/[;；。.]$/u, "").trim();
      if (t) listed.push(t);
    }
    main = [...main.slice(0, listAt), ...main.slice(k)];
  }
  const start = bodyStart(main);
  const front = main.slice(0, start).filter((b): b is Paragraph => b.kind === "paragraph");
  let stop = main.length;
  while (stop > start && isBackMatter(main[stop - 1], words)) stop--;
  // The signature's issuer: a short line of its own right before the closing date.
  const last = main[stop - 1];
  const after = main[stop];
  if (stop < main.length && stop - 1 > start && last?.kind === "paragraph" && after?.kind === "paragraph" && words.dateLine.test(after.text.trim()) && last.text.trim().length <= 30 && !/[。，；：:,.;]/u.test(last.text) && readMarkers(last.text).length === 0) stop--;
  return {
    front,
    body: main.slice(start, stop),
    back: main.slice(stop).flatMap((b): Paragraph[] => (b.kind === "paragraph" ? [b] : b.rows.flat().map((text) => ({ kind: "paragraph", text, at: b.at })))),
    listed,
    attachments,
  };
}

/** The first heading or numbered paragraph, or the first long paragraph of prose; a title repeated after a notice starts the plan itself. */
function bodyStart(blocks: readonly Block[]): number {
  const titles = blocks.flatMap((b, i) => (b.kind === "paragraph" && b.heading === 1 ? [i] : []));
  const from = titles.length >= 2 ? (titles[titles.length - 1] as number) : 0;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind === "table") return i;
    if (b.heading !== undefined && b.heading >= 2) return i;
    if (b.heading === 1) continue;
    if (readMarkers(b.text).length > 0) return i;
    if (b.text.length > 60 && b.align === undefined) return i;
  }
  return from;
}

function structured(b: Block): boolean {
  return b.kind === "paragraph" && ((b.heading !== undefined && b.heading >= 2) || readMarkers(b.text, false).some((m) => m.style === "第一章" || m.style === "一、" || m.style === "1" || m.style === "I."));
}

function isBackMatter(b: Block | undefined, words: ImportWords): boolean {
  if (!b) return false;
  // The imprint (版记) is often a table: 抄送 and 印发 lines in its cells.
  if (b.kind === "table") return b.rows.flat().some((c) => /^(?:抄送|Copies to)[：:]|印发$/u.test(c.trim()));
  const t = b.text.trim();
  if (t === "") return true;
  if (words.dateLine.test(t)) return true;
  if (/^(?:抄送|印发|分送|发送)[：:]|印发$|^(?:Copies to|Distribution)[:：]/u.test(t)) return true;
  if (/\t\s*\S*(?:\d{4}年\d{1,2}月\d{1,2}日)印发$/u.test(t)) return true;
  return b.align === "right" && t.length <= 40;
}

function readAttachments(blocks: readonly Block[], words: ImportWords): Attachment[] {
  const out: Attachment[] = [];
  let cur: { label: string; title?: string; blocks: Block[]; at: number } | undefined;
  for (const b of blocks) {
    if (b.kind === "paragraph" && words.attachmentMark.test(b.text.trim())) {
      if (cur) out.push(cur);
      cur = { label: b.text.trim(), blocks: [], at: b.at };
      continue;
    }
    if (!cur) continue;
    if (cur.title === undefined && cur.blocks.length === 0 && b.kind === "paragraph" && b.text.length <= 60) {
      cur.title = b.text.trim();
      continue;
    }
    cur.blocks.push(b);
  }
  if (cur) out.push(cur);
  return out;
}
