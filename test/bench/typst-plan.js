// The plan's document tree (planwright build --to json) as Typst markup, for the Typst pairing in
// `npm run bench`: the same text, headings, table of contents, tables and sign-off, set in the
// same faces planwright uses, on an A4 page with GB/T 9704 margins. What matters for the comparison is
// that both set the same amount of text in the same face; the template is deliberately plain.

/** A Typst string literal: `#"…"` in markup inserts its text with nothing interpreted. */
const str = (s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t")}"`;

function inline(children = []) {
  return children
    .map((c) => {
      if (c.type === "break") return "#linebreak()";
      if (c.type === "checkbox") return c.checked ? "#\"☑\"" : "#\"☐\"";
      const t = `#${str(c.value)}`;
      return c.bold ? `#strong[${t}]` : c.italic ? `#emph[${t}]` : t;
    })
    .join("");
}

const ALIGN = { left: "left", center: "center", right: "right" };

function table(t) {
  const cols = `(${t.columns.map((c) => `${c.width}fr`).join(", ")})`;
  const align = `(${t.columns.map((c) => ALIGN[c.align ?? "left"]).join(", ")})`;
  const cell = (c) => `[${inline(c.children)}]`;
  const header = t.header.length > 0 ? `table.header(${t.header.flatMap((r) => r.cells.map((c) => `[*${inline(c.children)}*]`)).join(", ")}),\n` : "";
  const body = t.rows.map((r) => r.cells.map(cell).join(", ")).join(",\n");
  return `#table(columns: ${cols}, align: ${align}, inset: 5pt,\n${header}${body})`;
}

function block(b) {
  switch (b.type) {
    case "heading":
      return `${"=".repeat(b.level)} ${inline(b.children)}`;
    case "paragraph": {
      const lead = b.lead ? `#strong[${inline(b.lead.children)}]` : "";
      const text = `${lead}${inline(b.children)}`;
      if (b.style === "center" || b.style === "meta" || b.style === "subtitle") return `#align(center)[${text}]`;
      if (b.style === "right" || b.style === "mark") return `#align(right)[${text}]`;
      if (b.style === "small" || b.style === "note") return `#text(size: 12pt)[${text}]`;
      return text;
    }
    case "list":
      return b.items.map((item, i) => `${b.ordered ? `${(b.start ?? 1) + i}.` : "-"} ${item.map(block).join(" ")}`).join("\n");
    case "table":
      return table(b);
    case "fields":
      return b.items.map((f) => `${inline(f)}#box(width: 1fr, repeat[\\_])`).join("\n\n");
    case "toc":
      return `#outline(title: [${inline(b.title)}], depth: ${b.maxLevel})`;
    case "pageBreak":
      return "#pagebreak()";
    case "signature":
      return `#align(right)[${b.lines.map(inline).join("\\\n")}]`;
    case "imprint":
      return `#line(length: 100%)\n${b.rows.map((r) => `${inline(r.left)}${r.right ? ` #h(1fr) ${inline(r.right)}` : ""}`).join("\n\n")}\n#line(length: 100%)`;
    case "figure":
      return `#align(center)[${str(b.alt)}]`;
    default:
      throw new Error(`typst-plan: no Typst for a ${b.type}`);
  }
}

/** Typst source for a document tree, in `faces` (families Typst is given through its font paths): Latin, body, level-1 and level-2 headings. */
export function typstPlan(tree, faces) {
  const preamble = [
    `#set document(title: ${str(tree.meta.title ?? tree.meta.name)})`,
    "#set page(paper: \"a4\", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm), numbering: \"— 1 —\")",
    `#set text(font: (${str(faces.latin)}, ${str(faces.body)}), size: 16pt, lang: "zh", region: "cn")`,
    "#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.9em, spacing: 0.9em)",
    "#show heading: set text(size: 16pt, weight: \"bold\")",
    `#show heading.where(level: 1): it => align(center, text(size: 22pt, weight: 900, it))`,
    `#show heading.where(level: 2): set text(font: (${str(faces.latin)}, ${str(faces.heading)}), weight: 500)`,
    `#show heading.where(level: 3): set text(font: (${str(faces.latin)}, ${str(faces.kai)}), weight: "regular")`,
    "",
  ];
  const body = tree.sections.map((s) => (s.orientation === "landscape" ? "#set page(flipped: true)\n" : "") + s.children.map(block).join("\n\n"));
  return `${preamble.join("\n")}${body.join("\n\n#pagebreak()\n\n")}\n`;
}
