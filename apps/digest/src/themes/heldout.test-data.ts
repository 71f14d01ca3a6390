// More hand-labelled paragraphs of our own, in the styles of other wars and outlets (Ukraine, Gaza,
// Sudan, analysis pieces, wire leads with datelines), labelled with ../shared/eval/README.md's conventions.
// Some are hard on purpose and not all are classified right: classify.test.ts checks the macro-F1 over
// all of them, so a change that generalises worse shows up.
import type { Theme } from "@briefing/parser";

const M = "military" as const;
const H = "humanitarian" as const;
const D = "diplomatic" as const;

export const HELD_OUT: [text: string, themes: Theme[]][] = [
  [
    "Ukrainian forces pulled back from two villages west of Avdiivka to avoid encirclement, the general staff said in its evening update.",
    [M],
  ],
  [
    "Moscow's troops have gained roughly 500 square kilometres since the start of the month, according to analysts at the Institute for the Study of War.",
    [M],
  ],
  [
    "A Russian missile slammed into an apartment block in Dnipro, killing at least 23 people and trapping dozens under the rubble.",
    [M, H],
  ],
  [
    'The Kremlin said any talks would have to take into account "new territorial realities", a position Kyiv has repeatedly rejected.',
    [D],
  ],
  [
    "Zelenskiy, speaking at a press conference with the Danish prime minister, thanked allies for a new package of F-16 jets.",
    [D, M],
  ],
  [
    "The International Atomic Energy Agency said external power to the plant had been cut for the eighth time since the war began.",
    [],
  ],
  [
    "Israel's military said it had struck more than 100 Hamas targets across the Gaza Strip over the past day.",
    [M],
  ],
  [
    "Gaza's health ministry says more than 40,000 Palestinians have been killed since October, a figure that does not distinguish between civilians and combatants.",
    [H],
  ],
  [
    "Mediators from Egypt, Qatar and the United States were expected to present a revised proposal for a truce and hostage release.",
    [D],
  ],
  [
    "Aid trucks queued for days at the Rafah crossing as inspections slowed deliveries to a trickle, the UN agency for Palestinian refugees said.",
    [H],
  ],
  [
    "Families sheltering in tents in al-Mawasi said they had nowhere left to go after the latest evacuation orders.",
    [H],
  ],
  [
    "Hezbollah fired a barrage of rockets at northern Israel, and Israeli jets hit what the army called launch sites in southern Lebanon.",
    [M],
  ],
  [
    "The fighting between the army and the Rapid Support Forces has displaced more than 10 million people, the largest displacement crisis in the world.",
    [M, H],
  ],
  [
    "In El Fasher, the RSF has besieged the city for months, and residents describe shortages of food, water and medicine.",
    [M, H],
  ],
  [
    "The United States and Saudi Arabia co-hosted talks in Jeddah, but the army's delegation did not attend.",
    [D],
  ],
  ["Doctors at one of the last functioning hospitals said they were operating without anaesthetic.", [H]],
  ["Famine has been confirmed in Zamzam camp, a UN-backed hunger monitor said.", [H]],
  ["Sudan's conflict erupted in April 2023 over plans to integrate the RSF into the regular army.", [M]],
  [
    "Turkish President Tayyip Erdogan said Ankara was in contact with all sides and urged a swift political solution.",
    [D],
  ],
  [
    "Israel carried out airstrikes on Syrian army positions near Damascus, a war monitor said, in what it described as an effort to stop weapons reaching Hezbollah.",
    [M],
  ],
  [
    "The Syrian pound fell to a record low against the dollar on Thursday as traders rushed to buy hard currency.",
    [],
  ],
  [
    "Washington said it was monitoring the situation closely and had no intention of getting involved in the fighting.",
    [D],
  ],
  ["Jordan closed its border crossing with Syria, citing security concerns.", [D]],
  [
    "Iran's foreign minister flew to Damascus and pledged Tehran's continued support for Assad's government.",
    [D],
  ],
  [
    "Hundreds of prisoners walked out of Sednaya prison after rebels broke open its gates, some of them held for decades.",
    [M, H],
  ],
  ['"I haven\'t slept in three days," said Umm Ahmad, 43, who fled with her four children.', [H]],
  ["Reuters could not independently verify the claims.", []],
  [
    "Additional reporting by Maya Gebeily in Beirut; Writing by Michael Georgy; Editing by Alex Richardson.",
    [],
  ],
  ["Analysts say the rapid collapse reflects years of economic decay and a hollowed-out army.", [M]],
  ["The UN Security Council held an emergency session behind closed doors at Russia's request.", [D]],
  [
    "The World Food Programme said it had paused distributions in the area after one of its warehouses was looted.",
    [H],
  ],
  ["Drone footage showed long lines of cars on the coastal highway as people left the city.", [H]],
  ["The rebels' leader told fighters not to harm civilians and to protect state institutions.", [M, H]],
  ["Oil prices rose slightly on news of the offensive.", [M]],
  [
    "Four aid workers were killed when their vehicle was hit by a drone in North Darfur, the organisation said.",
    [H, M],
  ],
  ["Government forces said they had repelled an attack on the town and killed dozens of militants.", [M]],
  ["Sweden and Germany suspended processing of asylum applications from Syrians.", [D, H]],
  ["The European Union announced 50 million euros in humanitarian aid for the region.", [H, D]],
  [
    "The fall of the city would be a major blow to the government, which has relied on Russian air power.",
    [M],
  ],
  ["Click here to see our live coverage.", []],
  [
    "KHARTOUM, June 3 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces fought heavy battles in the capital on Saturday, residents said, hours after a short truce brokered by Saudi Arabia and the United States expired.",
    [M, D],
  ],
  [
    "Witnesses reported clashes near the army's headquarters and air strikes in the south of the city, while columns of smoke rose over the Bahri district across the Nile.",
    [M],
  ],
  [
    "The conflict, which erupted on April 15, has killed hundreds of civilians and forced more than 1.2 million people to flee their homes, according to the United Nations.",
    [M, H],
  ],
  [
    "Hospitals in the capital have been shelled and looted, and most of those still open are short of staff and supplies, the doctors' union said.",
    [M, H],
  ],
  [
    "Washington imposed sanctions on Thursday on companies linked to both warring sides, saying the generals had repeatedly violated commitments they made in Jeddah.",
    [D],
  ],
  [
    "The army has said it will not negotiate until the RSF withdraws from residential areas, while the RSF accuses the army of bombing civilians from the air.",
    [M, D, H],
  ],
  [
    "In Darfur, where the RSF has its roots, residents of El Geneina described killings along ethnic lines and bodies left in the streets.",
    [H],
  ],
  [
    "More than 100,000 people have crossed into neighbouring Chad, the UN refugee agency said, many of them women and children arriving with nothing.",
    [H],
  ],
  [
    "The World Food Programme said looters had stolen food worth $14 million from its warehouses since the fighting began.",
    [H],
  ],
  [
    "Army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo had shared power after a 2021 coup, but fell out over plans for a transition to civilian rule.",
    [M],
  ],
  [
    "KYIV, Feb 10 (Reuters) - Russia launched one of its biggest missile attacks in weeks overnight, hitting energy facilities in several regions and forcing emergency power cuts, Ukrainian officials said.",
    [M, H],
  ],
  [
    "Ukraine's air force said it had shot down 61 of 71 cruise missiles, while the energy ministry said six power plants had been damaged.",
    [M],
  ],
  [
    "In the eastern town of Bakhmut, Ukrainian troops are holding out against relentless assaults by Wagner mercenaries, a regional commander said.",
    [M],
  ],
  [
    "Zelenskiy was in Brussels on Thursday, where he urged EU leaders to speed up deliveries of long-range weapons and fighter jets.",
    [D, M],
  ],
  [
    "Moldova said a Russian missile had crossed its airspace and summoned the Russian ambassador in protest.",
    [D, M],
  ],
  ["About 8 million Ukrainians have been recorded as refugees across Europe, according to UN figures.", [H]],
  [
    "NATO Secretary-General Jens Stoltenberg said the alliance would not become a party to the conflict but would keep supporting Kyiv.",
    [D],
  ],
  [
    'The Kremlin has repeatedly said it is open to talks but that Kyiv must accept "the new realities" on the ground.',
    [D],
  ],
  [
    "Residents of Kherson, which Russian forces abandoned in November, have endured near-daily shelling from the other bank of the Dnipro river.",
    [M, H],
  ],
  [
    "The head of the International Committee of the Red Cross visited Moscow to discuss prisoners of war and access to detainees.",
    [D, H],
  ],
  [
    "Grain exports through the Black Sea corridor resumed after Turkey and the United Nations brokered a new agreement.",
    [D],
  ],
  [
    "The Pentagon announced a new $2 billion package including rockets for HIMARS launchers and Patriot interceptors.",
    [D, M],
  ],
  [
    "Analysts at the Institute for the Study of War said Russian forces had made marginal gains north of Avdiivka.",
    [M],
  ],
  [
    "Putin, who ordered the invasion in February 2022, has framed the war as a defence against Western encroachment.",
    [M],
  ],
  ['"We just want to live," said Olena, 64, standing beside her damaged apartment block.', [H]],
  ["This article has been updated to include a statement from the defence ministry.", []],
  [
    "GAZA, Nov 3 (AP) - Israeli airstrikes pounded the north of the Gaza Strip overnight as ground forces pushed deeper toward Gaza City, the military said.",
    [M],
  ],
  [
    "The health ministry in the Hamas-run territory said more than 9,000 Palestinians had been killed, two-thirds of them women and minors.",
    [H],
  ],
  [
    "Jordan recalled its ambassador from Israel and said the Israeli envoy, who had left the kingdom, would not be allowed to return.",
    [D],
  ],
  [
    "Blinken arrived in Tel Aviv for talks with Netanyahu, pressing for humanitarian pauses to let aid into the enclave.",
    [D, H],
  ],
  [
    "Only a trickle of aid trucks has entered through Rafah since October 21, far below the 500 a day that crossed before the war, UN agencies say.",
    [H],
  ],
  ["Hezbollah's leader Hassan Nasrallah warned that all options were open on the Lebanese front.", [M]],
  ["The military said 24 soldiers had been killed since the start of the ground operation.", [M]],
  ["What Comes Next for the Region", []],
  ["The Road to Recovery", []],
  ["Analysis: Why the Front Collapsed So Quickly", [M]],
  [
    "For many observers, the speed of events has been breathtaking, and few predicted how the year would end.",
    [],
  ],
  [
    "Experts caution that the story is far from over and that much will depend on choices made in the coming weeks.",
    [],
  ],
  [
    "The city has a rich cultural heritage, with a medieval citadel and souks that once drew tourists from across the world.",
    [],
  ],
  ["In interviews, shopkeepers spoke of their hopes for a return to normal life and lower prices.", []],
  [
    "The movement traces its roots to the protests of 2011, when crowds gathered in the main square to demand reforms.",
    [],
  ],
  [
    "The president's father ruled the country for three decades and crushed an uprising in 1982, killing thousands.",
    [H],
  ],
  ["Tensions remain high, and the mood in the capital is a mix of anxiety and cautious optimism.", []],
  ["The outcome could reshape the balance of power in the Middle East for years to come.", []],
  ["The BBC's correspondent, reporting from the border, said the atmosphere was tense.", []],
  ["For more on this story, see our explainer.", []],
  [
    "Government troops abandoned their positions on the hills overlooking the city and withdrew south, leaving behind tanks and ammunition.",
    [M],
  ],
  [
    "The withdrawal left the road to the coast open, cutting off one of the regime's main supply routes.",
    [M],
  ],
  [
    "In the camps along the border, aid workers say supplies of flour and medicine will run out within days.",
    [H],
  ],
  [
    "Many families have lost everything; some have been displaced four or five times since the war began.",
    [H],
  ],
  ["Turkey's foreign minister held a phone call with his Iranian counterpart to discuss the situation.", [D]],
  ["The European Union said it would review its sanctions once a transitional government is in place.", [D]],
  ["Russia, which intervened militarily in 2015, has evacuated some personnel from its embassy.", [D]],
  ["Opposition fighters reached the outskirts of the capital overnight, according to a war monitor.", [M]],
  ["Electricity and running water have been cut in much of the city, residents say.", [H]],
  [
    "Syrian rebels said on Saturday they had entered the outskirts of Homs and were closing in on Damascus from the south, as government troops melted away.",
    [M],
  ],
  [
    "The Syrian defence ministry denied that its troops had withdrawn from positions near the capital, calling the reports false.",
    [M],
  ],
  [
    "Foreign ministers of Iran, Russia and Turkey met in Doha and called for an end to hostilities and a political dialogue between the government and the opposition.",
    [D],
  ],
  [
    "US President Joe Biden's administration said it was closely monitoring events and had no plans to intervene, while President-elect Donald Trump wrote that the United States should stay out of the fight.",
    [D],
  ],
  ["Israel said it had deployed additional forces to the Golan Heights as a precaution.", [M]],
  [
    "The UN special envoy for Syria, Geir Pedersen, urged an orderly political transition and called for urgent talks in Geneva.",
    [D],
  ],
  [
    "Lebanon closed all but one of its border crossings with Syria, and thousands of Syrians waited at the Masnaa crossing to leave.",
    [D, H],
  ],
  ["Jordan's army said it had shut its main crossing after fighting erupted near Deraa.", [M]],
  ["Residents of Damascus rushed to stock up on bread and fuel, and long lines formed at bakeries.", [H]],
  [
    "The Syrian Observatory for Human Rights said at least 910 people had been killed since November 27, including 138 civilians.",
    [H],
  ],
  ["HTS leader Abu Mohammed al-Golani told CNN the group's goal was to overthrow Assad's government.", [M]],
  ["Russia's embassy in Damascus advised its citizens to leave the country on commercial flights.", [D]],
  ["Iran began evacuating its military commanders and personnel from Syria, officials said.", [M]],
  ["Kurdish-led forces took control of Deir ez-Zor after government troops pulled out.", [M]],
  [
    "Syrian state media said the army was regrouping and that an operation to retake Hama would begin soon.",
    [M],
  ],
  [
    "Aid groups said they were struggling to reach displaced families in Idlib as roads were blocked by fighting.",
    [H, M],
  ],
  [
    "Qatar's prime minister said Assad had failed to use the years of calm to reconcile with his people.",
    [D],
  ],
  ["Turkey's President Erdogan said he hoped the rebels' march would continue without incident.", [D, M]],
  [
    "In Hama, rebels freed detainees from the central prison, and some residents tore down portraits of Assad.",
    [M],
  ],
  ["UNICEF said children made up a large share of the newly displaced and many were out of school.", [H]],
];
