// End to end: hostile markup in every input kind, read from disk, built and rendered. Nothing it carries
// may reach the email's HTML as markup, and no link may be anything but http(s).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderBriefing } from "@briefing/emails";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDigest } from "../build/digest.ts";
import { loadInputs } from "./load.ts";

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<iframe src=javascript:alert(1)>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
  '"><script>alert(1)</script>',
  "<a href='javascript:alert(1)'>link</a>",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.lorem({ maxCount: 8 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(" "));

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const yamlString = (s: string) => JSON.stringify(s);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-safety-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectSafe(html: string): void {
  // Escaped text ("&lt;img … onerror=…&gt;") is harmless; a real tag or attribute is not.
  expect(html).not.toMatch(/<script|<iframe|<svg[\s>]/i);
  expect(html).not.toMatch(/<[a-z][^<>]*\s(?:onerror|onload)\s*=/i);
  expect(html).not.toMatch(/<img[^<>]*\ssrc\s*=\s*["']?x\b/i);
  expect(html).not.toMatch(/<a[^<>]*href\s*=\s*["']?\s*javascript:/i);
}

describe("hostile markup in the inputs", () => {
  it("never reaches the rendered email as markup", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(text, text, text, async (title, body, extra) => {
        const folder = join(dir, `run-${run++}`);
        await mkdir(folder);
        await writeFile(
          join(folder, "story.md"),
          `---\ntitle: ${yamlString(title)}\nsource: ${yamlString(extra)}\nurl: "javascript:alert(1)"\npublished: 2024-12-06\n---\n${body}\nRebels took the town, and 300 people fled on Thursday. ${extra}\n`,
        );
        await writeFile(
          join(folder, "page.html"),
          `<html><head><meta property="og:title" content="${escapeXml(title)}"><link rel="canonical" href="javascript:alert(1)"></head><body><article><p>${body}</p><p>Officials said 120 families were moved to shelters on Friday. ${extra}</p></article></body></html>`,
        );
        await writeFile(
          join(folder, "feed.rss"),
          `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(extra)}</title><item><title>${escapeXml(title)}</title><link>javascript:alert(1)</link><content:encoded><![CDATA[<p>${body.replaceAll("]]>", "")}</p><p>Talks resumed on Wednesday, envoys said.</p>]]></content:encoded></item></channel></rss>`,
        );
        const { articles } = await loadInputs([folder]);
        expect(articles.length).toBeGreaterThan(0);
        for (const article of articles) {
          if (article.url !== null) expect(article.url).toMatch(/^https?:\/\//);
        }
        const { digest } = buildDigest(articles, { date: "2024-12-07" });
        const rendered = await renderBriefing(digest);
        expectSafe(rendered.html);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
