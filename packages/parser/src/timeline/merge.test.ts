import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article, ArticleEvent, DatePrecision } from "../types.ts";
import { datesAgree, mergeTimeline } from "./merge.ts";

const art = (id: string): Article => ({
  id,
  title: id,
  source: null,
  url: null,
  published: null,
  paragraphs: [],
});
const ev = (date: string, precision: DatePrecision, event: string, background = false): ArticleEvent => ({
  date,
  precision,
  event,
  quote: event,
  paragraph: 0,
  ...(background ? { background } : {}),
});

describe("datesAgree", () => {
  it.each([
    ["2024-12-05", "day", "2024-12-05", "day", true],
    ["2024-12-05", "day", "2024-12-06", "day", true],
    ["2024-12-05", "day", "2024-12-07", "day", false],
    ["2024-11-25", "week", "2024-11-27", "day", true],
    ["2024-11-25", "week", "2024-12-01", "day", true],
    ["2024-11-25", "week", "2024-12-02", "day", false],
    ["2024-11-25", "week", "2024-11-25", "week", true],
    ["2024-11-01", "month", "2024-11-30", "day", true],
    ["2024-11-01", "month", "2024-12-01", "day", false],
    ["2011-01-01", "year", "2011-03-15", "day", true],
    ["2011-01-01", "year", "2012-01-01", "year", false],
  ] as const)("%s %s ~ %s %s → %s", (a, pa, b, pb, want) => {
    expect(datesAgree({ date: a, precision: pa }, { date: b, precision: pb })).toBe(want);
  });
});

describe("mergeTimeline", () => {
  it("reports an event from several articles once, listing them all, at the finest date", () => {
    const timeline = mergeTimeline([
      { article: art("a"), events: [ev("2024-11-25", "week", "Offensive begins")] },
      { article: art("b"), events: [ev("2024-11-27", "day", "Insurgents launch assault")] },
      { article: art("c"), events: [ev("2024-11-27", "day", "Rebel offensive begins")] },
    ]);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ date: "2024-11-27", precision: "day", articles: ["a", "b", "c"] });
  });

  it("keeps different events of the same day apart", () => {
    const timeline = mergeTimeline([
      { article: art("a"), events: [ev("2024-12-05", "day", "Rebels take Hama")] },
      { article: art("b"), events: [ev("2024-12-05", "day", "Jets bomb bridge on highway")] },
    ]);
    expect(timeline.map((e) => e.articles)).toEqual([["b"], ["a"]]);
  });

  it("folds synonyms: seize and capture, insurgents and rebels", () => {
    const timeline = mergeTimeline([
      { article: art("a"), events: [ev("2024-12-05", "day", "Insurgents seize Hama")] },
      { article: art("b"), events: [ev("2024-12-05", "day", "Hama captured by rebels")] },
    ]);
    expect(timeline).toHaveLength(1);
  });

  it("keeps two dates of one sentence apart even when the words agree", () => {
    const quote = "Rebels took Aleppo last week and Hama on Thursday.";
    const timeline = mergeTimeline([
      {
        article: art("a"),
        events: [
          { ...ev("2024-11-25", "week", "Rebels take Aleppo and Hama"), quote },
          { ...ev("2024-11-28", "day", "Rebels take Aleppo and Hama"), quote },
        ],
      },
    ]);
    expect(timeline).toHaveLength(2);
  });

  it("does not merge the same words on dates that disagree", () => {
    const timeline = mergeTimeline([
      { article: art("a"), events: [ev("2024-12-01", "day", "Rebels take town")] },
      { article: art("b"), events: [ev("2024-12-05", "day", "Rebels take town")] },
    ]);
    expect(timeline).toHaveLength(2);
  });

  it("sorts oldest first, a year before a day of that year, and keeps background", () => {
    const timeline = mergeTimeline([
      {
        article: art("a"),
        events: [
          ev("2024-12-05", "day", "Hama falls"),
          ev("2011-03-15", "day", "Protests begin in Deraa", true),
          ev("2011-01-01", "year", "Uprising begins", true),
        ],
      },
    ]);
    expect(timeline.map((e) => [e.date, e.precision, !!e.background])).toEqual([
      ["2011-01-01", "year", true],
      ["2011-03-15", "day", true],
      ["2024-12-05", "day", false],
    ]);
  });

  it("lists an article once, however many of its events or items report the event", () => {
    const taken = ev("2024-12-05", "day", "Rebels take Hama");
    const again = { ...taken, quote: "Hama fell to the rebels", paragraph: 2 };
    const timeline = mergeTimeline([
      { article: art("a"), events: [taken, again] },
      { article: art("b"), events: [taken] },
      { article: art("a"), events: [taken] },
      { article: art("c"), events: [] },
      { article: art("b"), events: [again] },
    ]);
    expect(timeline.map((e) => e.articles)).toEqual([["a", "b"]]);
  });

  it("every input article is listed somewhere and the order holds", () => {
    const precision = fc.constantFrom<DatePrecision>("day", "week", "month", "year");
    const date = fc
      .date({
        min: new Date("2000-01-01T00:00:00Z"),
        max: new Date("2030-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const words = fc.array(
      fc.constantFrom("rebels", "take", "Hama", "jets", "bomb", "bridge", "talks", "open"),
      {
        maxLength: 5,
      },
    );
    const event = fc
      .record({ date, precision, words })
      .map((r) => ev(r.date, r.precision, r.words.join(" ")));
    fc.assert(
      fc.property(fc.array(fc.array(event, { maxLength: 5 }), { maxLength: 6 }), (lists) => {
        const items = lists.map((events, i) => ({ article: art(`a${i}`), events }));
        const timeline = mergeTimeline(items);
        for (const item of items) {
          if (item.events.length)
            expect(timeline.some((e) => e.articles.includes(item.article.id))).toBe(true);
        }
        for (let i = 1; i < timeline.length; i++) {
          expect((timeline[i - 1]?.date ?? "") <= (timeline[i]?.date ?? "")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
