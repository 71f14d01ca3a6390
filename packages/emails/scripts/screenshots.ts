// `pnpm --filter @briefing/emails screenshots`: the README's pictures of the current template, rendered from
// emails/sample-digest.json at phone (375 px) and desktop (600 px) width, light and dark.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Digest } from "@briefing/parser";
import { CHROMIUM_PATH, hasChromium, launchChromium, openEmail } from "../browser/chromium.ts";
import { renderBriefing } from "../src/index.ts";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "screenshots");

if (!hasChromium) {
  console.error(
    `screenshots: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}
const digest = JSON.parse(readFileSync(join(root, "emails", "sample-digest.json"), "utf8")) as Digest;
const { html } = await renderBriefing(digest, {
  tz: "UTC",
  publicUrl: "https://briefing.example.org",
  unsubscribeUrl: "https://briefing.example.org/unsubscribe?t=sample",
});
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  const shots = [
    { name: "phone-375.png", width: 375, scheme: "light" },
    { name: "desktop-600.png", width: 600, scheme: "light" },
    { name: "phone-375-dark.png", width: 375, scheme: "dark" },
  ] as const;
  for (const shot of shots) {
    const { page, layout, close } = await openEmail(browser, html, shot.width, shot.scheme);
    await page.screenshot({ path: join(out, shot.name), fullPage: true });
    await close();
    console.log(
      `screenshots/${shot.name} (${shot.width} px, ${shot.scheme}; scroll width ${layout.scrollWidth})`,
    );
  }
} finally {
  await browser.close();
}
