// `planwright serve` in npm run bench: how live the page feels.
// 1. In the running server: a one-line edit of the university example, sent as the page sends it;
//    the time until the plan PDF is built (validate + compose + render, over HTTP).
// 2. In Chromium (when installed): the time from the keystroke that makes the file valid again
//    to the new version of the preview on screen.
import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x);

function post(url, path, body) {
  const u = new URL(`${url}${path}`);
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": payload.length } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
    });
    req.on("error", reject);
    req.end(payload);
  });
}

export async function benchServe({ root, work, runs }) {
  const { startServer } = await import(join(root, "dist/serve/server.js"));
  const data = join(work, "serve-data");
  mkdirSync(join(data, "examples"), { recursive: true });
  cpSync(join(root, "data/examples/university.yaml"), join(data, "examples/university.yaml"));
  const original = readFileSync(join(data, "examples/university.yaml"), "utf8");
  const title = /^ {2}title: (.*)$/m.exec(original)[1];
  const server = await startServer({ folder: data, out: join(work, "serve-out") });
  await server.ready;
  const result = {};
  try {
    // 1. Server: one changed line (the title), the plan's PDF built from the page's text.
    const times = [];
    const n = Math.max(10, runs * 3);
    for (let i = -3; i < n; i++) {
      const text = original.replace(`  title: ${title}`, `  title: ${title}（第${i + 10}稿）`);
      const t0 = performance.now();
      const r = await post(server.url, "api/check", { path: "examples/university.yaml", text, document: "plan" });
      const ms = performance.now() - t0;
      if (!r.preview?.key) throw new Error(`serve bench: no preview (${JSON.stringify(r.diagnostics?.[0])})`);
      if (i >= 0) times.push(ms);
    }
    result.rebuildPlanPdfMs = round(median(times));
    result.rebuildRunsMs = times.map(round);
    result.browser = await browserLatency(root, server.url, title, runs);
  } finally {
    await server.close();
  }
  return result;
}

async function browserLatency(root, url, title, runs) {
  const executable = [process.env.PLANWRIGHT_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
  if (!executable) return { skipped: "Chromium is not installed (apt-get install chromium)" };
  const { chromium } = await import(join(root, "node_modules/playwright-core/index.mjs"));
  const browser = await chromium.launch({
    executablePath: executable,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await page.goto(`${url}#examples/university.yaml`);
    await page.waitForFunction(() => document.querySelector("#pages")?.getAttribute("data-key"), null, { timeout: 30_000 });
    const samples = [];
    // The first round (pdf.js starting its worker, the fonts) is not counted.
    for (let i = -1; i < Math.max(5, runs); i++) {
      // Change the title and make the file invalid (an unknown id), then type the id's last letter. (The PDF spaces
      // digits from Chinese — 第 12 稿 — so the page's text is read without spaces.)
      await page.evaluate(([t, n]) => {
        const { view } = window.planwright.editor;
        const doc = view.state.sliceDoc();
        const from = doc.indexOf(t) + t.length;
        const end = doc.indexOf("\n", from);
        view.dispatch({ changes: { from, to: end, insert: `（第${n}稿）` } });
      }, [title, i + 2]);
      const actor = await page.evaluate(() => {
        const { view } = window.planwright.editor;
        const doc = view.state.sliceDoc();
        const m = /\n\s+- actor: ([a-z0-9-]+)\n/.exec(doc);
        const from = m.index + m[0].indexOf(m[1]);
        view.dispatch({ changes: { from: from + m[1].length - 1, to: from + m[1].length } });
        return { id: m[1], at: from + m[1].length - 1 };
      });
      await page.waitForSelector("#stale:not([hidden])", { timeout: 10_000 });
      await page.evaluate((at) => {
        const { view } = window.planwright.editor;
        view.dispatch({ selection: { anchor: at } });
        view.focus();
      }, actor.at);
      await page.waitForTimeout(300);
      await page.evaluate(() => (window.__keystroke = performance.now()));
      await page.keyboard.press(actor.id.slice(-1));
      await page.waitForFunction((n) => Number(document.querySelector("#pages").dataset.updated) > window.__keystroke && document.querySelector("#stale").hidden && document.querySelector("#pages").textContent.replace(/\s+/g, "").includes(`第${n}稿`), i + 2, { timeout: 15_000 });
      const ms = await page.evaluate(() => Number(document.querySelector("#pages").dataset.updated) - window.__keystroke);
      if (i >= 0) samples.push(ms);
    }
    return { previewAfterKeystrokeMs: round(median(samples)), runsMs: samples.map(round) };
  } finally {
    await browser.close();
  }
}
