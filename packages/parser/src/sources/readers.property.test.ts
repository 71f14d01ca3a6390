// Property tests: random bytes and random markup to every reader. Nothing throws, nothing hangs,
// no tag reaches a title or a paragraph, and links are only http(s).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMarkup } from "../article/plain.ts";
import { parseTextArticle } from "../article/text.ts";
import type { Article } from "../types.ts";
import { decodeBytes } from "./decode.ts";
import { parseFeedArticles } from "./feed.ts";
import { htmlToParagraphs, parseHtmlArticle } from "./html.ts";
import { readSource } from "./read.ts";

const RUNS = { numRuns: 150 };

function expectPlain(articles: Article[]): void {
  for (const article of articles) {
    expect(hasMarkup(article.title), article.title).toBe(false);
    for (const paragraph of article.paragraphs) expect(hasMarkup(paragraph), paragraph).toBe(false);
    if (article.url !== null) expect(article.url).toMatch(/^https?:\/\//);
    expect(typeof article.id).toBe("string");
    expect(article.id.length).toBeGreaterThan(0);
  }
}

const pieces = fc.constantFrom(
  "<p>",
  "</p>",
  "<b>",
  "</b>",
  "<script>",
  "</script>",
  "<style>",
  "<!--",
  "-->",
  "<",
  ">",
  "&lt;",
  "&gt;",
  "&amp;",
  "&amp;lt;b&amp;gt;",
  "&#x3c;i&#x3e;",
  "&#60;",
  "<![CDATA[",
  "]]>",
  "<a href='javascript:alert(1)'>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=x>",
  "\n",
  "\r\n",
  "\n\n",
  "# ",
  "**",
  "_",
  "[",
  "](",
  ")",
  "---",
  "&",
  ";",
  "<rss>",
  "<item>",
  "<title>",
  "</title>",
  "<feed>",
  "<entry>",
  "<div class='cookie'>",
  "<h1>",
  "<time datetime='2024-01-02'>",
  "<br>",
  "\u0000",
  "\uFEFF",
  "Part 1/2:",
  "Leave a Reply",
  "\\<b>",
);
const markup = fc
  .array(fc.oneof(pieces, fc.string({ maxLength: 12 }), fc.lorem({ maxCount: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

const EXTENSIONS = [".txt", ".md", ".html", ".xml", ".rss", ".atom", ".json", null];

describe("readers on random input", () => {
  it("random bytes: every reader returns articles or warnings, never throws", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...EXTENSIONS), (bytes, extension) => {
        decodeBytes(bytes);
        const result = readSource({ id: "r", name: "random", bytes, extension });
        expectPlain(result.articles);
        for (const warning of result.warnings) expect(warning.startsWith("random: ")).toBe(true);
      }),
      RUNS,
    );
  }, 60_000);

  it("random markup as text, Markdown and HTML: plain text out", () => {
    fc.assert(
      fc.property(markup, (text) => {
        expectPlain([parseTextArticle({ id: "t", text, format: "text" }).article]);
        expectPlain([parseTextArticle({ id: "m", text }).article]);
        expectPlain([parseHtmlArticle({ id: "h", html: text }).article]);
        for (const p of htmlToParagraphs(text)) expect(hasMarkup(p.text)).toBe(false);
      }),
      RUNS,
    );
  }, 60_000);

  it("random markup inside feeds: plain text out", () => {
    const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    fc.assert(
      fc.property(markup, markup, (title, body) => {
        const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(title)}</title><item><title>${escapeXml(title)}</title><link>${escapeXml(body.slice(0, 40))}</link><description>${escapeXml(body)}</description><content:encoded><![CDATA[${body}]]></content:encoded></item></channel></rss>`;
        const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title type="html">${escapeXml(title)}</title><id>1</id><content type="html">${escapeXml(body)}</content></entry></feed>`;
        const json = JSON.stringify({
          version: "https://jsonfeed.org/version/1.1",
          title,
          items: [{ id: "1", title, content_html: body, url: title }],
        });
        for (const text of [rss, atom, json, body])
          expectPlain(parseFeedArticles({ text, name: "feed" }).articles);
      }),
      RUNS,
    );
  }, 60_000);
});
