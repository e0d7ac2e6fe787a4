import type { Image } from "../../tree/types.js";
import type { DiagramPart } from "../diagram/geometry.js";

/**
 * The positioned page model: the layout's output and the drawing step's input.
 * Coordinates are points from the top-left corner of the page; `y` of text is
 * its baseline.
 */
export type TextItem = {
  readonly kind: "text";
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Font file (absolute path) this run is drawn with. */
  readonly font: string;
  readonly size: number;
  /** Extra space after every glyph (PDF Tc), pt. */
  readonly spacing: number;
  /** Structure node (index into LayoutResult.structure) the text belongs to; none: an artifact (page numbers, headers, leaders). */
  readonly node?: number;
};

export type LineItem = { readonly kind: "line"; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly width: number; readonly dash?: boolean };

export type RectItem = { readonly kind: "rect"; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill: string };

export type BoxItem = { readonly kind: "box"; readonly x: number; readonly y: number; readonly size: number; readonly checked: boolean; readonly node?: number };

/** The vector part of one diagram part (shapes, lines, arrowheads, label grounds), its top-left corner at x, y; its text is in text items. */
export type DiagramItem = { readonly kind: "diagram"; readonly x: number; readonly y: number; readonly part: DiagramPart; readonly stroke: number; readonly arrow: number; readonly alt: string; readonly node?: number };

/** An image placed at x, y (top-left) and scaled to w × h. */
export type ImageItem = { readonly kind: "image"; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly image: Image; readonly alt: string; readonly node?: number };

/** A clickable area that goes to a named destination (a TOC line). */
export type LinkItem = { readonly kind: "link"; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly dest: string; readonly node: number };

export type PageItem = TextItem | LineItem | RectItem | BoxItem | DiagramItem | ImageItem | LinkItem;

/**
 * A node of the logical structure (tagged PDF): its role (H1, P, L, LI, Lbl,
 * LBody, Table, TR, TH, TD, TOC, TOCI, Link, Figure…) and its parent. Node 0
 * is the Document; parents come before their children, in reading order.
 */
export type StructNode = {
  readonly type: string;
  readonly parent: number;
  /** Alternative text (figures). */
  readonly alt?: string;
  /** Header cells: which cells they head. */
  readonly scope?: "Column" | "Row";
};

export type Page = {
  readonly width: number;
  readonly height: number;
  readonly items: PageItem[];
  /** No page number (GB/T 9704 7.5: the blank page before a 版记 page, and that page). */
  unnumbered?: boolean;
  /** Outline (bookmark) entries that start on this page. */
  readonly outline: Array<{ readonly title: string; readonly level: number }>;
  /** Named destinations on this page (where TOC links go): name and top, pt. */
  readonly anchors: Array<{ readonly name: string; readonly y: number }>;
};
