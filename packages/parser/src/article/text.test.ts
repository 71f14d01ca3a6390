import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reduceInline } from "./markdown.ts";
import { parseTextArticle } from "./text.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseTextArticle: front matter", () => {
  it("reads title, source, url and published, and drops the title line from the body", () => {
    const text = [
      "---",
      'title: "Harbour wall finished"',
      "source: Bay Herald",
      "url: https://herald.example/wall",
      "published: 2024-12-05",
      "---",
      "Harbour wall finished",
      "Builders laid the last stone of the new harbour wall on Wednesday.",
      "The wall cost less than planned.",
    ].join("\n");
    const { article, warnings } = parseTextArticle({ id: "wall", text });
    expect(warnings).toEqual([]);
    expect(article).toEqual({
      id: "wall",
      title: "Harbour wall finished",
      source: "Bay Herald",
      url: "https://herald.example/wall",
      published: "2024-12-05",
      paragraphs: [
        "Builders laid the last stone of the new harbour wall on Wednesday.",
        "The wall cost less than planned.",
      ],
    });
  });

  it("reports broken front matter and still reads the body", () => {
    const text =
      "---\ntitle: [unclosed\npublished: : :\n---\nThe body is still here and it is read as usual.\n";
    const { article, warnings } = parseTextArticle({ id: "broken", name: "in/broken.md", text });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^in\/broken\.md: front matter is not valid YAML/);
    expect(article.paragraphs).toEqual(["The body is still here and it is read as usual."]);
  });

  it("reports front matter that is never closed", () => {
    const { article, warnings } = parseTextArticle({
      id: "open",
      text: "---\nThe first line.\nThe second line.\n",
    });
    expect(warnings[0]).toMatch(/not closed/);
    expect(article.paragraphs.length + (article.title ? 1 : 0)).toBeGreaterThan(0);
  });

  it("keeps only http(s) urls and warns about a bad date", () => {
    const text =
      "---\nurl: javascript:alert(1)\npublished: someday\n---\nA line of text that is long enough.\n";
    const { article, warnings } = parseTextArticle({ id: "x", text });
    expect(article.url).toBeNull();
    expect(article.published).toBeNull();
    expect(warnings).toHaveLength(2);
  });
});

describe("parseTextArticle: titles", () => {
  it("takes a headline-like first line", () => {
    const { article } = parseTextArticle({
      id: "a",
      text: "Dam Repairs Begin\nEngineers drained the reservoir.\n",
    });
    expect(article.title).toBe("Dam Repairs Begin");
    expect(article.paragraphs).toEqual(["Engineers drained the reservoir."]);
  });

  it("falls back to the first sentence, shortened, and keeps that paragraph", () => {
    const first =
      "Engineers drained the upper reservoir on Tuesday so that divers could inspect the cracked spillway before winter. More work follows.";
    const { article } = parseTextArticle({ id: "a", text: `${first}\nA second paragraph.\n` });
    expect(article.title).toBe(
      "Engineers drained the upper reservoir on Tuesday so that divers could inspect the cracked spillway…",
    );
    expect(article.title.length).toBeLessThanOrEqual(100);
    expect(article.paragraphs[0]).toBe(first);
  });

  it("takes a duplicated headline under a lead-in, and drops both copies", () => {
    const text = [
      "A long lead-in sentence that summarises the whole story before the headline appears below it.",
      "Storm Closes the Coast Road",
      "Storm Closes the Coast Road",
      "The coast road was shut at dawn after waves threw rocks onto the carriageway.",
    ].join("\n");
    const { article } = parseTextArticle({ id: "a", text });
    expect(article.title).toBe("Storm Closes the Coast Road");
    expect(article.paragraphs).toEqual([
      "A long lead-in sentence that summarises the whole story before the headline appears below it.",
      "The coast road was shut at dawn after waves threw rocks onto the carriageway.",
    ]);
  });
});

describe("parseTextArticle: Markdown and line shapes", () => {
  it("reduces Markdown syntax to text", () => {
    const text = [
      "# The **new** bridge",
      "",
      "The [bridge](https://example.org/b) opened to *walkers* and `cyclists` on Monday.",
      "",
      "- First item with __strong__ text",
      "> A quoted line &amp; more",
      "![a photo](x.png)",
      "Inline <b>markup</b> and <script>bad()</script> go.",
      "---",
      "snake_case_names stay, as does 2*3*4.",
    ].join("\n");
    const { article } = parseTextArticle({ id: "md", text });
    expect(article.title).toBe("The new bridge");
    expect(article.paragraphs).toEqual([
      "The bridge opened to walkers and cyclists on Monday.",
      "First item with strong text",
      "A quoted line & more",
      "a photo",
      "Inline markup and bad() go.",
      "snake_case_names stay, as does 2*3*4.",
    ]);
  });

  it("reduces inline links, images, emphasis and escapes", () => {
    expect(reduceInline("See [the report][1] and <https://x.org>, \\*not emphasis\\*.")).toBe(
      "See the report and https://x.org, *not emphasis*.",
    );
  });

  it("reads CRLF line ends", () => {
    const { article } = parseTextArticle({
      id: "crlf",
      text: "---\r\ntitle: Windows file\r\n---\r\nFirst paragraph here.\r\nSecond paragraph here.\r\n",
    });
    expect(article.title).toBe("Windows file");
    expect(article.paragraphs).toEqual(["First paragraph here.", "Second paragraph here."]);
  });

  it("re-joins hard-wrapped lines into paragraphs", () => {
    const { article } = parseTextArticle({ id: "wrapped", text: fixture("wrapped.txt"), format: "text" });
    expect(article.title).toBe("Night trains return to the northern line");
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]).toBe(
      "The regional rail company will run sleeper trains between the capital and the northern lakes again from March, ending a pause that began when the old carriages failed a safety inspection two years ago.",
    );
    expect(article.paragraphs[2]).toMatch(/^Unions welcomed .* common\.$/);
  });

  it("re-joins wrapped lines without blank lines, a short line ending a paragraph", () => {
    const wrapped = fixture("wrapped.txt").split("\n").filter(Boolean).join("\n");
    const { article } = parseTextArticle({ id: "wrapped", text: wrapped, format: "text" });
    expect(article.paragraphs).toHaveLength(3);
  });

  it("keeps one-paragraph-per-line files line by line, even short lines", () => {
    const lines = [
      "Officials said the water level in the river rose by almost two metres overnight, flooding low fields.",
      "Schools closed.",
      "The mayor asked residents in the lowest streets to move their cars to higher ground before the evening tide.",
      "Volunteers filled sandbags at the fire station until midnight, and more are expected to help tomorrow morning.",
    ];
    const { article } = parseTextArticle({ id: "lines", text: `Flood Watch\n${lines.join("\n")}\n` });
    expect(article.paragraphs).toEqual(lines);
  });
});

describe("parseTextArticle: cleaning", () => {
  it("drops junk lines and repeated paragraphs", () => {
    const text = [
      "Market Day Returns",
      "Stalls filled the square again on Saturday after a month of roadworks.",
      "Advertisement",
      "Share this:",
      "Click here to subscribe to our newsletter",
      "Related: Roadworks finish early",
      "We use cookies to give you the best experience. Accept cookies to continue.",
      "Stalls filled the square again on Saturday after a month of roadworks.",
      "Traders reported brisk sales of winter vegetables.",
      "Leave a Reply",
    ].join("\n");
    const { article } = parseTextArticle({ id: "m", text });
    expect(article.paragraphs).toEqual([
      "Stalls filled the square again on Saturday after a month of roadworks.",
      "Traders reported brisk sales of winter vegetables.",
    ]);
  });

  it("drops a reposted copy split into Part N/M blocks, with the heads it adds", () => {
    const { article } = parseTextArticle({ id: "r", text: fixture("reposted.md") });
    expect(article.title).toBe("A Quiet Week in the Mountain Villages");
    expect(article.paragraphs).toEqual([
      "The snow arrived late this year, and the ski lifts above the villages stayed closed until the second weekend of the month.",
      "Opening Delays",
      "Hotel owners said bookings fell by a third compared with last winter, as families waited to see whether the slopes would open.",
      "The tourist office promised free shuttle buses once the upper lifts begin to run.",
    ]);
  });

  it("keeps each kept paragraph identical to its source line", () => {
    const source = fixture("reposted.md").split("\n");
    const { article } = parseTextArticle({ id: "r", text: fixture("reposted.md") });
    for (const paragraph of article.paragraphs) expect(source).toContain(paragraph);
  });
});

describe("parseTextArticle: lead furniture", () => {
  it("looks past a byline and a bare date for the headline, and keeps them out of the title", () => {
    const text =
      "By Ana Ortiz\n6 December 2024\nPier Reopens to Anglers\nThe fishing pier reopened after its handrail was replaced.\n";
    const { article } = parseTextArticle({ id: "pier", text });
    expect(article.title).toBe("Pier Reopens to Anglers");
    expect(article.paragraphs).toContain("The fishing pier reopened after its handrail was replaced.");
  });
});

describe("parseTextArticle: wrapped Markdown with links", () => {
  it("measures the wrap on the lines as written, before links are reduced", () => {
    const text = [
      "A river ferry that has linked the two banks of the town since the 1950s will [stop](https://example.org/a)",
      "running at the end of the year, the council said, because the [new bridge](https://example.org/bridge)",
      "downstream now carries most of the traffic that once queued for the crossing on summer mornings.",
      "",
      "The [boat](https://example.org/boat) itself will be sold to a museum of river transport further north,",
      "where volunteers plan to restore its engine and offer short trips on the canal basin next summer.",
    ].join("\n");
    const { article } = parseTextArticle({ id: "ferry", text });
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs[1]).toBe(
      "The boat itself will be sold to a museum of river transport further north, where volunteers plan to restore its engine and offer short trips on the canal basin next summer.",
    );
  });
});

describe("isJunkLine", () => {
  it("keeps news sentences that merely mention cookies, copyright or a date", async () => {
    const { isJunkLine } = await import("./clean.ts");
    for (const line of [
      "The bakery said it would accept orders for Christmas cookies until Friday.",
      "Copyright lawyers for the publishers said the ruling would be appealed.",
      "Published in 2019, the census put the population at 1.4 million.",
      "Related talks in Geneva ended without an agreement on Tuesday.",
    ]) {
      expect(isJunkLine(line), line).toBe(false);
    }
    for (const line of [
      "We use cookies to improve your experience on our site.",
      "Copyright © 2024 Example Media",
      "Posted on December 3, 2024 by Kim",
      "Part 3/6:",
      "Related: Aid convoy reaches the border",
      "Leave a Reply",
    ]) {
      expect(isJunkLine(line), line).toBe(true);
    }
  });
});
