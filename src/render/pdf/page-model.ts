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
};

export type LineItem = { readonly kind: "line"; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly width: number; readonly dash?: boolean };

export type RectItem = { readonly kind: "rect"; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill: string };

export type BoxItem = { readonly kind: "box"; readonly x: number; readonly y: number; readonly size: number; readonly checked: boolean };

/** The vector part of one diagram part (shapes, lines, arrowheads, label grounds), its top-left corner at x, y; its text is in text items. */
export type DiagramItem = { readonly kind: "diagram"; readonly x: number; readonly y: number; readonly part: DiagramPart; readonly stroke: number; readonly arrow: number; readonly alt: string };

/** An image placed at x, y (top-left) and scaled to w × h. */
export type ImageItem = { readonly kind: "image"; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly image: Image; readonly alt: string };

export type PageItem = TextItem | LineItem | RectItem | BoxItem | DiagramItem | ImageItem;

export type Page = {
  readonly width: number;
  readonly height: number;
  readonly items: PageItem[];
  /** Outline (bookmark) entries that start on this page. */
  readonly outline: Array<{ readonly title: string; readonly level: number }>;
};
