import { describe, expect, it } from "vitest";
import type { Article, ArticleFigure, FigureKind } from "../types.ts";
import { extractFigures } from "./extract.ts";
import { mergeFigures } from "./merge.ts";

const art = (id: string, published: string | null, paragraphs: string[] = []): Article => ({
  id,
  title: id,
  source: null,
  url: null,
  published,
  paragraphs,
});

const fig = (value: number, kind: FigureKind, extra: Partial<ArticleFigure> = {}): ArticleFigure => ({
  value,
  unit: "people",
  kind,
  label: kind,
  quote: `${value} ${kind}`,
  paragraph: 0,
  ...extra,
});

describe("mergeFigures", () => {
  it("lists every article that reports the same fact once", () => {
    const out = mergeFigures([
      { article: art("a", "2024-12-06"), figures: [fig(280000, "displaced")] },
      {
        article: art("b", "2024-12-07"),
        figures: [fig(280000, "displaced", { label: "displaced in the north" })],
      },
      { article: art("c", "2024-12-07"), figures: [fig(281000, "displaced")] },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]?.articles).toEqual(["a", "b", "c"]);
    expect(out[0]?.otherValues).toEqual([281000]);
  });

  it("keeps different kinds with the same value apart", () => {
    const out = mergeFigures([
      { article: art("a", null), figures: [fig(500, "killed")] },
      { article: art("b", null), figures: [fig(500, "injured")] },
    ]);
    expect(out).toHaveLength(2);
  });

  it("keeps both conflicting values, the higher one leading and the other not key", () => {
    const out = mergeFigures([
      { article: art("a", "2024-12-06"), figures: [fig(800, "killed")] },
      { article: art("b", "2024-12-06"), figures: [fig(820, "killed")] },
    ]);
    expect(out).toHaveLength(2);
    const hi = out.find((f) => f.value === 820);
    const lo = out.find((f) => f.value === 800);
    expect(hi?.key).toBe(true);
    expect(hi?.articles).toEqual(["b"]);
    expect(hi?.label).toContain("other reports: 800");
    expect(hi?.otherValues).toEqual([800]);
    expect(lo?.key).toBe(false);
    expect(lo?.articles).toEqual(["a"]);
  });

  it("does not see a conflict between a toll and a much larger history", () => {
    const out = mergeFigures([
      {
        article: art("a", "2024-12-06"),
        figures: [fig(820, "killed"), fig(500000, "killed", { background: true })],
      },
    ]);
    expect(out.every((f) => f.otherValues === undefined)).toBe(true);
  });

  it("chooses four to six key figures, human cost first", () => {
    const out = mergeFigures([
      {
        article: art("a", "2024-12-06"),
        figures: [
          fig(13, "duration", { unit: "years" }),
          fig(40, "distance", { unit: "km", label: "from the city" }),
          fig(1400000, "population", { label: "population of Homs" }),
          fig(820, "killed"),
          fig(280000, "displaced"),
          fig(300, "injured"),
          fig(5000, "troops", { unit: "troops" }),
          fig(12, "other", { unit: "villages" }),
        ],
      },
    ]);
    const key = out.filter((f) => f.key);
    expect(key.length).toBeGreaterThanOrEqual(4);
    expect(key.length).toBeLessThanOrEqual(6);
    expect(key.slice(0, 3).map((f) => f.kind)).toEqual(["killed", "displaced", "injured"]);
    expect(key.some((f) => f.kind === "duration" || f.kind === "other")).toBe(false);
  });

  it("prefers today's news to background history for key figures", () => {
    const out = mergeFigures([
      {
        article: art("a", "2024-12-06"),
        figures: [
          fig(500000, "killed", { background: true }),
          fig(820, "killed"),
          fig(280000, "displaced"),
          fig(1400000, "population"),
          fig(46, "distance", { unit: "km" }),
        ],
      },
    ]);
    expect(out.find((f) => f.value === 500000)?.key).toBe(false);
    expect(out.find((f) => f.value === 820)?.key).toBe(true);
  });

  it("uses history as a key figure when nothing else is there", () => {
    const out = mergeFigures([
      { article: art("a", "2024-12-06"), figures: [fig(500000, "killed", { background: true })] },
    ]);
    expect(out[0]?.key).toBe(true);
  });

  it("prefers corroborated figures", () => {
    const out = mergeFigures([
      {
        article: art("a", "2024-12-06"),
        figures: [
          fig(30, "distance", { unit: "km" }),
          fig(9, "distance", { unit: "km" }),
          fig(820, "killed"),
          fig(280000, "displaced"),
          fig(300, "injured"),
          fig(2000, "refugees"),
        ],
      },
      { article: art("b", "2024-12-06"), figures: [fig(9, "distance", { unit: "km" })] },
    ]);
    expect(out.find((f) => f.value === 9)?.key).toBe(true);
    expect(out.find((f) => f.value === 30)?.key).toBe(false);
  });

  it("lists an article that tells the number without saying what it counts on the known figure", () => {
    for (const order of [0, 1]) {
      const items = [
        { article: art("a", "2024-12-06"), figures: [fig(280000, "displaced")] },
        { article: art("b", "2024-12-06"), figures: [fig(280000, "other")] },
      ];
      if (order) items.reverse();
      const out = mergeFigures(items);
      expect(out).toHaveLength(1);
      expect(out[0]?.kind).toBe("displaced");
      expect([...(out[0]?.articles ?? [])].sort()).toEqual(["a", "b"]);
    }
  });

  it("survives empty and odd input", () => {
    expect(mergeFigures([])).toEqual([]);
    expect(mergeFigures([{ article: art("a", "not a date"), figures: [fig(Number.NaN, "other")] }])).toEqual(
      [],
    );
  });

  it("merges what the extractor finds in two reports of the same day", () => {
    const a = art("a", "2024-12-06", ["The UN says about 280,000 people have been displaced in the north."]);
    const b = art("b", "2024-12-07", [
      "Roughly 280,000 people are now displaced, aid groups said.",
      "The death toll passed 900 on Saturday.",
    ]);
    const out = mergeFigures([
      { article: a, figures: extractFigures(a) },
      { article: b, figures: extractFigures(b) },
    ]);
    const displaced = out.find((f) => f.kind === "displaced");
    expect(displaced?.articles).toEqual(["a", "b"]);
    expect(out.find((f) => f.kind === "killed")?.articles).toEqual(["b"]);
  });
});

describe("mergeFigures: parts and lower counts are not key", () => {
  const paper = (id: string, paragraphs: string[]) => ({
    article: art(id, "2025-03-10", paragraphs),
    figures: extractFigures(art(id, "2025-03-10", paragraphs)),
  });

  it("keeps the whole as key and the part out of the boxes", () => {
    const out = mergeFigures([
      paper("a", [
        "At least 640 people have been killed in the offensive, including 150 children, medics said.",
        "About 90,000 people have fled the district.",
      ]),
    ]);
    const whole = out.find((f) => f.value === 640);
    const part = out.find((f) => f.value === 150);
    expect(whole?.key).toBe(true);
    expect(whole?.label).toContain("150 of them children");
    expect(part?.key).toBe(false);
  });

  it("near miss: the same count told on its own elsewhere may be key", () => {
    const out = mergeFigures([
      paper("a", ["At least 640 people have been killed in the offensive, including 150 children."]),
      paper("b", ["At least 150 children have been killed in the offensive, UNICEF said."]),
    ]);
    expect(out.find((f) => f.value === 150)?.key).toBe(true);
  });

  it("does not box an earlier, lower count of a toll its own article updates", () => {
    const out = mergeFigures([
      paper("a", [
        "The health ministry said 412 people had been killed in the floods.",
        "A count released on Monday had put the toll at 350.",
      ]),
    ]);
    expect(out.find((f) => f.value === 412)?.key).toBe(true);
    expect(out.find((f) => f.value === 350)?.key).toBe(false);
  });

  it("near miss: far-apart tolls in one article stay key", () => {
    const out = mergeFigures([
      paper("a", ["The ministry said 412 people had been killed in the floods and 120 in the landslides."]),
    ]);
    expect(out.filter((f) => f.kind === "killed").every((f) => f.key)).toBe(true);
  });

  it("does not merge a depth with a distance from a place", () => {
    const out = mergeFigures([
      paper("a", ["The quake struck at a depth of 10 km."]),
      paper("b", ["Troops are now 10 km from Bakhmut."]),
    ]);
    expect(out.filter((f) => f.kind === "distance")).toHaveLength(2);
  });

  it("near miss: the same distance with and without its place is one figure", () => {
    const out = mergeFigures([
      paper("a", ["The camp, about 45 km to the north, is full."]),
      paper("b", ["The camp lies 45 km north of Gao."]),
    ]);
    expect(out.filter((f) => f.kind === "distance")).toHaveLength(1);
  });
});
