import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium (`apt-get install chromium`), driven by playwright-core; PLANWRIGHT_CHROMIUM
 * names another executable. Tests that need it skip, with a notice, where there is none.
 */
export const CHROMIUM = [process.env.PLANWRIGHT_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && existsSync(p));

export const NO_CHROMIUM_NOTICE = "Chromium is not installed: the browser tests are skipped (install it with `apt-get install chromium`, or set PLANWRIGHT_CHROMIUM)";

/** Flags for a quiet headless run on a machine without network: nothing phones home, nothing updates. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--no-default-browser-check",
];

/** A fresh headless browser (playwright gives it a fresh, temporary --user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(NO_CHROMIUM_NOTICE);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}
