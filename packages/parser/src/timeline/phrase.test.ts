import { describe, expect, it } from "vitest";
import type { Article } from "../types.ts";
import { findDates, publicationNoon } from "./dates.ts";
import { extractEvents } from "./extract.ts";
import { eventPhrase, type PhraseVerdict } from "./phrase.ts";

const PUB = new Date("2024-12-06T12:00:00Z"); // a Friday
const article = (text: string): Article => ({
  id: "p",
  title: "t",
  source: null,
  url: null,
  published: "2024-12-06",
  paragraphs: [text],
});
const phrase = (text: string) => extractEvents(article(text), PUB)[0]?.event;
/** The phrase of the sentence's first date, before extract.ts decides whether it is an event. */
const phraseOfFirstDate = (text: string) => {
  const [m, ...others] = findDates(text, PUB);
  return m ? eventPhrase(text, m, others) : "";
};
const cases = (rows: [string, string][]) =>
  it.each(rows)("%s", (text, want) => {
    expect(phrase(text)).toBe(want);
  });

describe("a coordinated subject keeps all its members", () => {
  cases([
    [
      "The envoys of Chile, Peru and Bolivia signed the accord in Lima on Tuesday.",
      "Chile, Peru and Bolivia sign accord in Lima",
    ],
    [
      "Norway, Sweden, Finland and Denmark closed their embassies on Monday.",
      "Norway, Sweden, Finland and Denmark close embassies",
    ],
    ["Delegations from Ghana, Togo and Benin met on Wednesday.", "Ghana, Togo and Benin meet"],
    // Near-misses: the members before a verb are objects, and a plain pair has no list to extend.
    ["The army shelled Kassala, Gedaref and Sennar was hit on Monday.", "Gedaref and Sennar hit"],
    ["Chile and Peru signed the accord on Tuesday.", "Chile and Peru sign accord"],
    ["Dockers, sailors and pilots walked out on Monday.", "Dockers, sailors and pilots walk out"],
  ]);
});

describe("a subject before an aside", () => {
  cases([
    ["The Brigade, a militia from the hills, first rose to power in 2014.", "Brigade rises to power"],
    [
      "Oslo, which had sent 200 engineers to the port, recalled half of them on Tuesday.",
      "Oslo recalls half of them",
    ],
    ["The union, a body of 4,000 dockers, voted for the strike on Monday.", "Union votes for strike"],
    // Near-misses: a participle between commas is still a reduced passive; a subject stays.
    ["The treaty, drafted in 1998, was never ratified.", "Treaty drafted"],
    [
      "Envoys of the two states, meeting in Oslo, agreed a truce on Monday.",
      "Envoys of two states agree truce",
    ],
    ["The port, a key hub, reopened on Tuesday.", "Port reopens"],
  ]);
});

describe("a date closing a verbless stretch dates the clause before it", () => {
  cases([
    [
      "Sappers cleared the main road to the dam, some 15 km upstream, on Thursday.",
      "Sappers clear main road to dam",
    ],
    ["The navy shelled the harbours of Tyre, Sidon and Byblos on Monday.", "Navy shells harbours of Tyre"],
    [
      "The council expelled its deputy chair, Ines Varga, on Tuesday, citing fraud.",
      "Council expels deputy chair",
    ],
    // Near-misses: a relative clause in between stops it; a date opening the sentence is unchanged.
    ["The camp, which took in people who fled the floods, including the raid on Tamu in May.", "Tamu"],
    ["On Tuesday, the council expelled its deputy chair.", "Council expels deputy chair"],
  ]);
});

describe("what is said, not where it is said", () => {
  cases([
    [
      "The governor said in a radio interview on Tuesday that 40 homes had burned.",
      "Governor says 40 homes burned",
    ],
    ["The mayor told reporters on Monday that the looters had fled.", "Mayor says looters fled"],
    [
      "The ministry said on Monday that its engineers had rebuilt the bridge.",
      "Ministry says engineers rebuilt bridge",
    ],
    [
      "The agency said on Monday that nearly 9,000 families had been displaced.",
      "Agency says 9,000 families displaced",
    ],
    ["The institute said in a report released on Tuesday.", "Institute says"],
    // Near-misses: a relative "that" is no statement; "over" counts, it is no place.
    ["The army said the strike that hit the depot on Monday was an accident.", "Strike hits depot"],
    // (A toll "since March" bounds a count and is no event: extract.test.ts.)
    ["The epidemic claimed over 2,000 lives on Monday.", "Epidemic claims 2,000 lives"],
  ]);
});

describe("verb forms", () => {
  cases([
    ["On Wednesday they marched on the capital.", "They march on capital"],
    ["It collapsed on Monday.", "It collapses"],
    ["Prices rose on Monday.", "Prices rise"],
    ["The 40-km pipeline has barely worked since 2019.", "40-km pipeline works"],
    ["Guards escorted by soldiers were at the gate on Monday.", "Guards escorted by soldiers"],
    ["Villagers returned home on Sunday after restoring the well.", "Villagers return home"],
    ["The crew left the ship on Sunday, two days after repairing the hull on Friday.", "Crew leaves ship"],
    ["Overnight into Sunday, the rebels shelled the airport.", "Rebels shell airport"],
    // Near-misses: 30 people are a count; a reduced passive keeps its participle.
    ["30 people died on Monday.", "30 people die"],
    ["Troops backed by drones stormed the hill on Monday.", "Troops storm hill"],
  ]);
});

describe("a pronoun takes the noun of its sentence", () => {
  cases([
    ["The Brigade grew stronger after it captured the airport in March.", "Brigade captures airport"],
    ["The monks stayed in the abbey until 1990, when they left for Rome in June.", "Monks leave for Rome"],
    // Near-misses: no noun before it, or one of the wrong number.
    ["They shelled the port on Monday.", "They shell port"],
    ["The rebels were pushed back after it collapsed in March.", "It collapses"],
  ]);
});

describe("headlines end on a word", () => {
  cases([
    [
      "The Red Cross said on Monday that 300 injured soldiers were inside the hospital.",
      "Red Cross says 300 injured soldiers inside hospital",
    ],
    ["Israel said two of its soldiers were killed on Tuesday.", "Israel says two of its soldiers killed"],
    ["Rescuers pulled some of the miners out on Monday.", "Rescuers pull some of the miners out"],
    [
      "The Red Cross said on Monday that 300 injured soldiers were being treated in the main military hospital.",
      "Red Cross says 300 injured soldiers treated",
    ],
    // Near-miss: an object that fits keeps its phrase.
    [
      "The board sent the final audit report to the regional governor on Monday.",
      "Board sends final audit report to regional governor",
    ],
  ]);
});

describe("the phrase itself, whatever extract.ts keeps", () => {
  it.each([
    [
      "Officials said 58 miners, including 9 boys, were trapped in the shaft on Monday.",
      "58 miners trapped in shaft",
    ],
    [
      "Medics said 12 nurses, among them 3 doctors, were wounded in the ward on Monday.",
      "12 nurses wounded in ward",
    ],
  ])("%s", (text, want) => {
    expect(phraseOfFirstDate(text)).toBe(want);
  });
});

describe("who said it, and what", () => {
  cases([
    ["The toll has risen to 40, the army chief, Ali Musa, said on Tuesday.", "Ali Musa says toll rose to 40"],
    ["The toll has risen to 40, the ministry said on Tuesday.", "Ministry says toll rose to 40"],
    [
      "The dam was shut, the engineer, Rosa Lind, said on Monday, adding that repairs were under way.",
      "Rosa Lind says dam shut",
    ],
    // Near-misses: a subject already there stays; a participle between commas is still a passive.
    ["The army chief said on Tuesday that the toll had risen to 40.", "Army chief says toll rose to 40"],
    ["The plan, announced on Monday, was dropped.", "Plan announced"],
  ]);
});

describe("a noun fronted before a pronoun subject is its object", () => {
  cases([
    // (The same with "this month" counts ships in a period and is no event: extract.test.ts.)
    ["The rebels sank a tanker, the third ship they hit on Monday.", "Rebels hit third ship"],
    ["The aid they received on Monday was spoiled.", "They receive aid"],
    // Near-misses: a pronoun alone, or a noun and a pronoun joined by "and".
    ["They received aid on Monday.", "They receive aid"],
    ["The council and they met on Monday.", "Council and they meet"],
  ]);
});

describe("the verdict of eventPhrase", () => {
  const pub = publicationNoon(PUB) as Date;
  const verdictOf = (text: string) => {
    const [m] = findDates(text, pub);
    const verdict: PhraseVerdict = { periodOnly: false };
    if (m) eventPhrase(text, m, [], verdict);
    return verdict.periodOnly;
  };
  it.each([
    ["That is a rise of 15 per cent since October.", true],
    ["These are the main events of the past three days:", true],
    ["Prices are up a third since March.", true],
    // Near-misses: a verb of its own, or a period still going on.
    ["Rebels have held the town since Monday.", false],
    ["The blockade, ongoing for the past six days, has emptied the shops.", false],
    ["Since the offensive began last week, villages have emptied.", false],
  ])("%s", (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe("a present reporting verb before the dated clause keeps its speaker", () => {
  cases([
    [
      "The health ministry says the death toll from the storm has risen to 40, up from 25 on Wednesday.",
      "Health ministry says death toll rises to 40",
    ],
    [
      "Peru's electoral board says the turnout had fallen to 60%, down from 70% on Tuesday.",
      "Peru's electoral board says turnout falls to 60",
    ],
  ]);
  // Near-miss: no reporting verb, the subject is the clause's own.
  cases([
    ["The death toll from the storm has risen to 40, up from 25 on Wednesday.", "Death toll rises to 40"],
  ]);
});

describe("a perfect over a span in a relative clause is no dated event", () => {
  cases([
    [
      "Envoys of the government and the rebels that have fought it in the north for nearly three years signed a truce on Tuesday.",
      "Government and rebels sign truce",
    ],
  ]);
  // Near-miss: the perfect is the clause's only verb.
  cases([["The rebels have fought the army in the north since Tuesday.", "Rebels fight army in north"]]);
});

describe("a phrase cut by the word limit never ends on a cut conjunct", () => {
  cases([
    [
      "The council said on Tuesday that it firmly rejects the new border decree and stood ready to talk with both capitals.",
      "Council says it rejects new border decree",
    ],
  ]);
});

describe("a time of day before the date goes with the date", () => {
  cases([
    [
      "The old levee gave way before dawn on Tuesday, flooding three villages, officials said.",
      "Old levee gives way",
    ],
    ["Fighters stormed the base shortly before midnight on Saturday, the army said.", "Fighters storm base"],
    ["Rescuers reached the village at noon on Wednesday.", "Rescuers reach village"],
    // A time of day that is the subject stays one.
    ["Dawn broke over the camp on Friday as aid trucks arrived.", "Dawn breaks over camp"],
  ]);
});
