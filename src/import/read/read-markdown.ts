import MarkdownIt, { type MarkdownIt as MarkdownItType } from "markdown-it";
import { guessLanguage, paragraph, type Block, type Outline } from "../outline.js";
import { normalise } from "./read-text.js";

type Token = ReturnType<MarkdownItType["parse"]>[number];

/**
 * Markdown through markdown-it (the parser the templates use): `#` headings
 * keep their level, list items their number, tables their cells, a paragraph
 * that is bold throughout is marked bold (a run-in title typed as `**1.…**`),
 * and the lines of a fenced block are paragraphs.
 */
export function readMarkdown(source: string): Outline {
  const tokens = new MarkdownIt({ html: false }).parse(normalise(source), {});
  const blocks: Block[] = [];
  const markers: string[] = [];
  let headingLevel: number | undefined;
  let table: { rows: string[][]; at: number } | undefined;
  let row: string[] | undefined;
  for (const t of tokens) {
    const at = (t.map?.[0] ?? 0) + 1;
    switch (t.type) {
      case "heading_open":
        headingLevel = Number(t.tag.slice(1));
        break;
      case "heading_close":
        headingLevel = undefined;
        break;
      case "list_item_open":
        markers.push(t.info ? `${t.info}${t.markup} ` : "");
        break;
      case "list_item_close":
        markers.pop();
        break;
      case "table_open":
        table = { rows: [], at };
        break;
      case "table_close":
        if (table) blocks.push({ kind: "table", rows: table.rows, at: table.at });
        table = undefined;
        break;
      case "tr_open":
        row = [];
        break;
      case "tr_close":
        if (table && row) table.rows.push(row);
        row = undefined;
        break;
      case "fence":
      case "code_block":
        t.content.split("\n").forEach((line, i) => {
          if (line.trim() !== "") blocks.push(paragraph(line.trim(), at + 1 + i));
        });
        break;
      case "inline": {
        const text = inlineText(t);
        if (row) {
          row.push(text);
          break;
        }
        if (text === "") break;
        // The number of the innermost list item goes before its first paragraph only.
        const marker = markers.length > 0 ? (markers[markers.length - 1] as string) : "";
        if (marker) markers[markers.length - 1] = "";
        blocks.push(paragraph(`${marker}${text}`, at, { ...(headingLevel ? { heading: headingLevel } : {}), ...(isBold(t) ? { bold: true } : {}) }));
        break;
      }
    }
  }
  return { format: "markdown", blocks, language: guessLanguage(blocks) };
}

function inlineText(t: Token): string {
  const parts: string[] = [];
  for (const c of t.children ?? []) {
    if (c.type === "text" || c.type === "code_inline") parts.push(c.content);
    else if (c.type === "softbreak") parts.push(/[A-Za-z,.;:]$/.test(parts[parts.length - 1] ?? "") ? " " : "");
    else if (c.type === "hardbreak") parts.push("\n");
  }
  return parts.join("").trim();
}

/** The whole paragraph is one strong run: **1.制定师生分批返校方案**. */
function isBold(t: Token): boolean {
  const kids = (t.children ?? []).filter((c) => !(c.type === "text" && c.content.trim() === ""));
  return kids.length >= 3 && kids[0]?.type === "strong_open" && kids[kids.length - 1]?.type === "strong_close" && kids.filter((c) => c.type === "strong_open").length === 1;
}
