import { describe, expect, it } from "vitest";
import type { FigureKind } from "../types.ts";
import { figuresOfSentence } from "./extract.ts";

const kindsOf = (s: string): [number, FigureKind][] =>
  figuresOfSentence(s, 0, "2025-06-01").map((f) => [f.value, f.kind]);
const kindOf = (s: string, value: number): FigureKind | undefined =>
  figuresOfSentence(s, 0, "2025-06-01").find((f) => f.value === value)?.kind;

const check = (cases: [string, number, FigureKind][]) =>
  it.each(cases)("%s", (s, value, kind) => {
    expect(kindOf(s, value), s).toBe(kind);
  });

describe("people held or unaccounted for are other", () => {
  check([
    ["The group freed the last 25 living hostages at dawn on Sunday.", 25, "other"],
    ["Officials said the remains of 11 deceased captives were handed over.", 11, "other"],
    ["The army returned the bodies of 17 hostages to the families.", 17, "other"],
    ["Some 450 detainees were moved to a prison in the north.", 450, "other"],
    ["The authorities released 1,800 prisoners under the amnesty.", 1800, "other"],
    ["More than 2,000 people remain missing after the landslide.", 2000, "other"],
  ]);
  describe("near misses keep their event", () => {
    check([
      ["Gunmen killed 14 hostages during the siege.", 14, "killed"],
      ["At least 12 prisoners were killed in the riot.", 12, "killed"],
      ["About 40,000 people live in the valley.", 40000, "population"],
      ["Rescuers recovered 19 bodies from the rubble.", 19, "killed"],
    ]);
  });
});

describe("people who remain or are trapped are the population", () => {
  check([
    ["Fewer than 3,500 civilians are thought to remain in the town.", 3500, "population"],
    ["Only 800 residents stayed behind.", 800, "population"],
    ["Aid groups said 90,000 people were trapped inside the besieged city.", 90000, "population"],
    [
      "An estimated 150,000 civilians, a third of them children, are trapped in the old town.",
      150000,
      "population",
    ],
  ]);
  describe("near misses", () => {
    check([
      ["About 3 million people remain displaced.", 3e6, "displaced"],
      ["Some 600 people remain missing in the valley.", 600, "other"],
      ["At least 40 people, most of them women, were killed in the attack.", 40, "killed"],
    ]);
  });
});

describe("people living in camps are displaced", () => {
  check([
    [
      "About 200,000 people who had been living in camps near the city were told to leave.",
      200000,
      "displaced",
    ],
    ["Some 75,000 families are living in camps along the border.", 75000, "displaced"],
  ]);
  describe("near misses", () => {
    check([
      ["Nearly 500 soldiers were stationed at the army camp.", 500, "troops"],
      ["About 150,000 people live in the district.", 150000, "population"],
      ["The camp of 30,000 people was flooded.", 30000, "population"],
    ]);
  });
});

describe("people lost are killed", () => {
  check([
    ["Kenya, which lost 21 soldiers in the ambush, vowed to stay.", 21, "killed"],
    ["The battalion has lost 120 men since the spring.", 120, "killed"],
    ["The village lost 35 residents in the flood.", 35, "killed"],
  ]);
  describe("near misses", () => {
    check([
      ["The army lost 30 tanks in the battle.", 30, "other"],
      ["The rebels lost 40 km of ground.", 40, "distance"],
      ["The regiment sent 300 soldiers to the front.", 300, "troops"],
    ]);
  });
});

describe("the subject of 'has risen to N' says what is counted", () => {
  check([
    [
      "The death toll from the landslide that buried the village on Sunday has climbed to 1,140.",
      1140,
      "killed",
    ],
    [
      "The number of people forced out by the floods across the province has reached a record 2.4 million.",
      2.4e6,
      "displaced",
    ],
    ["The number of refugees registered in the camps has risen to 310,000.", 310000, "refugees"],
    ["The number of fighters in the area reached 4,000.", 4000, "troops"],
    ["LAGOS, Nigeria - The death toll in the north-east stood at 214, officials said.", 214, "killed"],
  ]);
  describe("near misses", () => {
    check([
      ["The number of people in need of aid has risen to 25 million.", 25e6, "other"],
      ["Floods displaced thousands, and the death toll has risen to 300.", 300, "killed"],
      ["Officials fear the figure could reach 900 people killed.", 900, "killed"],
      ["The water level has risen to 12 metres.", 12, "distance"],
    ]);
  });
});

describe("a bare number compared with the figure before it counts the same thing", () => {
  it("reads 'short of', 'compared with' and 'against'", () => {
    expect(kindsOf("The force has deployed 800 soldiers, far short of the 3,000 promised.")).toEqual([
      [800, "troops"],
      [3000, "troops"],
    ]);
    expect(kindsOf("Officials said 1,200 people fled this week, compared with 700 the week before.")).toEqual(
      [
        [1200, "displaced"],
        [700, "displaced"],
      ],
    );
    expect(kindsOf("The agency counted 90 deaths in May against 60 in April.")).toEqual([
      [90, "killed"],
      [60, "killed"],
    ]);
  });
  it("near miss: a number with its own noun keeps its kind", () => {
    expect(kindsOf("The force has deployed 800 soldiers, far short of the 30 trucks promised.")).toEqual([
      [800, "troops"],
      [30, "aid"],
    ]);
    expect(kindOf("Some 400 people were displaced in March, and 50 villages burned.", 50)).toBe("other");
  });
});

describe("fleeing into another country is refugees", () => {
  check([
    ["Some 25,000 people have fled into Chad since January.", 25000, "refugees"],
    ["About 9,000 people fled to South Sudan last week.", 9000, "refugees"],
    ["More than 4,000 families fled to neighbouring Rwanda.", 4000, "refugees"],
    ["About 20,000 people fled the country last month.", 20000, "refugees"],
  ]);
  describe("near misses stay displaced", () => {
    check([
      ["Some 60,000 people fled to Goma.", 60000, "displaced"],
      ["About 12,000 people fled into the forest.", 12000, "displaced"],
      ["About 30,000 people fled the city.", 30000, "displaced"],
    ]);
  });
});

describe("units and aid", () => {
  check([
    ["The ship was hit about 40 nautical miles off the coast.", 40, "distance"],
    ["The shipment holds enough food to feed 75,000 people for a month.", 75000, "aid"],
    ["Each convoy can feed about 12,000 families.", 12000, "aid"],
  ]);
  describe("near misses", () => {
    check([
      ["Aid agencies say 1.1 million people face famine.", 1.1e6, "other"],
      ["The front is 30 miles south of the capital.", 30, "distance"],
    ]);
  });
});

describe("holdout2 causes: cue words, currencies, heights, coordination", () => {
  check([
    ["Doctors said 45 people were being treated for burns at the clinic.", 45, "injured"],
    ["About 70 people were hospitalised after the blast.", 70, "injured"],
    ["At least 90 migrants drowned when their boat capsized.", 90, "killed"],
    ["Nearly 220 people drowned as the river burst its banks.", 220, "killed"],
    ["Officials moved 60,000 people to safer ground before the storm.", 60000, "displaced"],
    ["Some 9,000 families whose homes collapsed remain in tents and camps.", 9000, "displaced"],
    ["The floods have affected 400,000 people and forced 20,000 from their homes.", 400000, "other"],
    ["The floods have affected 400,000 people and forced 20,000 from their homes.", 20000, "displaced"],
    ["At least 25 miners remain unaccounted for after the collapse.", 25, "other"],
    ["More than 7,000 migrants have reached the islands this year.", 7000, "refugees"],
    ["The government released 300 million rupees for flood victims.", 300000000, "aid"],
    ["The ministry allocated 2 billion taka to the affected districts.", 2000000000, "aid"],
    ["Brussels will release 15 million euros to support the rescue effort.", 15000000, "aid"],
    ["A response plan seeking $90 million was launched on Monday.", 90000000, "aid"],
    ["Waves of 4 metres battered the harbour.", 4, "other"],
    ["The gunmen killed 9 soldiers and a dozen civilians in the raid.", 12, "killed"],
    ["The grant will pay for food and clean water for 80,000 people this winter.", 80000, "aid"],
  ]);
  describe("near misses", () => {
    check([
      ["The quake struck at a depth of 12 km.", 12, "distance"],
      ["Troops are now 6 km from the town.", 6, "distance"],
      ["The army moved 2,000 troops to the border.", 2000, "troops"],
      ["About 5,000 people remain in the old city.", 5000, "population"],
      ["The ministry said it was seeking $8 billion of debt relief from creditors.", 8e9, "aid"],
      ["The company lost 3 billion rupees last year.", 3e9, "other"],
      ["The raid killed 9 soldiers and 40 people fled the village.", 40, "displaced"],
      ["Police arrested 30 men and freed 12 hostages.", 12, "other"],
      ["A camp for 20,000 displaced people was set up.", 20000, "displaced"],
    ]);
  });
});

describe("context-dependent kinds", () => {
  check([
    ["The governor says 61 people have died, but the health ministry keeps its figure of 52.", 52, "killed"],
    ["Volunteers said they buried 17 villagers on Monday.", 17, "killed"],
    ["About 4,500 residents were moved to churches and stadiums.", 4500, "displaced"],
    ["Roughly 900 families have taken shelter in a football ground.", 900, "displaced"],
    ["Some 3,000 people sought shelter in the cathedral.", 3000, "displaced"],
    ["Of the $60 million sought, only $9.5 million has been received.", 9500000, "aid"],
    ["The charity is distributing 2,500 dignity kits in the camps.", 2500, "aid"],
    ["A plane landed carrying 14 released soldiers.", 14, "other"],
  ]);
  describe("near misses", () => {
    check([
      ["The army moved 1,500 soldiers to the front.", 1500, "troops"],
      ["The agency sent food and shelter for 7,000 people.", 7000, "aid"],
      ["Some 300 heavily armed soldiers stormed the base.", 300, "troops"],
    ]);
  });
});
