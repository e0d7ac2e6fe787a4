// The previewed document, drawn by pdf.js from the PDF the build engine made: pages as they will
// print, with a text layer (text can be selected and found). A new version replaces the old one
// only once the pages in view are drawn, so the preview never flashes empty; a document that
// failed keeps the last good version under a visible mark. Every page gets its text layer at
// once (find reaches the whole document); a page's picture is drawn when it comes within a
// screen of the view — a new version on every save no longer rasterises pages nobody looks at.
import { GlobalWorkerOptions, PDFWorker, TextLayer, getDocument, type PDFDocumentProxy, type PDFPageProxy, type PageViewport } from "pdfjs-dist/legacy/build/pdf.mjs";
import { outputBytes } from "./api.js";

GlobalWorkerOptions.workerSrc = "assets/pdf.worker.mjs";

export class Preview {
  private generation = 0;
  private current: PDFDocumentProxy | null = null;
  /** Draws the pictures of the version on screen as its pages come near the view. */
  private watcher: IntersectionObserver | null = null;
  /** The key of the PDF on screen. */
  shown: string | null = null;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly pages: HTMLElement,
    private readonly mark: HTMLElement,
  ) {}

  /** Shows the PDF kept by the server under `key`. */
  async show(key: string): Promise<void> {
    if (key === this.shown) return this.setStale(null);
    const generation = ++this.generation;
    const data = new Uint8Array(await outputBytes(key));
    if (generation !== this.generation) return;
    const pdf = await getDocument({ data, worker: sharedWorker(), isEvalSupported: false, disableAutoFetch: true, useSystemFonts: false }).promise;
    if (generation !== this.generation) {
      void pdf.destroy();
      return;
    }
    const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
    const width = Math.max(200, this.scroller.clientWidth - 24);
    const fresh = document.createElement("div");
    const slots = pages.map((page, i) => {
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: width / base.width });
      const el = fresh.appendChild(document.createElement("div"));
      el.className = "page";
      el.style.width = `${Math.floor(viewport.width)}px`;
      el.style.height = `${Math.floor(viewport.height)}px`;
      el.dataset.page = String(i + 1);
      return { el, page, viewport };
    });
    // The pages in view (at the same scroll position as before) are drawn before the new version
    // replaces the old; then their text layers, then the other pages.
    const top = this.scroller.scrollTop;
    const bottom = top + this.scroller.clientHeight;
    let y = 0;
    const visible = slots.map((s) => {
      const h = s.viewport.height + 12;
      const inView = y + h >= top && y <= bottom;
      y += h;
      return inView;
    });
    const ratio = window.devicePixelRatio || 1;
    for (const [i, s] of slots.entries()) if (visible[i]) await drawCanvas(s, ratio);
    if (generation !== this.generation) return void pdf.destroy();
    this.swap(fresh, pdf, key);
    this.drawWhenNear(slots.filter((_, i) => !visible[i]), ratio, pdf);
    for (const [i, s] of slots.entries()) if (visible[i]) await drawText(s);
    for (const [i, s] of slots.entries()) {
      if (visible[i]) continue;
      if (generation !== this.generation) return;
      await drawText(s);
    }
  }

  /** The pictures of pages out of view, each drawn (once) when it comes within a screen of the view. */
  private drawWhenNear(slots: readonly Slot[], ratio: number, pdf: PDFDocumentProxy): void {
    this.watcher?.disconnect();
    const bySlot = new Map(slots.map((s) => [s.el, s]));
    const watcher = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const s = bySlot.get(e.target as HTMLElement);
          if (!e.isIntersecting || !s) continue;
          bySlot.delete(s.el);
          watcher.unobserve(s.el);
          // Only while this version is on screen (a replaced one is destroyed).
          if (this.current === pdf) void drawCanvas(s, ratio).catch(() => undefined);
        }
      },
      { root: this.scroller, rootMargin: "100% 0px" },
    );
    for (const s of slots) watcher.observe(s.el);
    this.watcher = watcher;
  }

  private message: (() => string) | null = null;

  /** Marks the preview as out of date (the message says why, in the page's language), or clears the mark. */
  setStale(message: (() => string) | null): void {
    this.message = message;
    this.mark.hidden = message === null;
    this.mark.textContent = message?.() ?? "";
    this.scroller.classList.toggle("stale", message !== null);
  }

  /** Words again, after the language changed. */
  refresh(): void {
    this.setStale(this.message);
  }

  /** Empties the preview (another file was opened). */
  clear(): void {
    this.generation++;
    this.watcher?.disconnect();
    this.watcher = null;
    this.pages.replaceChildren();
    this.shown = null;
    void this.current?.destroy();
    this.current = null;
    this.setStale(null);
  }

  /** All text on screen (tests and search read it). */
  text(): string {
    return this.pages.textContent ?? "";
  }

  private swap(fresh: HTMLElement, pdf: PDFDocumentProxy, key: string): void {
    const top = this.scroller.scrollTop;
    this.pages.replaceChildren(...fresh.childNodes);
    this.scroller.scrollTop = top;
    const old = this.current;
    this.current = pdf;
    this.shown = key;
    void old?.destroy();
    this.setStale(null);
    this.pages.dataset.key = key;
    this.pages.dataset.updated = String(performance.now());
    this.pages.dispatchEvent(new CustomEvent("preview-updated", { bubbles: true }));
  }
}

type Slot = { el: HTMLElement; page: PDFPageProxy; viewport: PageViewport };

async function drawCanvas(s: Slot, ratio: number): Promise<void> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.floor(s.viewport.width * ratio);
  canvas.height = Math.floor(s.viewport.height * ratio);
  canvas.style.width = `${Math.floor(s.viewport.width)}px`;
  canvas.style.height = `${Math.floor(s.viewport.height)}px`;
  const context = canvas.getContext("2d");
  if (!context) return;
  await s.page.render({ canvas, canvasContext: context, viewport: s.viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined }).promise;
  // Under the text layer, which may be there already (a page drawn after it came into view).
  s.el.querySelector("canvas")?.remove();
  s.el.prepend(canvas);
}

/** The text layer: the page's text, invisible, over the drawing (to select, copy and find it). */
async function drawText(s: Slot): Promise<void> {
  const layer = document.createElement("div");
  layer.className = "textLayer";
  layer.style.setProperty("--total-scale-factor", String(s.viewport.scale));
  await new TextLayer({ textContentSource: await s.page.getTextContent(), container: layer, viewport: s.viewport }).render();
  s.el.appendChild(layer);
}

let worker: PDFWorker | undefined;

/** One pdf.js worker for the page's life: starting one costs more than drawing a page. */
function sharedWorker(): PDFWorker {
  worker ??= new PDFWorker();
  return worker;
}
