import { say, type Said } from "../diagnostics/say.js";

/**
 * Where a YAML syntax error really is, and what to do, in plain words. The
 * parser notices a mistake where it can no longer go on — an unclosed quote at
 * the end of the file, a line indented too far at the end of the line before
 * it — so the position it gives is often lines away from the break. Each
 * common mistake is recognised from the text around that position and placed
 * at its cause: an unclosed quote or bracket at its opening, a full-width
 * colon （：）, a second `: ` in a value, a dash without its space, a line
 * indented further than the one above. Anything else keeps the parser's place.
 */
export type SyntaxProblem = { readonly offset: number; readonly message: Said; readonly hint?: Said };

type ParserError = { readonly code: string; readonly message: string; readonly pos: readonly [number, number] };

export function syntaxProblem(text: string, e: ParserError): SyntaxProblem {
  const at = Math.min(e.pos[0], text.length);
  const lines = lineTable(text);
  const row = lineAt(lines, at);
  const found =
    fullWidthColon(lines, row) ??
    (e.code === "MISSING_CHAR" && /quote/i.test(e.message) ? unclosedQuote(text, at) : undefined) ??
    (/flow (sequence|map|collection)|end with a [\]}]/i.test(e.message) ? unclosedBracket(text, at) : undefined) ??
    dashWithoutSpace(lines, row) ??
    (e.code === "BLOCK_AS_IMPLICIT_KEY" || e.code === "MULTILINE_IMPLICIT_KEY" ? indentedFurther(lines, row) ?? secondColon(lines, row) : undefined);
  if (found) return found;
  if (e.code === "TAB_AS_INDENT") return { offset: at, message: say("tabs cannot be used for indentation in YAML"), hint: say("Indent with spaces.") };
  if (e.code === "BAD_INDENT" && /same column/.test(e.message)) {
    return { offset: at, message: say("this line is not lined up with the items before it"), hint: say("Items of one list or map start at the same column: use as many spaces as the line(s) above.") };
  }
  const first = (e.message.split(" at line ")[0] ?? e.message).replace(/\n[\s\S]*$/, "");
  const hint = e.code === "MULTILINE_IMPLICIT_KEY" ? say("A value that continues on the next line needs quotes or a `|` block.") : say("Check the indentation and brackets on this line and the one above.");
  return { offset: at, message: say("YAML syntax: %{problem}", { problem: `${first.charAt(0).toLowerCase()}${first.slice(1)}` }), hint };
}

type Line = { readonly start: number; readonly text: string };

function lineTable(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const l of text.split("\n")) {
    out.push({ start, text: l });
    start += l.length + 1;
  }
  return out;
}

function lineAt(lines: readonly Line[], offset: number): number {
  let i = 0;
  while (i + 1 < lines.length && (lines[i + 1] as Line).start <= offset) i++;
  return i;
}

/** `title：…` — a key followed by a full-width colon, on the error's line or the one above. */
function fullWidthColon(lines: readonly Line[], row: number): SyntaxProblem | undefined {
  for (const r of [row, row - 1]) {
    const l = lines[r];
    if (!l) continue;
    const m = /^(\s*(?:-\s+)?)([^\s:：#"'{}[\],]+)\s*：/.exec(l.text);
    if (m && !/^[^#]*:\s/.test(l.text)) {
      return {
        offset: l.start + (m.index ?? 0) + m[0].length - 1,
        message: say("`%{key}` is followed by a full-width colon ：", { key: m[2] as string }),
        hint: say("YAML needs the ASCII colon and a space after a key: `%{key}: value`.", { key: m[2] as string }),
      };
    }
  }
  return undefined;
}

/** The quotation mark that opened a value and was never closed. */
function unclosedQuote(text: string, at: number): SyntaxProblem | undefined {
  let open: { offset: number; quote: string } | undefined;
  let i = 0;
  while (i < at && i < text.length) {
    const c = text[i] as string;
    if (open) {
      if (open.quote === '"' && c === "\\") i++;
      else if (c === open.quote && !(open.quote === "'" && text[i + 1] === "'")) open = undefined;
      else if (open.quote === "'" && c === "'" && text[i + 1] === "'") i++;
    } else if ((c === '"' || c === "'") && /(^|[\s:\-[{,])$/.test(text.slice(Math.max(0, i - 1), i))) open = { offset: i, quote: c };
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1] as string))) i = skipLine(text, i) - 1;
    i++;
  }
  if (!open) return undefined;
  return {
    offset: open.offset,
    message: say("this quotation mark %{quote} is never closed", { quote: open.quote }),
    hint: say("Close it at the end of the value (%{quote}), or take it away; a quotation mark inside a text needs the whole value in the other kind of quotes.", { quote: open.quote }),
  };
}

/** The `[` or `{` that was never closed (quotes and comments skipped). */
function unclosedBracket(text: string, at: number): SyntaxProblem | undefined {
  const stack: number[] = [];
  let quote: string | null = null;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (quote === '"' && c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = /(^|[\s:\-[{,])$/.test(text.slice(Math.max(0, i - 1), i)) ? c : null;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1] as string))) i = skipLine(text, i) - 1;
    else if (c === "[" || c === "{") stack.push(i);
    else if ((c === "]" || c === "}") && stack.length > 0) stack.pop();
  }
  const open = stack[stack.length - 1];
  if (open === undefined) return undefined;
  const close = text[open] === "[" ? "]" : "}";
  return {
    offset: open,
    message: say("this %{open} is never closed with %{close}", { open: text[open] as string, close }),
    hint:
      close === "]"
        ? say("Close the list on the same line — [a, b] — or write one `- item` per line instead.")
        : say("Close the map on the same line — { key: value } — or write one `key: value` per line instead."),
  };
}

/** `-item`: a list item written without the space after its dash, near the error. */
function dashWithoutSpace(lines: readonly Line[], row: number): SyntaxProblem | undefined {
  for (const r of [row, row - 1, row - 2]) {
    const l = lines[r];
    const m = l ? /^(\s*)-(?=[^\s\-])/.exec(l.text) : null;
    if (l && m && !/^\s*---/.test(l.text)) {
      return { offset: l.start + (m[1] as string).length, message: say("a list item needs a space after its dash"), hint: say("Write `- item` (dash, space, then the item).") };
    }
  }
  return undefined;
}

/** A line indented further than the line above, which already has a value (so nothing can sit under it). */
function indentedFurther(lines: readonly Line[], row: number): SyntaxProblem | undefined {
  const above = lines[row];
  if (!above) return undefined;
  const key = /^(\s*)(?:-\s+)?([^\s:#]+):\s+\S/.exec(above.text);
  if (!key) return undefined;
  let next = row + 1;
  while (next < lines.length && /^\s*(#.*)?$/.test((lines[next] as Line).text)) next++;
  const below = lines[next];
  if (!below) return undefined;
  const indent = (s: string) => (/^\s*/.exec(s)?.[0] ?? "").length;
  const keyColumn = above.text.indexOf(key[2] as string);
  if (indent(below.text) <= keyColumn || !/^\s*(?:-\s+)?[^\s:#]+:(\s|$)/.test(below.text)) return undefined;
  return {
    offset: below.start + indent(below.text),
    message: say("this line is indented further than `%{key}` above, which already has a value", { key: key[2] as string }),
    hint: say("Line it up with `%{key}` (the same number of spaces); a key can hold either a value or lines indented under it, not both.", { key: key[2] as string }),
  };
}

/** `title: a: b` — a second colon and space inside a value. */
function secondColon(lines: readonly Line[], row: number): SyntaxProblem | undefined {
  const l = lines[row];
  const m = l ? /^(\s*(?:-\s+)?[^\s:#]+:\s+)([^"'#][^#]*?):(\s|$)/.exec(l.text) : null;
  if (!l || !m) return undefined;
  return {
    offset: l.start + (m[1] as string).length + (m[2] as string).length,
    message: say("a second `: ` inside the value"),
    hint: say("Put the value in quotes — key: \"a: b\" — since a colon and a space start a new key."),
  };
}

function skipLine(text: string, i: number): number {
  const nl = text.indexOf("\n", i);
  return nl < 0 ? text.length : nl;
}
