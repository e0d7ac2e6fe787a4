import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/serve/server.js";
import { CHROMIUM, NO_CHROMIUM_NOTICE, launchChromium } from "./helpers/chromium.js";
import { docxParagraphs, openDocx } from "./helpers/docx.js";
import { readPdf } from "./helpers/pdf.js";
import { tempDir } from "./helpers/temp.js";

// The page of `planwright serve`, in a real browser (Debian's Chromium through playwright-core):
// what an admin does, step by step, on a copy of the university example. Screenshots go to
// out/screenshots/ (look at them).
// The functions given to page.evaluate run in the page; this file compiles with Node's types only,
// so the page's globals are declared loosely here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
type Frame = { src: string };

if (!CHROMIUM) console.warn(`⚠ ${NO_CHROMIUM_NOTICE}`);
const SHOTS = new URL("../out/screenshots/", import.meta.url).pathname;
const ORG = "examples/university.yaml";

describe.skipIf(!CHROMIUM)(`planwright serve in Chromium${CHROMIUM ? "" : " (skipped: Chromium is not installed)"}`, () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let file: string;
  let actor: string;
  const requested: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dir = tempDir("planwright-serve-e2e-");
    mkdirSync(join(dir, "data/examples"), { recursive: true });
    cpSync(new URL("../data/examples/university.yaml", import.meta.url), join(dir, "data", ORG));
    cpSync(new URL("../data/county", import.meta.url), join(dir, "data/county"), { recursive: true });
    file = join(dir, "data", ORG);
    actor = /^\s+- actor: ([a-z0-9-]+)$/m.exec(readFileSync(file, "utf8"))?.[1] as string;
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ folder: join(dir, "data"), out: join(dir, "out") });
    await server.ready;
    browser = await launchChromium();
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1500, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("request", (r) => requested.push(r.url()));
    // Headless Chromium cannot show a print dialog (print() there ends the page): the test counts the calls instead.
    await context.addInitScript(() => {
      window.print = () => {
        const top = window.top as unknown as { __printed?: number };
        top.__printed = (top.__printed ?? 0) + 1;
      };
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Selects the first occurrence of `text` after `after` in the editor and focuses it. */
  const select = (text: string, after = "") =>
    page.evaluate(
      ([t, a]) => {
        const { view } = (window as { planwright: { editor: { view: import("@codemirror/view").EditorView } } }).planwright.editor;
        const doc = view.state.sliceDoc();
        const from = doc.indexOf(t, a ? doc.indexOf(a) : 0);
        view.dispatch({ selection: { anchor: from, head: from + t.length }, scrollIntoView: true });
        view.focus();
        return view.state.doc.lineAt(from).number;
      },
      [text, after] as const,
    );

  const editorText = () => page.evaluate(() => (window as unknown as { planwright: { editor: { text(): string } } }).planwright.editor.text());

  it("lists the organisations with their state, in the browser's language", async () => {
    await page.goto(server.url);
    await page.waitForSelector(`.file[data-path="${ORG}"] .badge[data-state="built"]`);
    await expect.poll(() => page.textContent(`.file[data-path="county/base.yaml"] .badge`)).toBe("基础文件");
    expect(await page.textContent("header h1")).toContain("方案编辑");
    await page.screenshot({ path: join(SHOTS, "serve-1-list.png") });
  });

  it("opens an organisation: the editor has the file, the preview shows the plan as printed", async () => {
    await page.click(`.file[data-path="${ORG}"] .file-open`);
    await page.waitForFunction(() => document.querySelector("#pages")?.getAttribute("data-key"));
    expect(await page.textContent(".cm-content")).toContain("上海电力学院网络舆情应对及处置方案");
    await expect.poll(() => page.textContent("#pages")).toContain("上海电力学院网络舆情应对及处置方案");
    expect(await page.textContent("#doc-tabs")).toContain("检查清单");
  });

  it("draws a page's picture when it comes near the view; every page's text is there from the start", async () => {
    const pages = () =>
      page.$$eval("#pages .page", (els) => els.map((el) => ({ canvas: el.querySelector("canvas") !== null, text: el.querySelector(".textLayer")?.textContent ?? "" })));
    // Text layers of all pages (find reaches the whole document), pictures only near the view.
    await expect.poll(async () => (await pages()).every((p) => p.text.length > 0), { timeout: 15_000 }).toBe(true);
    const before = await pages();
    expect(before.length).toBeGreaterThan(4);
    expect(before[0]?.canvas).toBe(true);
    expect(before[before.length - 1]?.canvas).toBe(false);
    // Scrolled to the end: the last page is drawn, under its text.
    await page.evaluate(() => document.querySelector("#pages .page:last-child")?.scrollIntoView());
    await expect.poll(async () => (await pages()).at(-1)?.canvas, { timeout: 15_000 }).toBe(true);
    expect(await page.$eval("#pages .page:last-child", (el) => [...el.children].map((c) => c.tagName.toLowerCase() + (c.className ? `.${c.className}` : "")))).toEqual(["canvas", "div.textLayer"]);
    await page.evaluate(() => document.querySelector("#pages .page")?.scrollIntoView());
  });

  it("completes keys and values from the JSON Schema", async () => {
    const line = await select("  issuer:");
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    // `document` has no subtitle yet: the schema offers it (keys already written are not offered).
    await page.keyboard.type("sub", { delay: 20 });
    await page.waitForSelector(".cm-tooltip-autocomplete");
    expect(await page.textContent(".cm-tooltip-autocomplete")).toContain("subtitle");
    await page.screenshot({ path: join(SHOTS, "serve-2-completion.png") });
    await page.keyboard.press("Escape");
    // Undo (Ctrl-Z) until the file is as it was.
    const original = readFileSync(file, "utf8");
    for (let i = 0; i < 5 && (await editorText()) !== original; i++) await page.keyboard.press("Control+z");
    expect(await editorText()).toBe(original);
    expect(line).toBeGreaterThan(1);
    // Hover over a key: its description from the schema.
    const box = await page.locator(".cm-line", { hasText: "issuer:" }).first().boundingBox();
    await page.mouse.move((box?.x ?? 0) + 30, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await page.waitForSelector(".pw-hover");
    expect(await page.textContent(".pw-hover")).toContain("发文机关署名");
    await page.screenshot({ path: join(SHOTS, "serve-2b-hover.png") });
    await page.mouse.move(0, 0);
  });

  it("an unknown id gets a diagnostic on its line while typing, and the preview keeps the last good version with a mark", async () => {
    await select(actor, "  - actor:");
    await page.keyboard.type("nobody-here", { delay: 15 });
    const lintLine = page.locator(".cm-line", { has: page.locator(".cm-lintRange-error") });
    await expect.poll(() => lintLine.first().textContent().catch(() => ""), { timeout: 10_000 }).toContain("actor: nobody-here");
    await expect.poll(() => page.textContent("#problem-list")).toContain("没有 `nobody-here` 这个 id");
    expect(await page.isVisible("#stale")).toBe(true);
    await page.screenshot({ path: join(SHOTS, "serve-3-diagnostic.png") });
  });

  it("fixing it updates the preview with the new text", async () => {
    // Change the title while the data is invalid, then fix the id: the keystroke that makes it valid updates the preview.
    await select("上海电力学院网络舆情应对及处置方案", "document:");
    await page.keyboard.press("End");
    await page.keyboard.type("（修订稿）", { delay: 15 });
    await select("nobody-here");
    await page.keyboard.type(actor.slice(0, -1), { delay: 15 });
    await page.evaluate(() => ((window as unknown as { __keystroke: number }).__keystroke = performance.now()));
    await page.keyboard.press(actor.slice(-1));
    await page.waitForFunction(
      () => Number(document.querySelector("#pages")?.getAttribute("data-updated")) > (window as unknown as { __keystroke: number }).__keystroke && (document.querySelector("#pages")?.textContent ?? "").includes("修订稿"),
      null,
      { timeout: 15_000 },
    );
    const ms = await page.evaluate(() => Number(document.querySelector("#pages")?.getAttribute("data-updated")) - (window as unknown as { __keystroke: number }).__keystroke);
    console.log(`preview updated ${Math.round(ms)} ms after the keystroke that made the file valid`);
    expect(await page.isVisible("#stale")).toBe(false);
    expect(await page.textContent("#problem-list")).toContain("没有问题");
    await page.screenshot({ path: join(SHOTS, "serve-4-fixed.png") });
  });

  it("shows the change in rule terms since the file was opened", async () => {
    await page.click("#changes summary");
    await expect.poll(() => page.textContent("#change-list"), { timeout: 10_000 }).toContain("修订稿");
  });

  it("saves: the file on disk has the edit, and the organisation is built again", async () => {
    await page.keyboard.press("Control+s");
    await page.waitForSelector('#save-state[data-state="saved"]');
    expect(readFileSync(file, "utf8")).toContain("上海电力学院网络舆情应对及处置方案（修订稿）");
    await server.builder.settled();
    const plan = await readPdf(readFileSync(join(dir, "out/shiep/plan.pdf")));
    expect(plan[0]?.items.map((i) => i.str).join("")).toContain("修订稿");
  });

  it("downloads a DOCX that opens", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#dl-docx")]);
    expect(download.suggestedFilename()).toBe("shiep-plan.docx");
    const target = join(dir, "download.docx");
    await download.saveAs(target);
    const paragraphs = docxParagraphs(openDocx(readFileSync(target)).xml("word/document.xml"));
    expect(paragraphs.join("\n")).toContain("上海电力学院网络舆情应对及处置方案（修订稿）");
  });

  it("print checklists loads the checklists' PDF into the print frame", async () => {
    await page.click("#print");
    await page.waitForFunction(() => (document.getElementById("print-frame") as Frame).src.includes("api/output/"));
    const src = await page.evaluate(() => (document.getElementById("print-frame") as Frame).src);
    const res = await page.request.get(src);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    const pages = await readPdf(new Uint8Array(await res.body()));
    expect(pages.flatMap((p) => p.items.map((i) => i.str)).join("")).toContain("舆情应对检查单");
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
  });

  it("a file changed on disk under unsaved edits: the conflict notice, and nothing is lost", async () => {
    await select("（修订稿）");
    await page.keyboard.type("（第二稿）", { delay: 10 });
    const disk = readFileSync(file, "utf8").replace("2026-03-01", "2026-03-02");
    writeFileSync(file, disk);
    await page.waitForSelector("#conflict:not([hidden])", { timeout: 10_000 });
    expect(await page.textContent("#conflict")).toContain("此文件在磁盘上已被修改");
    await page.screenshot({ path: join(SHOTS, "serve-5-conflict.png") });
    // Saving does not overwrite silently either.
    await page.keyboard.press("Control+s");
    await page.waitForSelector('#save-state[data-state="unsaved"]');
    expect(readFileSync(file, "utf8")).toBe(disk);
    // Overwrite is a choice.
    await page.click("#overwrite");
    await page.waitForSelector('#save-state[data-state="saved"]');
    expect(readFileSync(file, "utf8")).toContain("（第二稿）");
    expect(await page.isVisible("#conflict")).toBe(false);
  });

  it("problems in a base file the organisation extends are listed with the base's place, and lead there", async () => {
    const base = join(dir, "data/county/base.yaml");
    writeFileSync(base, readFileSync(base, "utf8").replace(/(\n\s+deadline: )30min/, "$1soonish"));
    await page.click('.file[data-path="county/township-east.yaml"] .file-open');
    const entry = page.locator(".problem.elsewhere", { hasText: "county/base.yaml:" }).first();
    await entry.waitFor({ timeout: 10_000 });
    const where = (await entry.locator(".where").textContent()) ?? "";
    const line = Number(where.split(":")[1]);
    expect(readFileSync(base, "utf8").split("\n")[line - 1]).toContain("soonish");
    await page.screenshot({ path: join(SHOTS, "serve-6-base-problem.png") });
    await entry.locator(".where").click();
    await page.waitForSelector('#file-name:text("county/base.yaml")');
    await expect.poll(() => page.textContent("#stale")).toContain("township-east.yaml");
    const cursorLine = await page.evaluate(() => {
      const { view } = window.planwright.editor;
      return view.state.doc.lineAt(view.state.selection.main.head).number;
    });
    expect(cursorLine).toBe(line);
    await page.screenshot({ path: join(SHOTS, "serve-7-base-file.png") });
  });

  it("loaded nothing from anywhere but the server, and broke no rule of its security policy", () => {
    const own = `http://127.0.0.1:${server.port}/${server.token}/`;
    expect(requested.length).toBeGreaterThan(5);
    // (The browser's own PDF viewer, in the print frame, loads its parts from chrome:// and chrome-extension://.)
    expect(requested.filter((u) => /^(https?|wss?|ftp):/i.test(u) && !u.startsWith(own))).toEqual([]);
    // The one expected error: the save refused with 409 during the conflict (the browser logs it).
    expect(consoleErrors.filter((e) => !e.includes("status of 409"))).toEqual([]);
  });

  it("follows the browser's language: English for an English browser", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const other = await context.newPage();
    await other.goto(server.url);
    await other.waitForSelector(".file");
    expect(await other.textContent("header h1")).toBe("planwright plan editor");
    expect(await other.getAttribute("html", "lang")).toBe("en");
    await context.close();
  });

  it("switches to English", async () => {
    await page.click("#lang");
    expect(await page.textContent("header h1")).toBe("planwright plan editor");
    expect(await page.textContent("#save")).toBe("Save");
    // Words set earlier follow the switch too.
    expect(await page.textContent("#save-state")).toBe("Saved");
    expect(await page.textContent("#stale")).toContain("This is a base file");
    expect(await page.textContent("#out")).toContain("documents are built into");
    await page.screenshot({ path: join(SHOTS, "serve-8-english.png") });
  });
});
