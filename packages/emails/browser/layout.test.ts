// Real Chromium (Debian's, via playwright-core) opens the rendered email at phone and desktop widths and in
// dark mode: no sideways scrolling, every section present. Screenshots are kept under test-results/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { longHeadline, manySources, nonLatin, sampleDigest, withMarkup } from "../fixtures/digests.ts";
import { renderBriefing } from "../src/index.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium, openEmail } from "./chromium.ts";

const SCREENSHOTS = join(new URL("..", import.meta.url).pathname, "test-results", "screenshots");
const OPTIONS = {
  tz: "UTC",
  publicUrl: "https://briefing.example.org",
  unsubscribeUrl: "https://example.invalid/u/__TOKEN__",
};
const ALL_SECTIONS = [
  "Top lines",
  "Key figures",
  "Timeline",
  "Military situation",
  "Humanitarian situation",
  "Diplomacy and politics",
  "Sources",
];

if (!hasChromium) {
  console.warn(
    `[emails] browser layout tests SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

describe.skipIf(!hasChromium)("email in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const views = [
    { width: 375, scheme: "light" },
    { width: 600, scheme: "light" },
    { width: 375, scheme: "dark" },
    { width: 600, scheme: "dark" },
  ] as const;

  for (const view of views) {
    it(`sample at ${view.width} px, ${view.scheme}: no horizontal overflow, all sections`, async () => {
      const { html } = await renderBriefing(sampleDigest(), OPTIONS);
      const { page, layout, close } = await openEmail(browser, html, view.width, view.scheme);
      try {
        expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
        expect(layout.headings.slice(1)).toEqual(ALL_SECTIONS);
        const colours = await page.evaluate(() => ({
          body: getComputedStyle(document.querySelector(".bc") as Element).backgroundColor,
          text: getComputedStyle(document.querySelector("p.bt") as Element).color,
          preheaderShown: (document.querySelector("[data-skip-in-text]") as HTMLElement).offsetHeight > 0,
        }));
        expect(colours.preheaderShown).toBe(false);
        if (view.scheme === "dark") {
          expect(colours.body).toBe("rgb(21, 31, 42)");
          expect(colours.text).toBe("rgb(229, 235, 241)");
        } else {
          expect(colours.body).toBe("rgb(255, 255, 255)");
        }
        await page.screenshot({
          path: join(SCREENSHOTS, `sample-${view.width}-${view.scheme}.png`),
          fullPage: true,
        });
      } finally {
        await close();
      }
    });
  }

  for (const [name, make] of [
    ["long-headline", longHeadline],
    ["40-sources", manySources],
    ["non-latin", nonLatin],
    ["markup", withMarkup],
  ] as const) {
    it(`${name} at 375 px: no horizontal overflow, no script run`, async () => {
      const { html } = await renderBriefing(make(), OPTIONS);
      const { page, layout, close } = await openEmail(browser, html, 375);
      try {
        expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
        expect(await page.evaluate(() => document.querySelectorAll("script, img").length)).toBe(0);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-375.png`), fullPage: true });
      } finally {
        await close();
      }
    });
  }
});
