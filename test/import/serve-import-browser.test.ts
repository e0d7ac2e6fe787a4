import { cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { CHROMIUM, NO_CHROMIUM_NOTICE, launchChromium } from "../helpers/chromium.js";
import { tempDir } from "../helpers/temp.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;

if (!CHROMIUM) console.warn(`⚠ ${NO_CHROMIUM_NOTICE}`);
const SHOTS = new URL("../../out/screenshots/", import.meta.url).pathname;

describe.skipIf(!CHROMIUM)(`the page: start from a document${CHROMIUM ? "" : " (skipped: Chromium is not installed)"}`, () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const dir = tempDir("planwright-import-page-");
    mkdirSync(join(dir, "data"));
    cpSync(new URL("../../data/examples/university.yaml", import.meta.url), join(dir, "data", "university.yaml"));
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ folder: join(dir, "data"), out: join(dir, "out") });
    await server.ready;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("uploads a plan, opens the draft in the editor and shows what to check", async () => {
    const page = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 850 } })).newPage();
    await page.goto(server.url);
    await page.waitForSelector("#import-button");
    expect(await page.textContent("#import-button")).toBe("从已有文档开始…");
    const plan = ["某镇网络舆情应对方案", "一、组织领导", "成立网络舆情应对工作领导小组（以下简称领导小组）。", "组长：张建国（镇长）", "二、工作机制", "1.快速报告。网络信息员发现舆情后立即向领导小组报告，并填写《舆情登记表》。"].join("\n");
    await page.setInputFiles("#import-file", { name: "镇方案.txt", mimeType: "text/plain", buffer: Buffer.from(plan, "utf8") });
    await page.waitForFunction(() => window.planwright.session.file?.path === "zhen-fang-an.yaml", undefined, { timeout: 20_000 });
    const text: string = await page.evaluate(() => window.planwright.editor.text());
    expect(text).toContain("title: 某镇网络舆情应对方案");
    expect(text).toContain("CHECK:");
    const report = await page.textContent("#import-report");
    expect(report).toMatch(/已从 镇方案\.txt 生成草稿 zhen-fang-an\.yaml/);
    expect(report).toMatch(/zhen-fang-an\.yaml:\d+ {2}forms\[0\]\.fields/);
    await page.screenshot({ path: join(SHOTS, "import-from-document.png") });
  });
});
