import { guessLanguage, paragraph, type Block, type Outline } from "../outline.js";

/**
 * Plain text as Word saves it: one paragraph a line. Lines of cells separated
 * by tabs (two or more in a row of such lines) are a table.
 */
export function readPlainText(text: string): Outline {
  const lines = normalise(text).split("\n");
  const blocks: Block[] = [];
  let rows: { cells: string[]; at: number }[] = [];
  const flush = (): void => {
    if (rows.length >= 2) blocks.push({ kind: "table", rows: rows.map((r) => r.cells), at: rows[0]?.at ?? 0 });
    else for (const r of rows) blocks.push(paragraph(r.cells.join(" "), r.at));
    rows = [];
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/u, "");
    const cells = line.split("\t").map((c) => c.trim());
    if (cells.length >= 2 && cells.filter((c) => c !== "").length >= 2) {
      rows.push({ cells, at: i + 1 });
      return;
    }
    flush();
    const t = line.trim();
    if (t !== "") blocks.push(paragraph(t, i + 1));
  });
  flush();
  return { format: "text", blocks, language: guessLanguage(blocks) };
}

/** Line ends and compatibility forms as in data files: CR LF and CR → LF, NFC, no BOM, ideographic spaces kept. */
export function normalise(text: string): string {
  return text.replace(/^\uFEFF/u, "").replace(/\r\n?/g, "\n").normalize("NFC");
}
