import type { DigestArticle, DigestFigure, SectionItem, Theme } from "@briefing/parser";
import { describe, expect, it } from "vitest";
import { asTopLine, buildSubject, buildSummary, formatSubjectDate, shortenHeadline } from "./build.ts";

const item = (text: string, articles = ["a"]): SectionItem => ({ text, articles });
const sections: Record<Theme, SectionItem[]> = {
  military: [
    item("Rebels captured the city of Marvel on Sunday after three days of street fighting."),
    item("Artillery hit the northern suburbs overnight."),
  ],
  humanitarian: [
    item("Aid agencies say shelters are full."),
    item("Some 30,000 people have fled Marvel since Friday, the UN refugee agency said.", ["a", "b"]),
  ],
  diplomatic: [
    item("Meanwhile, the foreign ministers of Egypt and Jordan called for an immediate ceasefire."),
  ],
};
const figure = (over: Partial<DigestFigure>): DigestFigure => ({
  value: 30000,
  unit: "people",
  kind: "displaced",
  label: "displaced",
  quote: "",
  key: true,
  articles: ["a"],
  ...over,
});
const articles: DigestArticle[] = [
  { id: "a", title: "Rebels take Marvel", source: null, url: null, published: "2025-03-10", paragraphs: [] },
];

describe("buildSummary", () => {
  const lines = buildSummary({ articles, sections, figures: [figure({})], timeline: [] });

  it("gives 2 to 4 full sentences", () => {
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(4);
    for (const l of lines) expect(l).toMatch(/^[A-Z0-9"“].*[.!?]["”]?$/);
  });

  it("covers the main development, the human cost and the diplomatic angle", () => {
    expect(lines[0]).toContain("captured the city of Marvel");
    expect(lines[1]).toContain("30,000");
    expect(lines[2]).toMatch(/^The foreign ministers/);
  });

  it("falls back on a figure when no humanitarian sentence can stand", () => {
    const out = buildSummary({
      articles,
      sections: { military: sections.military, humanitarian: [], diplomatic: [] },
      figures: [figure({ kind: "killed", value: 820, qualifier: "more than" })],
      timeline: [],
    });
    expect(out).toContain("Reports put the number of people killed at more than 820.");
  });

  it("still gives two sentences with nothing to say", () => {
    const out = buildSummary({
      articles: [],
      sections: { military: [], humanitarian: [], diplomatic: [] },
      figures: [],
      timeline: [],
    });
    expect(out).toHaveLength(2);
    for (const l of out) expect(l).toMatch(/\.$/);
  });

  it("does not repeat a statement", () => {
    const dup = {
      ...sections,
      diplomatic: [item("Rebels captured the city of Marvel on Sunday after three days of fighting.")],
    };
    const out = buildSummary({ articles, sections: dup, figures: [], timeline: [] });
    expect(out.filter((l) => l.includes("Marvel on Sunday"))).toHaveLength(1);
  });
});

describe("asTopLine", () => {
  it("drops a leading connective and ends the sentence", () => {
    expect(asTopLine("However, the talks resumed in Geneva")).toBe("The talks resumed in Geneva.");
    expect(asTopLine("Too short.")).toBeNull();
  });
});

describe("buildSubject", () => {
  it("names the date and the latest event", () => {
    const subject = buildSubject({
      date: "2024-12-07",
      articles,
      sections,
      figures: [],
      timeline: [
        { date: "2024-11-27", precision: "day", event: "Offensive begins", articles: ["a"] },
        { date: "2024-12-05", precision: "day", event: "Rebels take Hama", articles: ["a"] },
        { date: "2011-03-15", precision: "day", event: "Uprising starts", articles: ["a"], background: true },
      ],
    });
    expect(subject).toBe("Daily briefing, 7 Dec 2024: Rebels take Hama");
  });

  it("falls back on a headline, then on the date alone", () => {
    expect(buildSubject({ date: "2025-03-10", articles, sections, figures: [], timeline: [] })).toBe(
      "Daily briefing, 10 Mar 2025: Rebels take Marvel",
    );
    expect(buildSubject({ date: "2025-03-10" })).toBe("Daily briefing, 10 Mar 2025");
  });

  it("keeps the subject short", () => {
    const long =
      "Escalating conflict: insurgent forces approach the city as displacement intensifies across the whole region";
    const s = buildSubject({
      date: "2025-03-10",
      articles: [{ ...articles[0], title: long } as DigestArticle],
      sections,
      figures: [],
      timeline: [],
    });
    expect(s.length).toBeLessThanOrEqual(90);
  });
});

describe("formatting helpers", () => {
  it("formats the date without time zone shifts", () => {
    expect(formatSubjectDate("2024-01-01")).toBe("1 Jan 2024");
  });

  it("shortens at a natural break", () => {
    expect(shortenHeadline("Rebels close in on the city of Homs")).toBe(
      "Rebels close in on the city of Homs",
    );
    expect(
      shortenHeadline(
        "Escalating Conflict: Insurgent Forces Approach Homs as Displacement Intensifies Everywhere",
      ),
    ).toBe("Insurgent Forces Approach Homs");
  });
});
