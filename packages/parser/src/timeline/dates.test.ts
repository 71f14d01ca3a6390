import { describe, expect, it } from "vitest";
import { findDates, publicationNoon } from "./dates.ts";

// Friday 6 December 2024 unless a case says otherwise.
const FRI = publicationNoon(new Date("2024-12-06T12:00:00Z")) as Date;
const one = (sentence: string, pub = FRI) => {
  const found = findDates(sentence, pub);
  return found.map((m) => `${m.date} ${m.precision}`);
};
const at = (iso: string) => publicationNoon(new Date(`${iso}T12:00:00Z`)) as Date;

describe("absolute dates", () => {
  it.each([
    ["The envoy landed on 5 December 2024.", "2024-12-05 day"],
    ["The envoy landed on December 5, 2024.", "2024-12-05 day"],
    ["The envoy landed on Dec. 5.", "2024-12-05 day"],
    ["The envoy landed on Dec 5th.", "2024-12-05 day"],
    ["The envoy landed on the 5th of December.", "2024-12-05 day"],
    ["The envoy landed on Thursday, December 5.", "2024-12-05 day"],
    ["The envoy landed on 2024-12-05.", "2024-12-05 day"],
    ["The envoy landed on 30 November.", "2024-11-30 day"],
    // without a year: the latest such day on or before publication
    ["The dam burst on 20 December.", "2023-12-20 day"],
    ["The dam burst on 6 December.", "2024-12-06 day"],
    ["Militants attacked the town on 7 October.", "2024-10-07 day"],
    ["The protest began on 29 February.", "2024-02-29 day"],
  ])("%s", (sentence, want) => {
    expect(one(sentence)).toEqual([want]);
  });

  it("keeps a given year and drops one after publication", () => {
    expect(one("The treaty was signed on 5 May 1998.")).toEqual(["1998-05-05 day"]);
    expect(one("The vote is planned for 5 May 2025.")).toEqual([]);
  });

  it("rejects impossible days", () => {
    expect(one("The report is dated 31 November.")).toEqual([]);
    expect(one("Nothing happened on February 30.")).toEqual([]);
  });

  it("resolves 29 February to the last leap year", () => {
    expect(one("They met on 29 February.", at("2025-03-10"))).toEqual(["2024-02-29 day"]);
  });
});

describe("months and years", () => {
  it.each([
    ["The siege started in October.", "2024-10-01 month"],
    ["The siege started in December.", "2024-12-01 month"],
    ["Shelling has continued since March.", "2024-03-01 month"],
    ["The port reopened in mid-October.", "2024-10-01 month"],
    ["The port reopened in late October 2023.", "2023-10-01 month"],
    ["The port reopened in October 2023.", "2023-10-01 month"],
    ["Fighting erupted in April last year.", "2023-04-01 month"],
    ["The town fell last month.", "2024-11-01 month"],
    ["Earlier this month the agency cut rations.", "2024-12-01 month"],
    ["The uprising began in 2011.", "2011-01-01 year"],
    ["The militia has held the valley since 2014.", "2014-01-01 year"],
    ["The border was closed in early 2020.", "2020-01-01 year"],
    ["Refugees returned after the 2018 ceasefire.", "2018-01-01 year"],
    ["Exports fell last year.", "2023-01-01 year"],
    ["The army recruited heavily earlier this year.", "2024-01-01 year"],
  ])("%s", (sentence, want) => {
    expect(one(sentence)).toEqual([want]);
  });

  it("a month after publication's month is last year's", () => {
    expect(one("The offensive began in November.", at("2024-03-01"))).toEqual(["2023-11-01 month"]);
  });

  it("ignores may, march and years that are counts or after publication", () => {
    expect(one("The rebels may march on the capital.")).toEqual([]);
    expect(one("The army deployed 2000 troops.")).toEqual([]);
    expect(one("The plan runs in 2030.")).toEqual([]);
    expect(one("Some 1990 people were registered in 1990s camps.")).toEqual([]);
  });
});

describe("weekdays", () => {
  it.each([
    ["Hama fell on Thursday.", "2024-12-05 day"],
    ["Officials said Thursday that the road was cut.", "2024-12-05 day"],
    ["Fighting resumed late Thursday night.", "2024-12-05 day"],
    ["The talks collapsed on Saturday.", "2024-11-30 day"],
    ["Rebels entered the suburbs on Sunday.", "2024-12-01 day"],
    // the same weekday as publication is the publication day itself
    ["Rebels entered the town on Friday.", "2024-12-06 day"],
    ["Rebels entered the town last Friday.", "2024-11-29 day"],
    ["Thursday's strike destroyed a bakery.", "2024-12-05 day"],
  ])("%s", (sentence, want) => {
    expect(one(sentence)).toEqual([want]);
  });

  it("a Monday publication: Monday is that day, Sunday the day before", () => {
    const mon = at("2024-12-02");
    expect(one("The convoy arrived on Monday.", mon)).toEqual(["2024-12-02 day"]);
    expect(one("The convoy arrived on Sunday.", mon)).toEqual(["2024-12-01 day"]);
    expect(one("The convoy arrived on Tuesday.", mon)).toEqual(["2024-11-26 day"]);
  });

  it("leaves out plans, habits and holidays", () => {
    expect(one("Ministers meet next Tuesday.")).toEqual([]);
    expect(one("The deadline is by Friday.")).toEqual([]);
    expect(one("Markets close every Friday.")).toEqual([]);
    expect(one("Crowds gathered for Good Friday.")).toEqual([]);
    expect(one("Prayers are held on Fridays.")).toEqual([]);
  });
});

describe("relative days", () => {
  it.each([
    ["The minister resigned yesterday.", "2024-12-05 day"],
    ["The minister resigned today.", "2024-12-06 day"],
    ["Shelling went on overnight.", "2024-12-06 day"],
    ["Sirens sounded last night.", "2024-12-05 day"],
    ["Gunmen stormed the office this morning.", "2024-12-06 day"],
    ["The ferry sank two days ago.", "2024-12-04 day"],
    ["The ferry sank about ten days ago.", "2024-11-26 day"],
    ["The ferry sank 3 days ago.", "2024-12-03 day"],
    ["The ferry sank a week ago.", "2024-11-29 day"],
    ["The ferry sank three weeks ago.", "2024-11-11 week"],
    ["The ferry sank six months ago.", "2024-06-01 month"],
    ["The ferry sank twelve years ago.", "2012-01-01 year"],
    ["The blockade has lasted for the past nine days.", "2024-11-27 day"],
    ["In the past 48 hours, strikes hit four clinics.", "2024-12-04 day"],
    ["Prices doubled over the last two weeks.", "2024-11-18 week"],
  ])("%s", (sentence, want) => {
    expect(one(sentence)).toEqual([want]);
  });

  it("no number, no date: durations and vague spans are not dates", () => {
    expect(one("The war has lasted for 13 years.")).toEqual([]);
    expect(one("The mood shifted over the past week.")).toEqual([]);
    expect(one("Aid could run out in the coming days.")).toEqual([]);
    expect(one("Prices rose in recent days.")).toEqual([]);
    expect(one("Both cities fell in a matter of days.")).toEqual([]);
    expect(one("The minister will speak later today.")).toEqual([]);
  });
});

describe("weeks (Monday of the ISO week)", () => {
  it.each([
    ["The rebels took the airport last week.", "2024-11-25 week"],
    ["The rebels took the airport earlier this week.", "2024-12-02 week"],
    ["The rebels took the airport this week.", "2024-12-02 week"],
    ["The rebels took the airport late last week.", "2024-11-25 week"],
    ["Last week's raid left ten dead.", "2024-11-25 week"],
    ["Protesters marched at the weekend.", "2024-11-25 week"],
  ])("%s", (sentence, want) => {
    expect(one(sentence)).toEqual([want]);
  });

  it("on a Sunday and on a Monday", () => {
    expect(one("The rebels took the airport last week.", at("2024-12-08"))).toEqual(["2024-11-25 week"]);
    expect(one("The rebels took the airport this week.", at("2024-12-08"))).toEqual(["2024-12-02 week"]);
    expect(one("The rebels took the airport last week.", at("2024-12-02"))).toEqual(["2024-11-25 week"]);
    expect(one("The rebels took the airport this week.", at("2024-12-02"))).toEqual(["2024-12-02 week"]);
  });

  it("across a year boundary", () => {
    expect(one("The rebels took the airport last week.", at("2025-01-03"))).toEqual(["2024-12-23 week"]);
    expect(one("The rebels took the airport last month.", at("2025-01-03"))).toEqual(["2024-12-01 month"]);
  });

  it("leaves out weeks ahead", () => {
    expect(one("Talks resume next week.")).toEqual([]);
    expect(one("Talks resume later this week.")).toEqual([]);
    expect(one("Talks resume this weekend.", at("2024-12-04"))).toEqual([]);
  });
});

describe("context", () => {
  it("skips datelines and publication stamps", () => {
    expect(one("BEIRUT, Dec 6 (Reuters) - Rebels advanced.")).toEqual([]);
    expect(one("Updated: 5 December 2024")).toEqual([]);
  });

  it("finds several dates in order", () => {
    expect(one("Rebels took Aleppo last week and Hama on Thursday.")).toEqual([
      "2024-11-25 week",
      "2024-12-05 day",
    ]);
  });

  it("finds every form a sentence mixes (one scan tells which forms to look for)", () => {
    expect(one("Yesterday's vote came two days ago, after talks in March 2023 and on 2023-05-04.")).toEqual([
      "2024-12-05 day",
      "2024-12-04 day",
      "2023-03-01 month",
      "2023-05-04 day",
    ]);
    expect(one("Shelling overnight into Tuesday followed clashes in the past 48 hours.")).toEqual([
      "2024-12-06 day",
      "2024-12-03 day",
      "2024-12-04 day",
    ]);
    expect(one("Last year's count rose over the weekend.")).toEqual(["2023-01-01 year", "2024-11-25 week"]);
  });

  it("a weekday with its first word, however far before the name", () => {
    const [m] = findDates("The previous  Wednesday, they left.", FRI);
    expect(m?.text).toBe("previous  Wednesday");
    expect(m?.date).toBe("2024-12-04");
  });

  it("an unusable publication date gives no dates", () => {
    expect(publicationNoon(new Date("nope"))).toBeNull();
  });
});
