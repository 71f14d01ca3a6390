import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFeedArticles } from "./feed.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseFeedArticles", () => {
  it("reads RSS 2.0 with content:encoded, time zones, unique ids and safe links", () => {
    const { articles, warnings } = parseFeedArticles({ text: fixture("harbour.rss"), name: "harbour.rss" });
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      "ferry-service-resumes-after-storm",
      "council-port-agree-on-dredging-plan",
      "ferry-service-resumes-after-storm-2",
    ]);
    const [first, second, third] = articles;
    expect(first).toEqual({
      id: "ferry-service-resumes-after-storm",
      title: "Ferry service resumes after storm",
      source: "Coastal Ledger & Gazette",
      url: "https://ledger.example/news/ferry-resumes",
      // 23:30 at UTC-5 is already the 7th in UTC
      published: "2024-12-07",
      paragraphs: [
        "The island ferry sailed again on Friday morning, three days after gale-force winds tore a mooring line at the northern pier.",
        "Operators said 1,200 passengers were carried on the first two crossings, with extra sailings planned for the weekend.",
        "Harbour crews will inspect the southern pier on Monday.",
      ],
    });
    expect(second?.title).toBe("Council & port agree on dredging plan");
    expect(second?.url).toBeNull(); // javascript: link dropped
    expect(second?.published).toBe("2024-12-05"); // dc:date
    expect(third?.url).toBe("https://ledger.example/news/ferry-resumes-update"); // relative to the channel link
  });

  it("gives the day in the briefing's time zone", () => {
    const { articles } = parseFeedArticles({
      text: fixture("harbour.rss"),
      name: "h",
      timeZone: "America/New_York",
    });
    expect(articles[0]?.published).toBe("2024-12-06");
  });

  it("reads Atom with HTML titles and content", () => {
    const { articles } = parseFeedArticles({ text: fixture("valley.atom"), name: "valley.atom" });
    expect(articles).toEqual([
      {
        id: "orchard-harvest-beats-forecast",
        title: "Orchard harvest beats forecast",
        source: "Valley Courier",
        url: "https://courier.example/2024/12/orchard-harvest",
        published: "2024-12-07",
        paragraphs: [
          "Growers in the upper valley picked 40 tonnes more apples than the cooperative had expected.",
          "Prices at the Saturday market fell by a tenth.",
        ],
      },
      {
        id: "bridge-repairs-to-start-in-january",
        title: "Bridge repairs to start in January",
        source: "Valley Courier",
        url: "https://courier.example/2024/12/bridge",
        published: "2024-12-05",
        paragraphs: [
          "The old stone bridge over the river will close for eight weeks while engineers replace its deck.",
        ],
      },
    ]);
  });

  it("reads RDF (RSS 1.0)", () => {
    const { articles } = parseFeedArticles({ text: fixture("bulletin.rdf"), name: "bulletin.rdf" });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: "early-snow-closes-the-pass-road",
      source: "Mountain Bulletin",
      url: "https://bulletin.example/snow",
      published: "2024-12-04",
    });
  });

  it("reads JSON Feed, HTML and text content", () => {
    const { articles } = parseFeedArticles({ text: fixture("market.json"), name: "market.json" });
    expect(articles.map((a) => [a.id, a.published, a.paragraphs.length])).toEqual([
      ["grain-prices-ease-as-barges-return", "2024-12-05", 2],
      ["fish-auction-sets-a-record", "2024-12-06", 2],
    ]);
    expect(articles[1]?.paragraphs[1]).toBe("The auction house said bidding lasted eleven minutes.");
  });

  it("warns, naming the feed, when the text is not a feed", () => {
    const result = parseFeedArticles({
      text: "<html><body>nope</body></html>",
      name: "https://x.example/feed",
    });
    expect(result.articles).toEqual([]);
    expect(result.warnings[0]).toMatch(
      /^https:\/\/x\.example\/feed: not a readable RSS, Atom, RDF or JSON feed/,
    );
  });
});

describe("parseFeedArticles: ids", () => {
  it("falls back to the link's last segment when the title has no Latin letters", () => {
    const rss = `<rss version="2.0"><channel><title>T</title>
      <item><title>سقوط المدينة</title><link>https://news.example/2024/12/city-falls.html</link><description>نص</description></item>
      <item><title>Ελληνικά</title><guid>tag:news.example,2024:77</guid><description>κείμενο</description></item>
    </channel></rss>`;
    const { articles } = parseFeedArticles({ text: rss, name: "f" });
    expect(articles.map((a) => a.id)).toEqual(["city-falls", "tag-news-example-2024-77"]);
    expect(articles[0]?.title).toBe("سقوط المدينة");
  });
});
