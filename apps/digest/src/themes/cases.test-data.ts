// Hand-labelled paragraphs of our own, written in the style of wire copy, UN situation reports and
// conflict-monitor updates about several wars (not taken from any article), labelled with the
// conventions of ../shared/eval/README.md. Used by classify.test.ts, one case per line.
import type { Theme } from "@briefing/parser";

export const M = "military" as const;
export const H = "humanitarian" as const;
export const D = "diplomatic" as const;

export const CASES: [text: string, themes: Theme[]][] = [
  // military: fighting, captures, strikes, troop moves, soldiers killed, strategic stakes
  ["Government troops recaptured the village of Kamenka after two days of heavy fighting.", [M]],
  ["Artillery pounded positions east of the river through the night.", [M]],
  ["The rebels said they had seized the airport and were pushing toward the port.", [M]],
  ["Three soldiers were killed and five wounded when their convoy hit a roadside bomb.", [M]],
  ["The army has sent two armoured brigades to reinforce the southern front.", [M]],
  ["Control of the bridge would let the attackers cut the main supply route to the capital.", [M]],
  ["Militants ambushed a patrol on the highway north of the town on Tuesday.", [M]],
  ["The city fell to the insurgents on Friday after the garrison withdrew.", [M]],
  ["Kyiv said its air defences shot down 40 of the 52 drones launched overnight.", [M]],
  ["Paramilitary fighters have encircled the city and shelled its outskirts for a week.", [M]],
  ["The Counteroffensive Stalls", [M]],
  ["Tanks and infantry advanced under cover of heavy air strikes.", [M]],
  ["Dozens of fighters died in the clashes, a monitoring group said.", [M]],
  // humanitarian: civilians fleeing or killed, death tolls, hospitals, aid, shelter
  [
    "Tens of thousands of residents have fled their homes since the weekend, many sleeping in schools and mosques.",
    [H],
  ],
  ["The only hospital still working in the district has run out of fuel for its generators.", [H]],
  ["Aid agencies say food prices have tripled and half the population faces acute hunger.", [H]],
  ["Rescuers pulled two children alive from the rubble of a collapsed building.", [H]],
  ["The health ministry said the death toll had risen to 312, most of them women and children.", [H]],
  ["A convoy of 40 trucks carrying flour and medical supplies crossed the border on Sunday.", [H]],
  ["Families are sheltering in tents with little water as temperatures drop below freezing.", [H]],
  ["Cholera cases have doubled in the camps for displaced people, according to the WHO.", [H]],
  ["Some 1.2 million people have been displaced inside the country, the UN refugee agency estimates.", [H]],
  ["Humanitarian Crisis Deepens", [H]],
  // diplomatic: states and international bodies acting or speaking toward each other
  ["The foreign ministers of Egypt and Jordan met in Cairo to discuss a regional response.", [D]],
  ["The Security Council is due to vote on a draft resolution on Wednesday.", [D]],
  ["Washington imposed new sanctions on three officials and warned of further measures.", [D]],
  ["The two countries agreed to restore diplomatic relations after a decade-long rupture.", [D]],
  ["The EU's foreign policy chief called for an immediate de-escalation and a return to talks.", [D]],
  ["Mediators from Qatar shuttled between the delegations in an effort to salvage the truce talks.", [D]],
  ["The ambassador was summoned to the foreign ministry to receive a formal protest.", [D]],
  ["Ankara has repeatedly opposed the government in Damascus and backed its armed opponents.", [D, M]],
  // several labels
  ["An air strike on a market killed at least 25 civilians, local officials said.", [M, H]],
  ["As the army advanced, thousands of villagers fled toward the border.", [M, H]],
  [
    // What a statement condemns or calls for is its subject, not fighting reported (shared gold conventions).
    "The UN envoy urged all sides to halt the fighting and allow aid convoys to reach besieged areas.",
    [D, H],
  ],
  ["Shelling damaged the main water station, leaving 200,000 people without drinking water.", [M, H]],
  [
    // What a statement condemns or calls for is its subject, not fighting reported (shared gold conventions).
    "The Secretary-General condemned the attack on the hospital and called for an independent inquiry.",
    [D, H],
  ],
  ["Heavy clashes continued on the edge of the city while residents queued for bread.", [M, H]],
  // none: background history, sourcing remarks, sentiment, junk
  ["The town was founded in the 12th century and was long known for its silk market.", []],
  ["This story has been updated with additional reporting.", []],
  ['"We are tired, but we still hope for better days," said one shopkeeper.', []],
  ["Subscribe to our newsletter to get the latest updates in your inbox.", []],
  ["Reporting by Jane Doe; editing by John Smith.", []],
  ["Photo: Getty Images", []],
  ["Leave a Reply", []],
  ["What happens next is anyone's guess.", []],
  // A chronicle dated in several past years is background, tolls included.
  [
    "Where did the quarrel start? In 1954 a tribunal gave the island to its southern neighbour. After a census in 1991, riots broke out that killed at least 40 people, and in 1999 both sides signed a border pact.",
    [],
  ],
  // "what X call" names something: no appeal by the UN in a toll.
  [
    "The war between the army and the rebels has left more than 9,000 people dead, according to UN figures, in what relief groups call the worst crisis in the region.",
    [M, H],
  ],
  // "not the first time": history, not news.
  ["It is not the first time negotiations have stalled. Talks with the rebels were abandoned in 2014.", []],
  // A deal struck, a suspension of operations: terms of a deal, not fighting.
  [
    "Under the accord struck in Geneva on Sunday, the kidnappers will hand back all 12 hostages it seized in exchange for a two-week suspension of military operations.",
    [D],
  ],
  // Freed fighters are captives handed back.
  ["A plane landed in the capital on Friday carrying nine freed soldiers, the mediators said.", [D]],
  // Condemnations and accusations between states: what they condemn is not fighting reported.
  [
    "Qatar and Jordan, which back the military-led administration, condemned the raids and called on both sides to protect civilian sites. Ankara, which the authorities accuse of arming the militia, said it was neutral.",
    [D],
  ],
  // Exchanges of fire are fighting; condolences follow a toll.
  [
    "Talks on the truce resumed on Monday despite a fresh exchange of fire along the frontier overnight.",
    [M, D],
  ],
  // What people fled, with whoever carried it out, is the cause of the flight.
  [
    "Thousands of families have arrived in the camp after fleeing a fresh wave of attacks by armed groups on their villages.",
    [H],
  ],
  // A state taking a border quarrel to an international court is diplomacy.
  [
    "A soldier was killed in a skirmish on the border in March. Guyana asked the International Court of Justice to rule on the disputed region in April, and the two states later agreed to revive a joint boundary commission.",
    [M, D],
  ],
  ["The prime minister offered his condolences and ordered an audit of every bridge in the province.", [H]],
];
