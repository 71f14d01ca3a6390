import { describe, expect, it } from "vitest";
import type { Article } from "../types.ts";
import { extractFigures, figuresOfSentence } from "./extract.ts";

const figs = (s: string, published = "2024-12-06") => figuresOfSentence(s, 0, published);
const one = (s: string) => {
  const f = figs(s);
  expect(f, s).toHaveLength(1);
  return f[0] as NonNullable<(typeof f)[0]>;
};
const values = (s: string) => figs(s).map((f) => f.value);

describe("numbers in sentences", () => {
  it.each([
    ["Officials counted 280,000 people displaced by the floods.", 280000],
    ["The camp now shelters 1.4 million displaced people.", 1.4e6],
    ["The authorities said 2.3 million people had been displaced.", 2.3e6],
    ["Five people were killed in the shelling.", 5],
    ["Twenty-three people were killed overnight.", 23],
    ["Two million people have been displaced by the fighting.", 2e6],
    ["Half a million people have fled the region.", 500000],
    ["A dozen soldiers were killed at the checkpoint.", 12],
    ["The donors gave $2.5bn in aid to the agency.", 2.5e9],
    ["Some 40,000 people were displaced in a week.", 40000],
  ])("%s", (s, value) => {
    expect(one(s).value).toBe(value);
  });
});

describe("qualifiers", () => {
  it.each([
    ["More than 300 people were killed in the raids.", "more than"],
    ["Over 2,000 families were displaced.", "over"],
    ["At least 30 people were killed in the blast.", "at least"],
    ["Nearly 90 people were injured.", "nearly"],
    ["Around 12,000 residents fled the town.", "around"],
    ["Approximately 600 soldiers were wounded.", "approximately"],
    ["Up to 1 million people may be displaced.", "up to"],
    ["About 50 civilians were killed.", "about"],
    ["The death toll has surpassed 1,000, the ministry said.", "surpassed"],
    ["An estimated 3 million refugees live abroad.", "an estimated"],
    ["Some 500 trucks of aid were waiting.", "some"],
  ])("%s", (s, q) => {
    expect(one(s).qualifier).toBe(q);
  });

  it("reads '-plus' as a lower bound", () => {
    const f = one("The war has displaced a 300,000-plus population of farmers.");
    expect([f.value, f.qualifier]).toEqual([300000, "more than"]);
  });

  it("gives no qualifier to a plain number", () => {
    expect(one("The strike killed 14 people.").qualifier).toBeUndefined();
  });
});

describe("ranges", () => {
  it.each([
    ["Between 5 and 10 people were injured in the crush.", 5, 10],
    ["Officials said 5 to 10 people were injured.", 5, 10],
    ["Officials said 5-10 people were injured.", 5, 10],
    ["Between 2,000 and 3,000 fighters remain in the city.", 2000, 3000],
    ["Between 2 and 3 million people have fled the country.", 2e6, 3e6],
    ["Five or six people were killed in the attack.", 5, 6],
  ])("%s", (s, lo, hi) => {
    const f = one(s);
    expect([f.value, f.valueMax]).toEqual([lo, hi]);
  });

  it("reads a change, not a range: the new value counts", () => {
    expect(values("The death toll rose from 640 to 700 overnight.")).toEqual([700]);
    expect(values("The toll reached 1,200 on Friday, up from 800 a day earlier.")).toEqual([1200]);
    expect(values("The toll rose to 90, up from 64 on Sunday.")).toEqual([90]);
  });

  it("does not read a vote as a range", () => {
    expect(figs("The council voted 13-0 to adopt the text.")).toEqual([]);
  });
});

describe("units", () => {
  it.each([
    ["The convoy stopped 12 km from the border.", 12, "km"],
    ["The village lies eight kilometres south of the river.", 8, "km"],
    ["The front line is 40 miles north of the capital.", 40, "mi"],
    ["Troops set up a 20-km buffer zone.", 20, "km"],
    ["The war has gone on for 13 years.", 13, "years"],
    ["The siege lasted for 90 days.", 90, "days"],
    ["The ship carried 4,000 tonnes of flour.", 4000, "tonnes"],
    ["Some 500 trucks entered the enclave.", 500, "trucks"],
    ["The UN appealed for $4.2 billion in humanitarian aid.", 4.2e9, "USD"],
    ["The EU pledged €300 million in assistance.", 3e8, "EUR"],
    ["Russia has 5,000 troops in the region.", 5000, "troops"],
    ["The army lost 120 soldiers in the assault.", 120, "soldiers"],
    ["At least 111 civilians died in the strikes.", 111, "civilians"],
    ["Aid reached 3.1 million refugees in the region.", 3.1e6, "refugees"],
    ["Roughly 70% of homes were damaged.", 70, "%"],
    ["Around 40 per cent of the city was without power.", 40, "%"],
  ])("%s", (s, value, unit) => {
    const f = one(s);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });

  it("keeps one figure for a conversion in brackets", () => {
    expect(values("The town is 25 miles (40 km) south of the city.")).toEqual([25]);
    expect(values("The town is 40 km (about 25 miles) south of the city.")).toEqual([40]);
  });
});

describe("kinds", () => {
  it.each([
    ["At least 30 people were killed in the strike.", "killed"],
    ["The strike killed 30 people.", "killed"],
    ["The death toll climbed to 412 on Monday.", "killed"],
    ["The war has claimed more than 300,000 lives.", "killed"],
    ["Health officials reported 76 dead.", "killed"],
    ["Rescuers recovered 19 bodies from the rubble.", "killed"],
    ["More than 200 people were wounded by shrapnel.", "injured"],
    ["The blast injured 54 people.", "injured"],
    ["The UN said 1.2 million people have been displaced.", "displaced"],
    ["About 60,000 residents fled the town in two days.", "displaced"],
    ["The storm left 20,000 people homeless.", "displaced"],
    ["Some 90,000 people were uprooted by the fighting.", "displaced"],
    ["Jordan hosts 650,000 registered refugees.", "refugees"],
    ["More than 3 million Syrians live in Turkey as refugees.", "refugees"],
    ["The city has a population of 1.4 million.", "population"],
    ["The city of 2 million is now surrounded.", "population"],
    ["The province is home to 4 million people.", "population"],
    ["The town had 80,000 residents before the war.", "population"],
    ["The rebels are 5 km away from the city.", "distance"],
    ["The front is 30 miles south of the capital.", "distance"],
    ["Some 500 trucks of aid crossed in a week.", "aid"],
    ["The agency delivered 1,500 tonnes of food.", "aid"],
    ["Donors pledged $1.5 billion in aid.", "aid"],
    ["Moscow deployed 5,000 troops to the border.", "troops"],
    ["About 2,000 fighters joined the offensive.", "troops"],
    ["The offensive has been going on for 11 days.", "duration"],
    ["The talks lasted six hours.", "duration"],
    ["The offensive has been ongoing for the past nine days.", "duration"],
    ["Rebels captured 40 villages in the province.", "other"],
    ["The strikes destroyed 300 homes.", "other"],
  ])("%s", (s, kind) => {
    expect(one(s).kind).toBe(kind);
  });

  it("lets an event word beat the counted noun", () => {
    expect(one("Officials said 12 soldiers were killed in the ambush.").kind).toBe("killed");
    expect(one("More than 1,000 residents fled on Sunday.").kind).toBe("displaced");
  });

  it("gives each number the event word nearest to it", () => {
    const f = figs("At least 42 people were killed and 130 wounded when a shell hit the market.");
    expect(f.map((x) => [x.value, x.kind])).toEqual([
      [42, "killed"],
      [130, "injured"],
    ]);
    const g = figs("At least five people died and 20 others were hurt in the crush.");
    expect(g.map((x) => [x.value, x.kind])).toEqual([
      [5, "killed"],
      [20, "injured"],
    ]);
    const h = figs("The raid killed 12 people, injured 40 and displaced 3,000.");
    expect(h.map((x) => x.kind)).toEqual(["killed", "injured", "displaced"]);
  });

  it("gives a part the kind of the whole", () => {
    const f = figs("The toll from the fighting rose past 900, including at least 150 civilians.");
    expect(f.map((x) => [x.value, x.kind, x.unit])).toEqual([
      [900, "killed", "people"],
      [150, "killed", "civilians"],
    ]);
    expect(f[0]?.label).toContain("150 of them civilians");
    const g = figs("The clashes killed 60 people, 25 of them children.");
    expect(g.map((x) => [x.value, x.kind, x.unit])).toEqual([
      [60, "killed", "people"],
      [25, "killed", "children"],
    ]);
  });

  it("reads 'were among the N killed' as a part of the toll", () => {
    const f = figs("A monitor said 150 civilians were among the 900 people killed.");
    expect(f.map((x) => [x.value, x.kind])).toEqual([
      [150, "killed"],
      [900, "killed"],
    ]);
  });

  it("reads people who fled abroad as refugees", () => {
    const f = figs("The war has displaced 9 million people, including 2 million who have fled abroad.");
    expect(f.map((x) => x.kind)).toEqual(["displaced", "refugees"]);
  });

  it("reads 'N% of X's M people' as the population", () => {
    const f = figs("Officials say 80% of the region's 600,000 people have fled.");
    expect(f.map((x) => [x.value, x.kind])).toEqual([
      [80, "other"],
      [600000, "population"],
    ]);
  });

  it("lets an apposition in per cent through to the event word", () => {
    expect(figs("Some 1.5 million people, or 70% of the population, have been displaced.")[0]?.kind).toBe(
      "displaced",
    );
  });

  it("marks a projection as a forecast", () => {
    expect(one("The UN warned the number of displaced could rise to 2 million.").forecast).toBe(true);
    expect(one("The number of displaced rose to 2 million.").forecast).toBeUndefined();
  });

  it("marks history as background only near its date", () => {
    const f = figs(
      "The junta, which took power in 2019, has carried out 300 strikes this year.",
      "2024-12-06",
    );
    expect(f[0]?.background).toBeUndefined();
  });

  it("reads a displaced population as displaced, not population", () => {
    expect(one("Among the displaced population, numbering around 95,000, fear is growing.").kind).toBe(
      "displaced",
    );
  });

  it("does not count people as aid", () => {
    expect(one("Aid agencies say 1.1 million people face famine.").kind).toBe("other");
  });

  it("marks history as background", () => {
    expect(one("The war has killed more than 500,000 people since 2011.").background).toBe(true);
    expect(one("The offensive has killed 820 people since last week.").background).toBeUndefined();
  });
});

describe("not figures", () => {
  it.each([
    ["The uprising began in 2011 in the south."],
    ["Rebels entered the city on 5 December."],
    ["Rebels entered the city on December 5."],
    ["The meeting starts at 10:30 on Monday."],
    ["The curfew begins at 6 pm every evening."],
    ["The ceasefire took effect at 4 a.m. local time."],
    ["The operation began at 0600 GMT."],
    ["The victim, aged 12, was taken to hospital."],
    ["A 12-year-old boy was among the victims."],
    ["The commander, 45 years old, survived."],
    ["Homs is Syria's third-largest city."],
    ["He finished second in the vote."],
    ["The convoy drove along the M5 highway."],
    ["The M23 rebels control the town."],
    ["The A1 road was closed."],
    ["Two Su-24 jets were shot down."],
    ["Part 1/6: the battle for the city"],
    ["Part 2 of the series looks at the coast."],
    ["The council adopted Resolution 2254 unanimously."],
    ["The assault began about ten days ago."],
    ["The town fell two weeks later."],
    ["Thousands of people fled the city."],
    ["Tens of thousands of people marched."],
    ["Hundreds of thousands are without power."],
    ["Dozens of homes were destroyed."],
    ["Several hundred people gathered outside."],
    ["Prices rose three times in a year."],
    ["The rebels captured two of the country's largest cities."],
    ["The coast hosts two Russian bases."],
    ["One woman described the scene."],
    ["The 15-member council met on Friday."],
    ["A two-state solution remains the goal."],
    ["Fighting raged through the 1990s."],
    ["No strikes were reported in the past 24 hours."],
    ["More strikes are expected over the next two days."],
    ["He was held for years [1]."],
    ["The G7 and the 5G network were discussed."],
    ["A poster of COVID-19 rules hung on the wall."],
    ["Her grandmother, 72, was pulled from the rubble."],
    ["Mahmoud, 41, a shopkeeper, saw the blast."],
    ["The Boeing 737 landed safely."],
    ["Day 100 of the siege passed quietly."],
  ])("%s", (s) => {
    expect(figs(s)).toEqual([]);
  });
});

describe("labels", () => {
  it("places a figure with the phrase around it", () => {
    expect(one("About 280,000 people were displaced in north-west Syria, the UN said.").label).toBe(
      "displaced in north-west Syria",
    );
    expect(one("Since the offensive began, more than 800 people have been killed.").label).toBe(
      "killed since the offensive began",
    );
    expect(one("The town lies just 25 miles south of Hama.").label).toBe("mi south of Hama");
    expect(one("Aleppo, which has a population of around two million, is short of fuel.").label).toBe(
      "population of Aleppo",
    );
    expect(one("Police said at least 4,000 people were detained overnight.").label).toBe(
      "detained overnight",
    );
    expect(one("A convoy of 109 trucks was looted near the crossing.").label).toBe(
      "trucks of aid near the crossing",
    );
    expect(one("Some 90% of the population has fled.").label).toBe("of the population");
  });
});

describe("extractFigures", () => {
  const article = (paragraphs: string[]): Article => ({
    id: "a",
    title: "t",
    source: null,
    url: null,
    published: "2024-12-06",
    paragraphs,
  });

  it("keeps a figure repeated in the article once, with its paragraph", () => {
    const f = extractFigures(
      article([
        "The report came out on Friday.",
        "At least 30 people were killed in the shelling.",
        "At least 30 people were killed in the shelling.",
      ]),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.paragraph).toBe(1);
    expect(f[0]?.quote).toBe("At least 30 people were killed in the shelling.");
  });

  it("keeps each figure of an article with many figures once", () => {
    const counts = Array.from(
      { length: 20 },
      (_, i) => `Officials said ${1000 + i * 100} people fled the fighting.`,
    );
    const f = extractFigures(
      article([
        ...counts,
        "A further 1,500 were counted later.",
        "Officials said 1500 people fled again.",
        "In all 2,900 people fled the fighting.",
      ]),
    );
    expect(f.map((x) => x.value)).toEqual(Array.from({ length: 20 }, (_, i) => 1000 + i * 100));
    expect(f.filter((x) => x.value === 1500)).toHaveLength(1);
    expect(f.every((x) => x.kind === "displaced")).toBe(true);
  });

  it("gives 'the number' the kind of the figure before it in the paragraph", () => {
    const f = extractFigures(
      article([
        "About 300,000 people have fled the province. Officials fear the number could reach 1 million.",
      ]),
    );
    expect(f.map((x) => [x.value, x.kind])).toEqual([
      [300000, "displaced"],
      [1e6, "displaced"],
    ]);
  });

  it("returns nothing for an article without numbers", () => {
    expect(extractFigures(article(["Fighting went on.", ""]))).toEqual([]);
  });
});

describe("repeated sentences", () => {
  it("reads the same sentence in two articles into separate figures, each with its own paragraph", () => {
    const text = "Floods forced 12,500 people from their homes in the delta.";
    const a: Article = {
      id: "a",
      title: "A",
      source: null,
      url: null,
      published: "2024-12-06",
      paragraphs: [text],
    };
    const b: Article = { ...a, id: "b", paragraphs: ["A short intro.", text] };
    const fa = extractFigures(a);
    const fb = extractFigures(b);
    expect(fa).toHaveLength(1);
    expect(fb).toHaveLength(1);
    expect(fa[0]).not.toBe(fb[0]);
    expect(fa[0]?.paragraph).toBe(0);
    expect(fb[0]?.paragraph).toBe(1);
    expect({ ...fb[0], paragraph: 0 }).toEqual(fa[0]);
  });
});

describe("phone numbers are no figures", () => {
  it.each([
    "For interviews, call the press office on +44 20 7946 0958.",
    "Media enquiries: Kinshasa bureau, +243 81 400 2231, press@example.org",
    "Families can reach the hotline: 1400 or WhatsApp +961 71 333 222.",
    "Tel: 4412 8890 (switchboard)",
  ])("%s", (s) => {
    expect(values(s)).toEqual([]);
  });
  it("keeps counts next to a contact line", () => {
    expect(values("The hotline took 3,400 calls from displaced families last week.")).toEqual([3400]);
    expect(values("Some 40 people fled; another 300 were displaced.")).toEqual([40, 300]);
  });
});

describe("small written tolls", () => {
  it.each([
    ["The navy said three of its marines were injured in the blast.", 3, "injured"],
    ["Medics said at least four of the dead were women.", 4, "killed"],
    ["The police said two of their officers were killed at the checkpoint.", 2, "killed"],
    ["The ministry said one Ukrainian soldier was killed in the shelling.", 1, "killed"],
    ["One soldier was wounded during the patrol, the army said.", 1, "injured"],
  ] as const)("%s", (s, value, kind) => {
    const f = one(s);
    expect(f.value).toBe(value);
    expect(f.kind).toBe(kind);
  });
  it.each([
    "Two of the country's largest cities lost power.",
    "One of the soldiers said the road was closed.",
    "He said one soldier had been transferred.",
    "Three of the regions voted against the plan.",
  ])("no figure: %s", (s) => {
    expect(values(s)).toEqual([]);
  });
});

describe("numbers inside names", () => {
  it.each([
    ["Crowds filled Plaza 9 de Julio after 2,000 people marched.", [2000]],
    ["The 4 di Novembre barracks were hit; 12 soldiers were killed.", [12]],
  ])("%s", (s, want) => {
    expect(values(s)).toEqual(want);
  });
});
