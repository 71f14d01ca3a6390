import type { DigestFigure, TimelineEntry } from "@briefing/parser";
import { describe, expect, it } from "vitest";
import { bare, noFigures, oneTheme, sampleDigest, withMarkup } from "../../fixtures/digests.ts";
import { buildModel, figureView, MAX_EVENTS, MIN_EVENTS, pickEvents } from "./model.ts";

const event = (date: string, background = false): TimelineEntry => ({
  date,
  precision: "day",
  event: `event ${date}${background ? " (history)" : ""}`,
  articles: [],
  ...(background ? { background } : {}),
});

const figure = (over: Partial<DigestFigure>): DigestFigure => ({
  value: 820,
  unit: "people",
  kind: "killed",
  label: "killed",
  quote: "",
  key: true,
  articles: ["a", "b"],
  ...over,
});

describe("pickEvents", () => {
  it("keeps the latest news, oldest first, and no background when the news is enough", () => {
    const timeline = [
      ...Array.from({ length: 10 }, (_, i) => event(`2024-12-${String(i + 1).padStart(2, "0")}`)),
      event("2011-03-15", true),
    ];
    const { news, background } = pickEvents(timeline);
    expect(news).toHaveLength(MAX_EVENTS);
    expect(news.map((e) => e.date)).toEqual([
      "2024-12-04",
      "2024-12-05",
      "2024-12-06",
      "2024-12-07",
      "2024-12-08",
      "2024-12-09",
      "2024-12-10",
    ]);
    expect(background).toEqual([]);
  });

  it("shows at most three events a day, the best corroborated, so earlier days keep their place", () => {
    const busy = (n: number, articles: string[]): TimelineEntry => ({
      ...event("2024-12-06"),
      event: `busy day event ${n}`,
      articles,
    });
    const timeline = [
      event("2024-11-27"),
      { ...event("2024-12-05"), event: "city falls", articles: ["a"] },
      busy(1, ["a"]),
      busy(2, ["a", "b", "c"]),
      busy(3, []),
      busy(4, ["b", "c"]),
      busy(5, ["d"]),
    ];
    const { news } = pickEvents(timeline);
    expect(news.map((e) => e.event)).toEqual([
      "event 2024-11-27",
      "city falls",
      "busy day event 2",
      "busy day event 4",
      "busy day event 1",
    ]);
  });

  it("fills up to the minimum with the latest background events, shown after the news", () => {
    const timeline = [
      event("2011-03-15", true),
      event("2015-09-30", true),
      event("2020-03-05", true),
      event("2024-12-05"),
      event("2024-12-06"),
      event("2016-12-22", true),
    ];
    const { news, background } = pickEvents(timeline);
    expect(news.map((e) => e.date)).toEqual(["2024-12-05", "2024-12-06"]);
    expect(background.map((e) => e.date)).toEqual(["2015-09-30", "2016-12-22", "2020-03-05"]);
    expect(news.length + background.length).toBe(MIN_EVENTS);
    const model = buildModel({ ...sampleDigest(), timeline }, { tz: "UTC" });
    expect(model.timeline.map((e) => e.background)).toEqual([false, false, true, true, true]);
    expect(model.timeline[2]?.date).toBe("30 Sep 2015");
  });
});

describe("figureView", () => {
  it("shows a conflicting toll as a range and says the reports differ", () => {
    const view = figureView(figure({ value: 820, otherValues: [800] }));
    expect(view.text).toBe("800–820");
    expect(view.conflict).toBe("Reports differ: 800, 820");
    expect(view.sourcesLine).toBe("Reported by 2 sources");
  });

  it("shows a stated range without calling it a conflict", () => {
    const view = figureView(
      figure({ value: 1_200_000, valueMax: 1_400_000, unit: "people", label: "displaced" }),
    );
    expect(view.text).toBe("1.2–1.4 million");
    expect(view.conflict).toBeNull();
  });

  it("does not say the unit twice when the label opens with it", () => {
    expect(figureView(figure({ value: 46, unit: "km", label: "km from the capital" }))).toMatchObject({
      text: "46 km",
      label: "from the capital",
    });
    // Only a whole word: "kmh" or a label that merely contains the unit stays as it is.
    expect(figureView(figure({ value: 46, unit: "km", label: "kms of front line" })).label).toBe(
      "kms of front line",
    );
    expect(figureView(figure({ value: 3, unit: "km", label: "km" })).label).toBe("km");
  });

  it("prints units that are not head counts and currency as a prefix", () => {
    expect(figureView(figure({ value: 5, unit: "km", qualifier: "about" }))).toMatchObject({
      text: "5 km",
      qualifier: "about",
    });
    expect(figureView(figure({ value: 1_500_000, unit: "USD", articles: ["a"] }))).toMatchObject({
      text: "$1.5 million",
      sourcesLine: "Reported by 1 source",
    });
  });
});

describe("buildModel", () => {
  it("leaves out what has nothing to say", () => {
    expect(buildModel(noFigures()).figures).toEqual([]);
    expect(buildModel(oneTheme()).sections.map((s) => s.theme)).toEqual(["humanitarian"]);
    const empty = buildModel(bare());
    expect([empty.summary, empty.figures, empty.timeline, empty.sections, empty.sources]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(empty.preheader).toBe("Daily briefing");
  });

  it("links only http(s) articles and names sources without one", () => {
    const model = buildModel(withMarkup());
    const evil = model.sources.find((s) => s.title.startsWith("Title"));
    expect(evil?.url).toBeNull();
    expect(model.sources.every((s) => s.url === null || /^https?:\/\//.test(s.url))).toBe(true);
  });

  it("derives the footer links from publicUrl, or the environment, and takes explicit ones verbatim", () => {
    const digest = sampleDigest();
    expect(buildModel(digest, { publicUrl: "https://b.example.org/" })).toMatchObject({
      unsubscribeUrl: "https://b.example.org/unsubscribe",
      viewInBrowserUrl: "https://b.example.org/briefing-2024-12-07.html",
    });
    expect(buildModel(digest, { publicUrl: null })).toMatchObject({
      unsubscribeUrl: null,
      viewInBrowserUrl: null,
    });
    // The environment is the command line's to read (apps/digest config), never the template's.
    expect(buildModel(digest).viewInBrowserUrl).toBeNull();
    const token = "https://example.invalid/u/__TOKEN__";
    expect(buildModel(digest, { unsubscribeUrl: token, publicUrl: null }).unsubscribeUrl).toBe(token);
  });
});
