// Inputs built to make regular expressions backtrack or parsers recurse: every reader must finish.
import { describe, expect, it } from "vitest";
import { parseTextArticle } from "../article/text.ts";
import { parseFeedArticles } from "./feed.ts";
import { parseHtmlArticle } from "./html.ts";

const NASTY = [
  `# ${" ".repeat(200_000)}x`,
  "[".repeat(200_000),
  "![".repeat(100_000),
  "**a".repeat(60_000),
  "_a ".repeat(60_000),
  "<a".repeat(100_000),
  "&#".repeat(100_000),
  "`".repeat(100_000),
  "|--".repeat(60_000),
  "<!--".repeat(50_000),
  `${"word ".repeat(400_000)}.`,
  "a\n".repeat(200_000),
  "Part 1/2:\n".repeat(50_000),
];

describe("pathological inputs", () => {
  it("text and Markdown readers finish", () => {
    for (const text of NASTY) {
      for (const format of ["text", "markdown"] as const) {
        const { article } = parseTextArticle({ id: "x", text, format });
        expect(typeof article.title).toBe("string");
      }
    }
  }, 60_000);

  it("HTML and feed readers finish on deep nesting and broken markup", () => {
    const deep = `${"<div>".repeat(20_000)}<p>Deep text.</p>${"</div>".repeat(20_000)}`;
    for (const html of [deep, "<p>".repeat(50_000), NASTY[5] ?? ""]) {
      expect(parseHtmlArticle({ id: "x", html }).article.id).toBe("x");
      expect(Array.isArray(parseFeedArticles({ text: html, name: "x" }).articles)).toBe(true);
    }
  }, 60_000);
});
