// Debian's Chromium driven by playwright-core, for the layout tests and the README screenshots.
// Never downloads a browser: /usr/bin/chromium or CHROMIUM_PATH, else the callers skip.
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh browser (playwright gives it a new temporary profile each launch). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface Layout {
  scrollWidth: number;
  clientWidth: number;
  headings: string[];
}

/** Opens `html` at `width` px in the given colour scheme; returns the page and what the layout tests need. */
export async function openEmail(
  browser: Browser,
  html: string,
  width: number,
  colorScheme: "light" | "dark" = "light",
): Promise<{ page: Page; layout: Layout; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme,
    javaScriptEnabled: false,
  });
  // The email never loads anything: block every request so a stray URL cannot reach the network.
  await context.route("**/*", (route) => route.abort());
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: "load" });
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    headings: Array.from(document.querySelectorAll("h1, h2")).map((node) => (node.textContent ?? "").trim()),
  }));
  return { page, layout, close: () => context.close() };
}
