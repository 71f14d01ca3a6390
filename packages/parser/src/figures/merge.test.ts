import { describe, expect, it } from "vitest";
import type { Article, ArticleFigure, FigureKind } from "../types.ts";
import { extractFigures } from "./extract.ts";
import { mergeFigures, storyNames } from "./merge.ts";

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

describe("mergeFigures: one fact, one story", () => {
  const report = (id: string, title: string, paragraphs: string[]) => {
    const article: Article = { id, title, source: null, url: null, published: "2025-03-01", paragraphs };
    return { article, figures: extractFigures(article) };
  };
  const multi = (out: ReturnType<typeof mergeFigures>) => out.filter((f) => f.articles.length > 1);

  it("merges the same toll told by two outlets on one story, in different words", () => {
    const out = mergeFigures([
      report("wire", "Rebels seize Kalemba as army pulls back", [
        "Fighters of the Northern Front took control of Kalemba on Sunday after a week of shelling, residents said.",
        "About 3,000 people were killed in the fighting, a hospital official said.",
      ]),
      report("paper", "Fall of Kalemba leaves city without water", [
        "The capture of Kalemba by the Northern Front has cut the city off from its reservoirs.",
        "Some 3,000 people have been killed in the battle for the city, aid workers say.",
      ]),
    ]);
    const toll = out.find((f) => f.kind === "killed" && f.value === 3000);
    expect(toll?.articles).toEqual(["wire", "paper"]);
  });

  it("keeps the same number from two unrelated stories apart", () => {
    const out = mergeFigures([
      report("war", "Rebels seize Kalemba as army pulls back", [
        "Fighters of the Northern Front took control of Kalemba on Sunday after a week of shelling.",
        "About 3,000 people were killed in the fighting, a hospital official said.",
      ]),
      report("quake", "Quake toll rises in Port Varen as rescuers search rubble", [
        "The earthquake that struck Port Varen on Friday has flattened whole streets, officials in Solenne said.",
        "About 3,000 people were killed, the interior ministry said.",
      ]),
    ]);
    expect(multi(out)).toEqual([]);
    expect(out.filter((f) => f.kind === "killed" && f.value === 3000)).toHaveLength(2);
  });

  it("does not call two stories' tolls conflicting reports", () => {
    const out = mergeFigures([
      report("war", "Rebels seize Kalemba as army pulls back", [
        "Fighters of the Northern Front took control of Kalemba on Sunday.",
        "At least 2,000 people were killed in the fighting.",
      ]),
      report("gangs", "Gangs tighten grip on Mirabel", [
        "Armed groups attacked three districts of Mirabel overnight, police said.",
        "At least 1,700 people were killed in the violence this year.",
      ]),
    ]);
    expect(out.every((f) => f.otherValues === undefined)).toBe(true);
  });

  it("takes story names read where the article was analysed as its own", () => {
    const items = [
      report("war", "Rebels seize Kalemba as army pulls back", [
        "Fighters of the Northern Front took control of Kalemba on Sunday after a week of shelling.",
        "About 3,000 people were killed in the fighting, a hospital official said.",
      ]),
      report("quake", "Quake toll rises in Port Varen as rescuers search rubble", [
        "The earthquake that struck Port Varen on Friday has flattened whole streets, officials in Solenne said.",
        "About 3,000 people were killed, the interior ministry said.",
      ]),
      report("paper", "Fall of Kalemba leaves city without water", [
        "The capture of Kalemba by the Northern Front has cut the city off from its reservoirs.",
        "Some 3,000 people have been killed in the battle for the city, aid workers say.",
      ]),
    ];
    const given = items.map((item) => ({ ...item, storyNames: [...storyNames(item.article)] }));
    expect(mergeFigures(given)).toEqual(mergeFigures(items));
    expect(multi(mergeFigures(given)).map((f) => f.articles)).toEqual([["war", "paper"]]);
    // given names are what the merge goes by: none in common, two stories
    const apart = given.map((item, i) => ({ ...item, storyNames: [`story ${i}`] }));
    expect(multi(mergeFigures(apart))).toEqual([]);
  });

  it("near miss: one article never names the city up front, but both name the same actors", () => {
    const out = mergeFigures([
      report("a", "Rebels take Kalemba", [
        "The Northern Front, led by Ilan Voss, captured Kalemba on Sunday.",
        "About 3,000 people were killed in the fighting.",
      ]),
      report("b", "Voss vows to push south", [
        "Ilan Voss, the commander of the Northern Front, said his fighters would not stop.",
        "The offensive has killed about 3,000 people, medics said.",
      ]),
    ]);
    expect(out.find((f) => f.kind === "killed" && f.value === 3000)?.articles).toEqual(["a", "b"]);
  });

  it("near miss: a word capitalised only because it starts a sentence or a title-case title is no name", () => {
    const out = mergeFigures([
      report("war", "Survivors Flee As Rebels Take Kalemba", [
        "Survivors described shelling. The Northern Front took Kalemba on Sunday.",
        "About 3,000 people were killed in the fighting.",
      ]),
      report("quake", "Survivors Sleep In Streets Of Port Varen", [
        "Survivors slept outside. The earthquake flattened Port Varen on Friday.",
        "About 3,000 people were killed, officials said.",
      ]),
    ]);
    expect(multi(out)).toEqual([]);
  });

  it("near miss: labels naming the same place merge whatever the articles name", () => {
    const out = mergeFigures([
      {
        article: art("a", "2025-03-01", ["Ilan Voss spoke."]),
        figures: [fig(40, "killed", { label: "killed in Kalemba" })],
      },
      {
        article: art("b", "2025-03-01", ["Mara Tesh spoke."]),
        figures: [fig(40, "killed", { label: "killed in Kalemba" })],
      },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]?.articles).toEqual(["a", "b"]);
  });

  it("counts a forecast told beside a toll as a forecast of that toll", () => {
    const out = mergeFigures([
      report("quake", "Quake toll rises in Port Varen", [
        "The death toll from the earthquake in Port Varen has risen to 2,719, officials said, adding that they expected it to exceed 3,000.",
      ]),
    ]);
    expect(out.find((f) => f.value === 3000)?.kind).toBe("killed");
  });
});
