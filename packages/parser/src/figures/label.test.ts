import { describe, expect, it } from "vitest";
import { figuresOfSentence } from "./extract.ts";

const figs = (s: string) => figuresOfSentence(s, 0, "2025-03-10");
const labelOf = (s: string, value: number) => {
  const f = figs(s).find((x) => x.value === value);
  expect(f, s).toBeDefined();
  return f?.label;
};

describe("distance labels say what is measured", () => {
  it.each([
    ["The convoy turned back toward Kherson, only 38 kilometres away.", 38, "km from Kherson"],
    ["Militia fighters are now just four miles away from Sittwe.", 4, "mi from Sittwe"],
    ["The camp sits 12 km from the border crossing.", 12, "km from the border crossing"],
    ["The village lies about 15 miles east of Kismayo.", 15, "mi east of Kismayo"],
    ["The airbase, some 70 km to the south, was struck twice.", 70, "km to the south"],
    ["The tremor struck at a depth of 35 km under the sea.", 35, "depth"],
    ["Government troops pushed 8 kilometres past the river overnight.", 8, "km pushed"],
  ])("%s", (s, value, label) => {
    expect(labelOf(s, value)).toBe(label);
  });

  it("keeps the noun of a compound: a 15-km exclusion zone", () => {
    expect(labelOf("Both sides agreed on a 15-km exclusion zone along the frontier.", 15)).toBe(
      "exclusion zone along the frontier",
    );
  });
});

describe("label phrases are not cut mid-way", () => {
  it("drops a range cut before its second end", () => {
    // a long phrase leaves no room for "and …": the range goes, the place stays
    expect(
      labelOf(
        "Rights monitors counted 2,300 people killed in cartel violence between March 2023 and May 2024.",
        2300,
      ),
    ).toBe("killed in cartel violence");
  });
  it("keeps a whole range", () => {
    expect(labelOf("At least 640 people were killed in Darfur between March and May.", 640)).toBe(
      "killed in Darfur between March and May",
    );
  });
  it("does not end on a noun that wanted its complement", () => {
    expect(labelOf("About 18,000 people have fled into Chad since the beginning of the month.", 18000)).toBe(
      "refugees into Chad",
    );
  });
  it("near miss: a phrase that ends before 'of' on its own is kept", () => {
    expect(labelOf("About 18,000 people have fled into Chad since Monday.", 18000)).toBe(
      "refugees into Chad since Monday",
    );
  });
  it("reads through a short aside in brackets", () => {
    expect(
      labelOf("Since the Arakan Army (AA) seized the port, more than 9,000 people have fled.", 9000),
    ).toBe("displaced since the Arakan Army (AA) seized the port");
  });
  it("does not take the place of an earlier figure's clause across 'and'", () => {
    expect(labelOf("Gunmen killed 40 villagers in Benue state and abducted 120 farmers.", 120)).not.toContain(
      "Benue",
    );
    // near miss: with no figure before it, an opening phrase still places the figure
    expect(labelOf("In Benue and Plateau states, 120 farmers were abducted.", 120)).not.toBe("farmers");
  });
});

describe("causes and purposes read as captions", () => {
  it("says killed in the fighting, not from it", () => {
    expect(labelOf("The toll from the clashes has passed 310, medics said.", 310)).toBe(
      "killed in the clashes",
    );
    expect(labelOf("At least 75 people were killed from the powerful blast at the depot.", 75)).toBe(
      "killed in the powerful blast",
    );
  });
  it("near miss: from a place stays from", () => {
    expect(labelOf("Some 52,000 people were displaced from Kharkiv last month.", 52000)).toBe(
      "displaced from Kharkiv last month",
    );
  });
  it("never shows a lone preposition", () => {
    const label = labelOf("The stocks can feed about 45,000 people for two weeks.", 45000);
    expect(label).not.toBe("for");
  });
  it("names a purpose or a group", () => {
    expect(labelOf("The appeal aims to reach 2.1 million people.", 2.1e6)).toBe("people to reach");
    // near miss: a place phrase still comes first
    expect(labelOf("The appeal aims to reach 2.1 million people across the south.", 2.1e6)).toBe(
      "across the south",
    );
    expect(labelOf("Japan dispatched a medical team of 45 people to the island.", 45)).toBe("medical team");
  });
  it("near miss: a predicate still wins", () => {
    expect(labelOf("Police said 600 people were arrested at the rally.", 600)).toBe("arrested at the rally");
  });
});

describe("duration labels name what lasted", () => {
  it.each([
    ["Rebels lifted a 14-month blockade of the city on Sunday.", 14, "length of the blockade"],
    ["Both sides accepted a 72-hour humanitarian pause this week.", 72, "length of the humanitarian pause"],
    ["Parties signed a 30-day local ceasefire in the east.", 30, "length of the local ceasefire"],
  ])("%s", (s, value, label) => {
    expect(labelOf(s, value)).toBe(label);
  });
  it("near miss: no compound, no noun taken", () => {
    expect(labelOf("The siege of the city has lasted for 14 months.", 14)).toBe("length of the siege");
  });
});

describe("parts", () => {
  it("marks a part of a whole of its kind, not a lone count", async () => {
    const { isPart } = await import("./extract.ts");
    const f = figs("Some 430 people have been killed, 95 of them children, the ministry said.");
    expect(f.map((x) => [x.value, isPart(x)])).toEqual([
      [430, false],
      [95, true],
    ]);
    expect(f[0]?.label).toContain("95 of them children");
    const g = figs("At least 95 children have been killed in the strikes.");
    expect(g.map((x) => isPart(x))).toEqual([false]);
  });
  it("marks a part that comes before its whole", async () => {
    const { isPart } = await import("./extract.ts");
    const f = figs("Sixty aid workers were among the 410 people killed in the offensive.");
    const part = f.find((x) => x.value === 60);
    if (part) expect(isPart(part)).toBe(true);
    expect(isPart(f.find((x) => x.value === 410) as NonNullable<(typeof f)[0]>)).toBe(false);
  });
});
