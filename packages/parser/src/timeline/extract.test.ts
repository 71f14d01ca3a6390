import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../types.ts";
import { findDates, publicationNoon } from "./dates.ts";
import { extractEvents } from "./extract.ts";
import { eventPhrase } from "./phrase.ts";

const PUB = new Date("2024-12-06T12:00:00Z"); // a Friday
const article = (...paragraphs: string[]): Article => ({
  id: "a",
  title: "t",
  source: null,
  url: null,
  published: "2024-12-06",
  paragraphs,
});
const events = (text: string, pub = PUB) => extractEvents(article(text), pub);
const phrase = (text: string) => events(text).map((e) => e.event);

describe("event phrases", () => {
  it.each([
    [
      "On Tuesday, government jets bombed a fuel depot outside the city, officials said.",
      "Government jets bomb fuel depot",
    ],
    ["The militia, which seized the airport on Sunday, now controls the coast.", "Militia seizes airport"],
    ["Rebels took the port town on Thursday.", "Rebels take port town"],
    ["The northern town fell to the insurgents on Thursday.", "Northern town falls to insurgents"],
    ["Since the offensive began last week, dozens of villages have emptied.", "Offensive begins"],
    [
      "The ministry said on Wednesday that 60 soldiers had been wounded.",
      "Ministry says 60 soldiers wounded",
    ],
    ["At least 30 people were killed in the market on Monday.", "30 people killed in market"],
    ["Last week's capture of the dam alarmed the capital.", "Capture of dam"],
    ["The blockade, ongoing for the past six days, has emptied the shops.", "Blockade begins"],
    ["The pact, signed in 2016, collapsed in the spring.", "Pact signed"],
    ["The protests that erupted in 2019 were crushed within weeks.", "Protests erupt"],
    ["Militiamen crossed the river overnight and attacked two villages.", "Militiamen cross river"],
    [
      "The army withdrew from the hills last month and shelled the valley on Tuesday.",
      "Army withdraws from hills",
    ],
    ["Two days ago the governor fled to the coast.", "Governor flees to coast"],
    ["On Monday, Deputy Foreign Minister of Peru Ana Torres visited the camp.", "Ana Torres visits camp"],
    [
      "Water supplies have been cut since 9 November, when the pumping station was hit.",
      "Water supplies cut",
    ],
    ["The old bridge reopened quietly last week for pedestrians.", "Old bridge reopens for pedestrians"],
    ["A truce that began on 24 November lasted a week.", "Truce begins"],
    ["At least nine guards were reported killed in the raid on Sunday.", "Nine guards killed in raid"],
    ["Hamas seized the crossing on Monday.", "Hamas seizes crossing"],
    ["Houthis fired two missiles on Monday.", "Houthis fire two missiles"],
    ["Queues formed outside bakeries on Thursday.", "Queues form outside bakeries"],
    ["Officials say Tuesday's blast killed 14 workers.", "Blast kills 14 workers"],
    ["Families are sheltering in schools since Monday.", "Families shelter in schools"],
    ["Fighters led by a former commander stormed the depot on Sunday.", "Fighters storm depot"],
    [
      "At least 40 people have been killed since the siege began on 1 November, the ministry said on Thursday.",
      "Siege begins",
    ],
    ["The border post, shut since last month, reopened on Sunday.", "Border post shut"],
  ])("%s", (text, want) => {
    expect(phrase(text)[0]).toBe(want);
  });

  it("keeps phrases short", () => {
    const [e] = events(
      "On Monday the coalition of northern and southern armed groups that had long opposed the central government announced a sweeping new campaign against smugglers operating along the desert border.",
    );
    expect(e?.event.split(" ").length).toBeLessThanOrEqual(8);
  });

  it("leaves the other date of a range out of the phrase", () => {
    expect(phrase("Shelling continued from Monday to Wednesday around the port.")).toEqual([
      "Shelling continues around port",
      "Shelling continues around port",
    ]);
  });

  it("gives the second clause its own subject", () => {
    const list = events("The army withdrew from the hills last month and shelled the valley on Tuesday.");
    expect(list.map((e) => [e.date, e.event])).toEqual([
      ["2024-11-01", "Army withdraws from hills"],
      ["2024-12-03", "Army shells valley"],
    ]);
  });
});

describe("what is not an event date", () => {
  it.each([
    "Ministers will meet in Geneva on Monday.",
    "The council is expected to vote on Thursday.",
    "If the dam breaks on Friday, the valley floods.",
    "This is the heaviest shelling since 2016.",
    "Residents say they have not seen water since October.",
    "The war has gone on for 13 years.",
    "Aid may arrive in the coming days.",
    "The country today is divided.",
    "Talks are set to resume next week.",
    "A march is planned in the capital for Saturday.",
    "Bread costs twice as much as last year.",
    "Arrivals rose to 3,000, up from 1,200 last month.",
    "The Sunday Times published the letter.",
    "The deal must be signed by Sunday.",
    "On Friday, the council will vote on the resolution.",
    "Ministers are to meet on Thursday.",
    "The assembly meets on Friday to elect a speaker.",
    // The future form after the date, and a schedule read on both sides of it.
    "The vote on Friday is expected to pass.",
    "The talks on Monday won't include the rebels.",
    "The envoy on Tuesday visits the camps.",
    "Tonight the ministers gather in Doha.",
  ])("%s", (text) => {
    expect(events(text)).toEqual([]);
  });

  it("reads the words before and after the date as one clause", () => {
    // "said" before the date makes the future form after it part of a report.
    expect(events("The minister said on Friday the army would withdraw.")).toHaveLength(1);
    // A past verb after the date: "today" dates an event.
    expect(events("Today the ministers signed the accord.")).toHaveLength(1);
    // A past form after the date: no schedule.
    expect(events("The envoy on Tuesday visited the camps.")).toHaveLength(1);
  });

  it("keeps a deadline that has passed", () => {
    const [e] = events("By Wednesday evening, 40 lorries had crossed the border.");
    expect(e?.date).toBe("2024-12-04");
  });

  it("keeps a past statement about the future", () => {
    const [e] = events("The ministry announced on Monday that schools would reopen.");
    expect(e?.date).toBe("2024-12-02");
  });
});

describe("extractEvents", () => {
  it("records quote, paragraph and precision", () => {
    const list = extractEvents(article("No dates here.", "Rebels entered the town on Thursday."), PUB);
    expect(list).toEqual([
      {
        date: "2024-12-05",
        precision: "day",
        event: "Rebels enter town",
        quote: "Rebels entered the town on Thursday.",
        paragraph: 1,
      },
    ]);
  });

  it("marks history as background", () => {
    const list = events(
      "The uprising began in 2011. The town fell last week. A truce was agreed in May 2022.",
    );
    expect(list.map((e) => [e.date, !!e.background])).toEqual([
      ["2011-01-01", true],
      ["2024-11-25", false],
      ["2022-05-01", true],
    ]);
  });

  it("reports one event repeated in the same words once", () => {
    const list = extractEvents(
      article("Rebels took the port on Thursday.", "Rebels took the port on Thursday."),
      PUB,
    );
    expect(list).toHaveLength(1);
  });

  it("drops a wire dateline", () => {
    const list = events("ADEN, Dec 6 (Reuters) - Separatists seized the port on Thursday.");
    expect(list.map((e) => [e.date, e.event])).toEqual([["2024-12-05", "Separatists seize port"]]);
  });

  it("reads a run-on text full of dates around each one", () => {
    const list = events("Rebels took a village on Thursday and ".repeat(2000));
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.date === "2024-12-05")).toBe(true);
  });

  it("returns nothing for an unusable publication date", () => {
    expect(extractEvents(article("Rebels took the port on Thursday."), new Date("x"))).toEqual([]);
  });
});

describe("properties", () => {
  const pieces = [
    "on Thursday",
    "last week",
    "in 2011",
    "since March",
    "about ten days ago",
    "for the past nine days",
    "5 December",
    "Dec. 31, 2024",
    "yesterday",
    "earlier this month",
    "next week",
    "29 February",
    "Rebels took",
    "the town",
    ",",
    ".",
    "which",
    "'s",
    "(AP) —",
    "\n\n",
  ];
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(" ")),
  );
  const day = fc.date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  });

  it("event phrases never throw and stay within eight words", () => {
    const pub = publicationNoon(PUB) as Date;
    fc.assert(
      fc.property(text, (sentence) => {
        const mentions = findDates(sentence, pub);
        for (const m of mentions) {
          const phrase = eventPhrase(
            sentence,
            m,
            mentions.filter((o) => o !== m),
          );
          expect(phrase.split(" ").filter(Boolean).length).toBeLessThanOrEqual(8);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("never throws; every date is a real day, not after publication", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), day, (paragraphs, pub) => {
        const list = extractEvents(article(...paragraphs), pub);
        const limit = pub.toISOString().slice(0, 10);
        for (const e of list) {
          expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${e.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.date);
          expect(e.date <= limit).toBe(true);
          expect(["day", "week", "month", "year"]).toContain(e.precision);
          expect(typeof e.event).toBe("string");
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe("a date that bounds a count or a period is no event", () => {
  it.each([
    // The start of a period in a noun phrase with no verb of its own.
    "That is a rise of 15 per cent since October.",
    "These are the main events of the past three days:",
    "Here is a summary of the fighting from the past 48 hours.",
    // A recent "since" that bounds a toll.
    "More than 300 people have been killed since January, the ministry said.",
    "The toll since Monday has climbed to 57.",
    "Some 12,000 people have fled the district in the past two weeks.",
    "The epidemic has claimed over 2,000 lives since March.",
    // "alone" after the date: a tally.
    "In November alone, 1,200 civilians were wounded.",
    "Aid agencies counted 40 attacks last week alone.",
    // Both ends of a window a tally is kept over.
    "Monitors recorded 2,300 ceasefire violations between 3 March and 9 October.",
    // A count of happenings within a period.
    "Rebels shelled the airport, the fourth attack on it this month.",
    "It was the second convoy looted this week.",
    "The rebels sank a tanker, the third ship they hit this month.",
  ])("%s", (text) => {
    expect(events(text)).toEqual([]);
  });

  it.each([
    // Near-misses that stay events.
    ["Schools have been closed since Monday.", ["2024-12-02"]],
    ["Rebels have held the town since Monday.", ["2024-12-02"]],
    ["Since 3 November, when rebels shelled the market, 200 people have died.", ["2024-11-03"]],
    ["The war has killed over 500,000 people since 2011.", ["2011-01-01"]],
    ["The blockade, ongoing for the past six days, has emptied the shops.", ["2024-11-30"]],
    ["In November, 1,200 civilians were wounded.", ["2024-11-01"]],
    // The start of an action over a window stays; its end does not.
    ["Gunmen attacked 60 convoys from 1 September to 30 November.", ["2024-09-01"]],
    ["Talks ran from Monday to Wednesday in Doha.", ["2024-12-02", "2024-12-04"]],
    ["It is the second city captured after Aleppo fell last week.", ["2024-11-25"]],
    ["The ministry said the third convoy arrived on Tuesday.", ["2024-12-03"]],
    ["For the third time this week, jets struck the port.", ["2024-12-02"]],
  ])("%s", (text, dates) => {
    expect(events(text).map((e) => e.date)).toEqual(dates);
  });
});

describe("overnight named by another day", () => {
  it.each([
    ["Overnight into Thursday, drones struck the power plant.", ["2024-12-05"]],
    ["Drones struck the power plant overnight on Tuesday.", ["2024-12-03"]],
    ["Shells fell on the market overnight into Wednesday.", ["2024-12-04"]],
    // Near-misses: overnight alone, or another clause with its own day.
    ["Drones struck the power plant overnight.", ["2024-12-06"]],
    ["Drones struck overnight, and on Tuesday the army retaliated.", ["2024-12-06", "2024-12-03"]],
  ])("%s", (text, dates) => {
    expect(events(text).map((e) => e.date)).toEqual(dates);
  });
});

describe("datelines and time stamps are no part of the clause", () => {
  it("drops a city dateline with its own date", () => {
    const list = events(
      "LIMA/GENEVA, 3 December 2024 - The fund has released $5 million for families hit by the floods.",
    );
    expect(list.map((e) => e.date)).toEqual([]);
  });
  it("drops an agency dateline of any agency", () => {
    expect(phrase("QUITO, Dec 6 (Newswire) - Troops entered the town on Thursday, the army said.")[0]).toBe(
      "Troops enter town",
    );
  });
  it("drops a live blog's time stamp", () => {
    expect(
      phrase("10:41 GMT - Chile's foreign ministry says the toll has risen to 12, up from 9 on Wednesday."),
    ).toEqual(["Chile's foreign ministry says toll rises to 12"]);
  });
  // Near-misses: capitals that are no dateline, a clock time inside the clause.
  it("keeps a sentence opening with an acronym", () => {
    expect(phrase("UN officials said the convoy arrived on Thursday.")).toEqual([
      "UN officials say convoy arrived",
    ]);
  });
  it("keeps a clock time inside the clause", () => {
    expect(events("The truce began at 06:00 on Thursday.").map((e) => e.date)).toEqual(["2024-12-05"]);
  });
});

describe("a month ahead of publication named without a year", () => {
  // published 10 June 2025: a bare month later in the year is last year's only if a past verb says so
  const pub = new Date("2025-06-10T12:00:00Z");
  it.each([
    "Farmers are rushing to plant before the monsoon arrives in August.",
    "Engineers hope to finish the dam before the floods return in October.",
  ])("no event: %s", (s) => {
    expect(events(s, pub)).toEqual([]);
  });
  it.each([
    ["The ceasefire collapsed in November.", "2024-11-01"],
    ["Shelling in October forced thousands to flee.", "2024-10-01"],
    ["The election in September was marred by violence.", "2024-09-01"],
    ["Prices have climbed since March.", "2025-03-01"],
  ])("%s", (s, date) => {
    expect(events(s, pub).map((e) => e.date)).toContain(date);
  });
});

describe("days counted from a day named before", () => {
  it("dates 'N days earlier' from the day the paragraph named", () => {
    const got = events("The bridge collapsed on Wednesday. Engineers had flagged cracks four days earlier.");
    expect(got.map((e) => e.date)).toEqual(["2024-12-04", "2024-11-30"]);
  });
  it("dates 'N days later' from it, never after publication", () => {
    expect(
      events("Militants seized the town on 1 December. Two days later, troops retook it.").map((e) => e.date),
    ).toEqual(["2024-12-01", "2024-12-03"]);
    expect(
      events("Militants seized the town on Thursday. Five days later, troops retook it.").map((e) => e.date),
    ).toEqual(["2024-12-05"]);
  });
  it("needs a day named before it", () => {
    expect(events("Engineers had flagged cracks four days earlier.")).toEqual([]);
    expect(
      events("The bridge collapsed in November. Engineers had flagged cracks four days earlier.").map(
        (e) => e.date,
      ),
    ).toEqual(["2024-11-01"]);
  });
  it("does not date a plan", () => {
    expect(
      events("The talks opened on Monday. Two days later, the envoys will vote.").map((e) => e.date),
    ).toEqual(["2024-12-02"]);
  });
});
