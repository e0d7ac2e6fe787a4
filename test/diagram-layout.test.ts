import { describe, expect, it } from "vitest";
import { layoutDiagram } from "../src/render/diagram/diagram-layout.js";
import type { DiagramPart, DiagramStyle } from "../src/render/diagram/geometry.js";
import { wrapBalanced, wrapText, type Measure } from "../src/render/diagram/wrap.js";
import type { Diagram, DiagramEdge, DiagramNode } from "../src/tree/types.js";

/** A deterministic stand-in for font metrics: CJK and full-width characters 1 em, the rest ½ em. */
const measure: Measure = (text, size) => [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.5), 0) * size;
const style: DiagramStyle = { textSize: 12, detailSize: 10.5, labelSize: 10.5, minScale: 0.625 };
const frame = { width: 440, height: 600 };

function chain(n: number, text = (k: number) => `第${k}步：信息员向领导小组报告事件进展情况`): Diagram {
  const nodes: DiagramNode[] = [{ id: "start", shape: "terminal", text: "开始" }];
  const edges: DiagramEdge[] = [];
  for (let k = 1; k <= n; k++) {
    nodes.push({ id: `s${k}`, shape: "process", text: text(k), detail: "1小时内" });
    edges.push({ from: k === 1 ? "start" : `s${k - 1}`, to: `s${k}` });
  }
  nodes.push({ id: "end", shape: "terminal", text: "结束" });
  edges.push({ from: `s${n}`, to: "end" });
  return { type: "diagram", nodes, edges };
}

const inside = (p: DiagramPart, f = frame) => {
  expect(p.width).toBeLessThanOrEqual(f.width + 0.01);
  expect(p.height).toBeLessThanOrEqual(f.height + 0.01);
  for (const s of p.shapes) {
    expect(s.x).toBeGreaterThanOrEqual(-0.01);
    expect(s.y).toBeGreaterThanOrEqual(-0.01);
    expect(s.x + s.w).toBeLessThanOrEqual(p.width + 0.01);
    expect(s.y + s.h).toBeLessThanOrEqual(p.height + 0.01);
    for (const l of s.lines) {
      // Every line sits inside its box (a diamond: inside its inscribed rectangle).
      const inset = s.kind === "decision" ? s.w / 4 : 0;
      expect(l.x, l.text).toBeGreaterThanOrEqual(s.x + inset - 0.01);
      expect(l.x + l.width, l.text).toBeLessThanOrEqual(s.x + s.w - inset + 0.01);
      expect(l.y - l.size * 0.88, l.text).toBeGreaterThanOrEqual(s.y - 0.01);
      expect(l.y, l.text).toBeLessThanOrEqual(s.y + s.h + 0.01);
    }
  }
};

const texts = (p: DiagramPart) => p.shapes.map((s) => s.lines.filter((l) => l.kind === "text").map((l) => l.text).join(""));

describe("text wrapping in boxes", () => {
  it("breaks Chinese between any characters and Latin at spaces, never before closing punctuation", () => {
    const zh = wrapText("对恶意造谣、干扰正常工作秩序的，依法送交处理", 12 * 6, 12, measure);
    expect(zh.join("")).toBe("对恶意造谣、干扰正常工作秩序的，依法送交处理");
    for (const l of zh) expect(measure(l, 12)).toBeLessThanOrEqual(12 * 6 + 0.01);
    for (const l of zh.slice(1)) expect(l).not.toMatch(/^[，。、；：）》]/);
    const en = wrapText("Notify the Public Information Officer immediately", 12 * 9, 12, measure);
    expect(en).toEqual(["Notify the Public", "Information", "Officer", "immediately"]);
  });

  it("balances lines so no box ends with an orphaned character", () => {
    const lines = wrapBalanced("涉密信息和重大信息", 12 * 8, 12, measure);
    expect(lines).toEqual(["涉密信息和", "重大信息"]);
  });

  it("splits a word longer than the box", () => {
    const lines = wrapText("https://example.org/a/very/long/path", 12 * 5, 12, measure);
    expect(lines.join("")).toBe("https://example.org/a/very/long/path");
    for (const l of lines) expect(measure(l, 12)).toBeLessThanOrEqual(12 * 5 + 0.01);
  });
});

describe("diagram layout", () => {
  it("puts a chain top to bottom, centred, at full size when it fits", () => {
    const l = layoutDiagram(chain(4), frame, style, measure);
    expect(l.scale).toBe(1);
    expect(l.parts).toHaveLength(1);
    const p = l.parts[0] as DiagramPart;
    inside(p);
    expect(texts(p)).toEqual(["开始", ...[1, 2, 3, 4].map((k) => `第${k}步：信息员向领导小组报告事件进展情况`), "结束"]);
    const ys = p.shapes.map((s) => s.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    // One column: every centre on one vertical line, so every edge is straight down.
    const cx = p.shapes.map((s) => s.x + s.w / 2);
    for (const c of cx) expect(c).toBeCloseTo(cx[0] as number, 6);
    for (const e of p.edges) expect(e.points).toHaveLength(2);
    // The boxes of the trunk share one width.
    const widths = new Set(p.shapes.filter((s) => s.kind === "process").map((s) => s.w.toFixed(3)));
    expect(widths.size).toBe(1);
    // Arrows end on the target's top edge.
    p.edges.forEach((e, k) => {
      const target = p.shapes[k + 1] as DiagramPart["shapes"][number];
      expect(e.points[e.points.length - 1]?.[1]).toBeCloseTo(target.y, 6);
    });
  });

  it("puts alternatives side by side with their conditions on the edges, and joins them", () => {
    const d: Diagram = {
      type: "diagram",
      nodes: [
        { id: "a", shape: "process", text: "组织力量开展调查" },
        { id: "b1", shape: "process", text: "严肃查处" },
        { id: "b2", shape: "process", text: "予以澄清" },
        { id: "b3", shape: "process", text: "依法送交处理" },
        { id: "end", shape: "terminal", text: "结束" },
      ],
      edges: [
        { from: "a", to: "b1", label: "经查证属实，并构成违纪的" },
        { from: "a", to: "b2", label: "与事实不符的" },
        { from: "a", to: "b3", label: "恶意造谣的" },
        { from: "b1", to: "end" },
        { from: "b2", to: "end" },
        { from: "b3", to: "end" },
      ],
    };
    const p = layoutDiagram(d, frame, style, measure).parts[0] as DiagramPart;
    inside(p);
    const [b1, b2, b3] = ["b1", "b2", "b3"].map((id) => p.shapes.find((s) => s.id === id) as DiagramPart["shapes"][number]);
    expect(b1?.y).toBeCloseTo(b2?.y as number, 6);
    expect((b1?.x ?? 0) + (b1?.w ?? 0)).toBeLessThan(b2?.x ?? 0);
    expect((b2?.x ?? 0) + (b2?.w ?? 0)).toBeLessThan(b3?.x ?? 0);
    const a = p.shapes.find((s) => s.id === "a") as DiagramPart["shapes"][number];
    const centres = [b1, b2, b3].map((b) => (b?.x ?? 0) + (b?.w ?? 0) / 2);
    expect(a.x + a.w / 2).toBeCloseTo(centres.reduce((x, y) => x + y, 0) / 3, 6);
    const labels = p.edges.flatMap((e) => (e.label ? [e.label.lines.map((l) => l.text).join("")] : []));
    expect(labels).toEqual(["经查证属实，并构成违纪的", "与事实不符的", "恶意造谣的"]);
    // Labels sit between the fork and the boxes, and do not overlap each other.
    const boxes = p.edges.flatMap((e) => (e.label ? [e.label] : []));
    for (const lb of boxes) {
      expect(lb.y).toBeGreaterThan(a.y + a.h);
      expect(lb.y + lb.h).toBeLessThan(b1?.y as number);
    }
    for (let k = 1; k < boxes.length; k++) expect((boxes[k - 1]?.x ?? 0) + (boxes[k - 1]?.w ?? 0)).toBeLessThanOrEqual((boxes[k]?.x ?? 0) + 0.01);
  });

  it("routes a decision's 'no' past the step it guards, out of the diamond's side", () => {
    const d: Diagram = {
      type: "diagram",
      nodes: [
        { id: "s1", shape: "process", text: "报送" },
        { id: "d", shape: "decision", text: "涉密信息和重大信息" },
        { id: "s2", shape: "process", text: "同时报送审核" },
        { id: "s3", shape: "process", text: "发布" },
      ],
      edges: [
        { from: "s1", to: "d" },
        { from: "d", to: "s2", label: "是" },
        { from: "s2", to: "s3" },
        { from: "d", to: "s3", label: "否" },
      ],
    };
    const p = layoutDiagram(d, frame, style, measure).parts[0] as DiagramPart;
    inside(p);
    const shape = (id: string) => p.shapes.find((s) => s.id === id) as DiagramPart["shapes"][number];
    const dd = shape("d");
    const no = p.edges[3] as DiagramPart["edges"][number];
    expect(no.points[0]).toEqual([dd.x + dd.w, dd.y + dd.h / 2]);
    // It passes beside the guarded step, never through it.
    const s2 = shape("s2");
    const maxX = Math.max(...no.points.map((q) => q[0]));
    expect(maxX).toBeGreaterThan(s2.x + s2.w);
    expect(no.label?.lines[0]?.text).toBe("否");
    // The trunk stays straight.
    expect(shape("s3").x + shape("s3").w / 2).toBeCloseTo(shape("s1").x + shape("s1").w / 2, 6);
  });

  it("shrinks a long chart to fit one page, down to the smallest scale", () => {
    const l = layoutDiagram(chain(9), frame, style, measure);
    expect(l.parts).toHaveLength(1);
    expect(l.scale).toBeLessThan(1);
    expect(l.scale).toBeGreaterThanOrEqual(style.minScale);
    inside(l.parts[0] as DiagramPart);
  });

  it("splits a chart too long for one page into parts joined by lettered connectors", () => {
    const l = layoutDiagram(chain(30), frame, style, measure);
    expect(l.parts.length).toBeGreaterThan(1);
    const all: string[] = [];
    l.parts.forEach((p, k) => {
      inside(p);
      const real = p.shapes.filter((s) => s.kind !== "connector");
      all.push(...texts({ ...p, shapes: real }));
      const connectors = p.shapes.filter((s) => s.kind === "connector").map((s) => ({ letter: s.lines[0]?.text, top: s.y < p.height / 2 }));
      if (k > 0) expect(connectors.some((c) => c.top)).toBe(true);
      if (k < l.parts.length - 1) expect(connectors.some((c) => !c.top)).toBe(true);
      // The connector at the bottom of one part carries the letter of the one at the top of the next.
      const next = l.parts[k + 1];
      if (next) {
        const out = connectors.find((c) => !c.top)?.letter;
        const into = next.shapes.filter((s) => s.kind === "connector" && s.y < next.height / 2).map((s) => s.lines[0]?.text);
        expect(into).toContain(out);
      }
    });
    // Every box exactly once, in order.
    expect(all).toEqual(["开始", ...Array.from({ length: 30 }, (_, i) => `第${i + 1}步：信息员向领导小组报告事件进展情况`), "结束"]);
  });

  it("is a function of its input", () => {
    expect(JSON.stringify(layoutDiagram(chain(6), frame, style, measure))).toBe(JSON.stringify(layoutDiagram(chain(6), frame, style, measure)));
  });
});

describe("a split chart in a document", () => {
  it("takes one page per part, every part inside the text block", async () => {
    const { layoutDocument } = await import("../src/render/pdf/layout/layout-document.js");
    const { selectTheme } = await import("../src/theme/select-theme.js");
    const meta = { name: "plan", locale: "zh-CN" as const, title: "t", organisation: "o", version: "1", effectiveDate: "2026年3月1日", grid: true, author: "o" };
    const tree = {
      type: "document" as const,
      meta,
      sections: [{ orientation: "portrait" as const, children: [{ type: "paragraph" as const, children: [{ type: "text" as const, value: "正文。" }] }, { type: "figure" as const, alt: "长流程", graphic: chain(40) }] }],
    };
    const theme = selectTheme(meta);
    const r = layoutDocument(tree, theme);
    const parts = r.pages.flatMap((p, k) => p.items.flatMap((i) => (i.kind === "diagram" ? [{ k, i }] : [])));
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map((p) => p.k)).size).toBe(parts.length);
    // The first part starts under the paragraph, on its page; every other part starts a page.
    expect(parts[0]?.k).toBe(0);
    expect(parts.map((p) => p.k)).toEqual(parts.map((_, k) => k));
    for (const { k, i } of parts) {
      if (i.kind !== "diagram") continue;
      const page = r.pages[k] as (typeof r.pages)[number];
      expect(i.y).toBeGreaterThanOrEqual(theme.page.margin.top - 0.01);
      expect(i.y + i.part.height).toBeLessThanOrEqual(page.height - theme.page.margin.bottom + 0.01);
      expect(i.x).toBeGreaterThanOrEqual(theme.page.margin.left - 0.01);
      expect(i.x + i.part.width).toBeLessThanOrEqual(page.width - theme.page.margin.right + 0.01);
    }
    expect(r.figures).toHaveLength(1);
  });
});

describe("::: figure in templates", () => {
  it("places the figure by id, with the container's text as its caption, and refuses an unknown id", async () => {
    const { markdownToTree, MarkupError } = await import("../src/compose/markdown-to-tree.js");
    const fig = { type: "figure" as const, alt: "流程", graphic: chain(1) };
    const figures = new Map([["fc-1", fig]]);
    const [section] = markdownToTree("正文。\n\n::: figure fc\\-1\n图1　报告流程\n:::\n", figures);
    expect(section?.children[1]).toEqual({ ...fig, caption: [{ type: "text", value: "图1　报告流程" }] });
    expect(() => markdownToTree("::: figure fc-2\n:::\n", figures)).toThrow(MarkupError);
    expect(() => markdownToTree("::: figure fc-2\n:::\n", figures)).toThrow(/no figure with this id \(figures: fc-1\)/);
  });
});
