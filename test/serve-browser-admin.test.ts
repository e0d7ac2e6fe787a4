import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/serve/server.js";
import { CHROMIUM, NO_CHROMIUM_NOTICE, launchChromium } from "./helpers/chromium.js";
import { readPdf } from "./helpers/pdf.js";
import { tempDir } from "./helpers/temp.js";

// The page as an admin meets it, in Chromium: paths in the text stay inside the folder, two files
// with one id are told apart, every word is in the page's language (diagnostics, help, the
// server going away), the rule changes survive a reload from disk and end in a 修订说明 with a new
// version, and the editor behaves (Tab, the edited line in view, names in the file list).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;

if (!CHROMIUM) console.warn(`⚠ ${NO_CHROMIUM_NOTICE}`);
const SHOTS = new URL("../out/screenshots/", import.meta.url).pathname;
const ORG = "examples/university.yaml";
const OTHER = "examples/other.yaml";
const SECRET = "hunter2-never-shown";

describe.skipIf(!CHROMIUM)(`the page, safe and in the admin's words${CHROMIUM ? "" : " (skipped: Chromium is not installed)"}`, () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let file: string;
  let original: string;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = tempDir("planwright-serve-admin-");
    mkdirSync(join(dir, "data/examples"), { recursive: true });
    mkdirSync(join(dir, "outside"));
    writeFileSync(join(dir, "outside/secret.txt"), `password: ${SECRET}\n`);
    file = join(dir, "data", ORG);
    cpSync(new URL("../data/examples/university.yaml", import.meta.url), file);
    original = readFileSync(file, "utf8");
    writeFileSync(join(dir, "data", OTHER), original.replace("id: shiep\n", "id: other\n").replace("name: 上海电力学院\n", "name: 另一学院\n"));
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ folder: join(dir, "data"), out: join(dir, "out") });
    await server.ready;
    browser = await launchChromium();
    context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 820 }, acceptDownloads: true });
    await context.addInitScript(() => {
      window.print = () => {
        window.top.__printed = (window.top.__printed ?? 0) + 1;
      };
    });
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const problems = () => page.textContent("#problem-list").then((s) => s ?? "");
  const editorText = (): Promise<string> => page.evaluate(() => window.planwright.editor.text());
  /** Replaces the first `from` (after `after`) in the editor with `to`, as typing would; the cursor goes to `|` in `to`, else after it. */
  const edit = (from: string, to: string, after = "") =>
    page.evaluate(
      ([f, t, a]) => {
        const { view } = window.planwright.editor;
        const doc = view.state.sliceDoc();
        const at = doc.indexOf(f, a ? doc.indexOf(a) : 0);
        if (at < 0) throw new Error(`no ${f}`);
        const cursor = t.includes("|") ? t.indexOf("|") : t.length;
        const insert = t.replace("|", "");
        view.dispatch({ changes: { from: at, to: at + f.length, insert }, selection: { anchor: at + cursor }, scrollIntoView: true });
        view.focus();
      },
      [from, to, after] as const,
    );
  const open = async (path: string) => {
    await page.click(`.file[data-path="${path}"] .file-open`);
    await page.waitForFunction((p) => window.planwright.session.file?.path === p, path);
    await expect.poll(() => page.textContent("#check-state"), { timeout: 15_000 }).toMatch(/已检查|Checked/);
  };
  const saveAndSettle = async () => {
    await page.keyboard.press("Control+s");
    await page.waitForSelector('#save-state[data-state="saved"]');
    await server.builder.settled();
  };

  it("lists the organisations by name, with their files", async () => {
    await page.waitForSelector(`.file[data-path="${ORG}"] .badge[data-state="built"]`);
    expect(await page.textContent(`.file[data-path="${ORG}"] .file-name`)).toBe("上海电力学院");
    expect(await page.textContent(`.file[data-path="${OTHER}"] .file-name`)).toBe("另一学院");
    expect(await page.textContent(`.file[data-path="${ORG}"] .file-path`)).toBe(ORG);
  });

  it("a path typed in the text that leads outside the folder is refused at its line, in Chinese, and nothing of the file shows", async () => {
    await open(ORG);
    for (const target of ["/etc/passwd", "../../outside/secret.txt"]) {
      await edit("id: shiep\n", `extends: ${target}\nid: shiep\n`);
      await expect.poll(problems, { timeout: 15_000 }).toContain(`此处不能读取基础文件 ${target.startsWith("/") ? target : join(dir, "outside/secret.txt")}`);
      expect(await problems()).toContain("它在所服务的文件夹之外");
      const shown = (await page.textContent("body")) ?? "";
      expect(shown).not.toContain(SECRET);
      expect(shown).not.toContain("root:x:0");
      const line = page.locator(".cm-line", { has: page.locator(".cm-lintRange-error") });
      await expect.poll(() => line.first().textContent(), { timeout: 10_000 }).toContain("extends:");
      await page.screenshot({ path: join(SHOTS, "serve-admin-1-outside.png") });
      await edit(`extends: ${target}\n`, "");
    }
    await expect.poll(problems, { timeout: 15_000 }).toContain("没有问题");
  });

  it("two files with one organisation id: both are told, and neither is built over the other", async () => {
    await open(OTHER);
    await edit("id: other\n", "id: shiep\n");
    await expect.poll(problems, { timeout: 15_000 }).toContain(`机构 id \`shiep\` 也被 ${ORG}:16 使用`);
    const before = readFileSync(join(dir, "out/shiep/plan.pdf"));
    await saveAndSettle();
    for (const path of [ORG, OTHER]) await page.waitForSelector(`.file[data-path="${path}"] .badge[data-state="problems"]`);
    expect(Buffer.compare(readFileSync(join(dir, "out/shiep/plan.pdf")), before)).toBe(0);
    await page.screenshot({ path: join(SHOTS, "serve-admin-2-duplicate-id.png") });
    await edit("id: shiep\n", "id: other\n");
    await saveAndSettle();
    for (const path of [ORG, OTHER]) await page.waitForSelector(`.file[data-path="${path}"] .badge[data-state="built"]`);
  });

  it("completion offers every deadline term, and `to:` offers recipients, not procedures", async () => {
    await open(ORG);
    await edit("deadline: 1h\n        to: leading-group", "deadline: |\n        to: leading-group");
    await page.keyboard.press("Control+Space");
    await page.waitForSelector(".cm-tooltip-autocomplete");
    const offered = (await page.textContent(".cm-tooltip-autocomplete")) ?? "";
    for (const term of ["immediately", "first-moment", "promptly", "quickly", "when-appropriate", "regularly", "half-day"]) expect(offered).toContain(term);
    await page.keyboard.press("Escape");
    await edit("deadline: \n        to: leading-group", "deadline: 1h\n        to: leading-group");
    await edit("to: leading-group", "to: |");
    await page.keyboard.press("Control+Space");
    await page.waitForSelector(".cm-tooltip-autocomplete");
    const recipients = (await page.textContent(".cm-tooltip-autocomplete")) ?? "";
    expect(recipients).toContain("leading-group");
    expect(recipients).toContain("岗位");
    expect(recipients).not.toContain("处置程序");
    await page.keyboard.press("Escape");
    await edit("to: \n", "to: leading-group\n");
    expect(await editorText()).toBe(original);
  });

  it("hover names the place as the document does, counted from 1, with the help in Chinese", async () => {
    // No tooltip left from what came before (a hover over another line would be read instead).
    await page.mouse.move(0, 0);
    await page.waitForSelector(".pw-hover", { state: "detached" });
    const box = await page.locator(".cm-line", { hasText: "deadline: 1h" }).first().boundingBox();
    await page.mouse.move((box?.x ?? 0) + 60, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await page.waitForSelector(".pw-hover");
    // The tooltip of the line under the mouse (CodeMirror may show the one it had before, for a moment).
    await page.waitForFunction(() => /的时限/.test(document.querySelector(".pw-hover")?.textContent ?? ""), null, { timeout: 5_000 }).catch(() => undefined);
    const hover = (await page.textContent(".pw-hover")) ?? "";
    expect(hover).toMatch(/处置程序「[^」]+」第\d+步的时限/);
    expect(hover).toContain("时限是时长");
    await page.mouse.move(0, 0);
  });

  it("Tab indents the line; the problems never hide the line being edited", async () => {
    await edit("  issuer: ", "  |issuer: ");
    await page.evaluate(() => {
      const { view } = window.planwright.editor;
      const line = view.state.doc.lineAt(view.state.selection.main.head);
      view.dispatch({ selection: { anchor: line.from } });
    });
    await page.keyboard.press("Tab");
    expect(await editorText()).toContain("\n    issuer: ");
    await page.keyboard.press("Shift+Tab");
    expect(await editorText()).toBe(original);
    // Go to the last line in view, then make many problems: that line stays in view.
    await page.setViewportSize({ width: 1400, height: 600 });
    const lineNo = await page.evaluate(() => {
      const { view } = window.planwright.editor;
      const rect = view.scrollDOM.getBoundingClientRect();
      const pos = view.posAtCoords({ x: rect.left + 80, y: rect.bottom - 12 });
      view.dispatch({ selection: { anchor: pos } });
      view.focus();
      return view.state.doc.lineAt(pos).number;
    });
    // A character YAML does not allow at the start of a line: a problem at the line being edited.
    await page.keyboard.press("Home");
    await page.keyboard.type("@", { delay: 10 });
    await expect.poll(problems, { timeout: 15_000 }).toContain("YAML");
    const inView = await page.evaluate((n) => {
      const { view } = window.planwright.editor;
      const rect = view.scrollDOM.getBoundingClientRect();
      const at = view.coordsAtPos(view.state.doc.line(n).from);
      return at !== null && at.top >= rect.top && at.bottom <= rect.bottom;
    }, lineNo);
    expect(inView).toBe(true);
    await page.screenshot({ path: join(SHOTS, "serve-admin-3-problems.png") });
    await page.setViewportSize({ width: 1400, height: 820 });
    await page.evaluate((text) => window.planwright.editor.replace(text), original);
  });

  it("rule changes survive a reload after a change on disk, and the 修订说明 asks for a new version and records the revision", async () => {
    await edit("deadline: 1h\n        to: leading-group", "deadline: 45min\n        to: leading-group");
    await saveAndSettle();
    await page.click("#changes summary");
    await expect.poll(() => page.textContent("#change-list"), { timeout: 15_000 }).toContain("45分钟");
    // Another program changes the file: the page reloads it, and the history since opening stays.
    writeFileSync(file, readFileSync(file, "utf8").replace("action: 进行文字审核", "action: 进行文字审核和把关"));
    await expect.poll(() => page.textContent("#notice-line"), { timeout: 15_000 }).toContain("已重新载入");
    await expect.poll(() => page.textContent("#change-list"), { timeout: 15_000 }).toContain("45分钟");
    expect(await page.isDisabled("#notice")).toBe(false);
    await page.click("#notice");
    await page.waitForSelector("dialog#revise[open]");
    expect(await page.inputValue("#revise-version")).toBe("2026.2");
    expect(await page.textContent("#revise-from")).toContain("2026.1");
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    expect(await page.inputValue("#revise-date")).toBe(today);
    expect(await page.inputValue("#revise-summary")).toBe("");
    // The same version is refused; a summary is needed.
    await page.fill("#revise-version", "2026.1");
    await page.click("#revise-write");
    expect(await page.textContent("#revise-problem")).toContain("新的版本号");
    await page.fill("#revise-version", "2026.2");
    await page.fill("#revise-summary", "报告时限改为45分钟。");
    await page.screenshot({ path: join(SHOTS, "serve-admin-4-revision.png") });
    await page.click("#revise-write");
    await page.waitForSelector("#notice-links a.notice-pdf");
    const text = await editorText();
    expect(text).toContain('version: "2026.2"');
    expect(text).toContain(`    - version: "2026.2"\n      date: ${today}\n      summary: 报告时限改为45分钟。`);
    const href = (await page.getAttribute("#notice-links a.notice-pdf", "href")) ?? "";
    const res = await page.request.get(new URL(href, server.url).toString());
    const notice = (await readPdf(new Uint8Array(await res.body()))).flatMap((p) => p.items.map((i) => i.str)).join("").replace(/\s+/g, "");
    expect(notice).toContain("2026.1→2026.2");
    expect(notice).toContain("报告时限改为45分钟");
    expect(notice).not.toContain("依据2022年方案修订");
    const [y, m, d] = today.split("-").map(Number);
    expect(notice).toContain(`${y}年${m}月${d}日`);
    await saveAndSettle();
  });

  it("a conflict shows what changed on disk before the choice", async () => {
    await edit("上海电力学院网络舆情应对及处置方案", "上海电力学院网络舆情应对及处置方案（第二稿）");
    writeFileSync(file, readFileSync(file, "utf8").replace("deadline: 45min\n        to: leading-group", "deadline: 20min\n        to: leading-group"));
    await page.waitForSelector("#conflict:not([hidden])", { timeout: 15_000 });
    await expect.poll(() => page.textContent("#conflict-diff"), { timeout: 15_000 }).toContain("20分钟");
    expect(await page.textContent("#conflict-diff")).toContain("磁盘上的改动");
    expect(await page.textContent("#conflict-diff .conflict-lines")).toContain("deadline: 20min");
    await page.screenshot({ path: join(SHOTS, "serve-admin-5-conflict-diff.png") });
    await page.click("#reload");
    await expect.poll(editorText).toContain("deadline: 20min");
  });

  it("in English, every word follows: diagnostics, help and the file's problems", async () => {
    await page.click("#lang");
    await edit("actor: ", "actor: nobody-", "procedures:");
    await expect.poll(problems, { timeout: 15_000 }).toContain("unknown id `nobody-");
    const at = await page.evaluate(() => {
      const { view } = window.planwright.editor;
      const c = view.coordsAtPos(view.state.sliceDoc().indexOf("actor: nobody-") + 2);
      return { x: (c.left + c.right) / 2, y: (c.top + c.bottom) / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await page.waitForSelector(".pw-hover");
    expect(await page.textContent(".pw-hover")).toMatch(/procedure ‘[^’]+’, step \d+, actor/);
    await page.mouse.move(0, 0);
    await edit("actor: nobody-", "actor: ");
    await page.click("#lang");
  });

  it("print checklists opens the print dialog on the checklists, again and again", async () => {
    for (const n of [1, 2]) {
      await page.click("#print");
      await expect.poll(() => page.evaluate(() => window.__printed), { timeout: 15_000 }).toBe(n);
    }
    const src = await page.evaluate(() => document.getElementById("print-frame").src as string);
    const pages = await readPdf(new Uint8Array(await (await page.request.get(src)).body()));
    expect(pages.flatMap((p) => p.items.map((i) => i.str)).join("")).toContain("舆情应对检查单");
  });

  it("after the server is restarted, the page says in its language how to reconnect", async () => {
    const port = server.port;
    await server.close();
    await page.waitForSelector('#connection[data-state="lost"]', { timeout: 15_000 });
    expect(await page.textContent("#connection")).toContain("连接已断开");
    server = await startServer({ folder: join(dir, "data"), out: join(dir, "out"), port });
    await page.waitForSelector('#connection[data-state="restarted"]', { timeout: 30_000 });
    expect(await page.textContent("#connection")).toContain("请打开终端中新打印的地址");
    await page.screenshot({ path: join(SHOTS, "serve-admin-6-restarted.png") });
    // Saving now says why it cannot, in the page's language, and keeps the text.
    await edit("上海电力学院网络舆情应对及处置方案", "上海电力学院网络舆情应对及处置方案（第三稿）");
    await page.click("#save");
    await expect.poll(() => page.textContent("#save-state")).toContain("已重新启动");
    expect(await editorText()).toContain("（第三稿）");
    expect(errors).toEqual([]);
  });
});
