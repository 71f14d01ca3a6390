import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToParagraphs, parseHtmlArticle } from "./html.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseHtmlArticle", () => {
  it("keeps the article and drops the page around it", () => {
    const { article, warnings } = parseHtmlArticle({ id: "library", html: fixture("cluttered-page.html") });
    expect(warnings).toEqual([]);
    expect(article.title).toBe("Library reopens after flood repairs");
    expect(article.source).toBe("Riverside Post");
    expect(article.url).toBe("https://riverside.example/local/library-reopens");
    expect(article.published).toBe("2024-12-07"); // 21:30 at UTC-5
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toMatch(/^The central library opened its doors again on Friday/);
    expect(article.paragraphs[3]).toMatch(/^The council expects the archive rooms/);
    const all = article.paragraphs.join("\n");
    for (const clutter of [
      "cookie",
      "Share on",
      "newsletter",
      "Subscribe",
      "Related",
      "Flood waters rise",
      "Bakery",
      "All rights reserved",
      "Sport",
      "tracker",
    ]) {
      expect(all).not.toContain(clutter);
    }
  });

  it("reads the date from <time> and the site name from the title when meta tags are missing", () => {
    const html = `<html><head><title>Quiet night at the observatory</title></head><body><article>
      <h1>Quiet night at the observatory</h1><time datetime="2024-11-30T20:00:00Z">Saturday</time>
      <p>Clouds kept the telescope dome shut for the third night running, and the public viewing evening was moved to next week.</p>
      <p>Staff used the time to recalibrate the main mirror, a job that usually waits for the summer break.</p></article></body></html>`;
    const { article } = parseHtmlArticle({ id: "obs", html, url: "https://obs.example/news/quiet" });
    expect(article.title).toBe("Quiet night at the observatory");
    expect(article.published).toBe("2024-11-30");
    expect(article.url).toBe("https://obs.example/news/quiet");
    expect(article.paragraphs).toHaveLength(2);
  });

  it("makes markup plain text: entities decoded, tags gone", () => {
    const html = `<html><head><meta property="og:title" content="A &lt;script&gt;title&lt;/script&gt; &amp; more"></head>
      <body><p>Fish &amp; chips cost &pound;5 &lt;b&gt;now&lt;/b&gt;, up from four pounds a year ago at the pier kiosk.</p></body></html>`;
    const { article } = parseHtmlArticle({ id: "x", html });
    expect(article.title).toBe("A title & more");
    expect(article.paragraphs).toEqual([
      "Fish & chips cost £5 now , up from four pounds a year ago at the pier kiosk.",
    ]);
  });
});

describe("htmlToParagraphs", () => {
  it("splits blocks and line breaks, skips scripts", () => {
    const paragraphs = htmlToParagraphs(
      "<p>One <em>two</em></p><script>x()</script><div>Three<br>Four</div><ul><li>Five</li></ul>",
    );
    expect(paragraphs.map((p) => p.text)).toEqual(["One two", "Three", "Four", "Five"]);
  });
});

describe("parseHtmlArticle: a blog page without <article>", () => {
  it("finds the text, the date written in the page, the site from the title, and drops comments", () => {
    const html = readFileSync(join(import.meta.dirname, "fixtures", "blog-post.html"), "latin1");
    const { article } = parseHtmlArticle({ id: "blog", html });
    expect(article).toMatchObject({
      title: "Community garden doubles in size",
      source: "Northside Diary",
      url: "https://northside.example/2024/12/garden",
      published: "2024-12-03",
    });
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[3]).toBe("Water supply");
    const all = article.paragraphs.join("\n");
    for (const clutter of [
      "Posted on",
      "Twitter",
      "Advertisement",
      "Seed swap",
      "Leave a Reply",
      "Great news",
      "newsletter",
      "powered",
    ]) {
      expect(all).not.toContain(clutter);
    }
  });
});

describe("parseHtmlArticle: clutter words on the article's own containers", () => {
  it("keeps an article body whose class also names a share feature, and a page wrapped in a form", () => {
    const body =
      "<p>The ferry timetable changes on Monday, with an extra crossing at seven in the morning for commuters.</p>" +
      "<p>Season tickets bought before the change remain valid until they expire, the operator said.</p>";
    for (const html of [
      `<html><body><div class="article-body share-enabled"><h1>New ferry timetable</h1>${body}</div></body></html>`,
      `<html><body><form id="aspnetForm"><div class="sidebar-layout"><h1>New ferry timetable</h1>${body}</div></form></body></html>`,
    ]) {
      const { article } = parseHtmlArticle({ id: "f", html });
      expect(article.title).toBe("New ferry timetable");
      expect(article.paragraphs).toHaveLength(2);
    }
  });
});
