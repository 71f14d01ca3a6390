// bench/corpus.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
var PLACES = [
  "Homs",
  "Hama",
  "Aleppo",
  "Idlib",
  "Deir ez-Zor",
  "Raqqa",
  "Daraa",
  "Latakia",
  "Tartus",
  "Qamishli"
];
var WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function sampleParagraphs(samplesDir) {
  const paragraphs = [];
  for (const name of readdirSync(samplesDir).sort()) {
    const body = readFileSync(join(samplesDir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    for (const block of body.split(/\n\s*\n/)) {
      const text = block.replace(/\s+/g, " ").trim();
      if (text.length > 60) paragraphs.push(text);
    }
  }
  return paragraphs;
}
var SYNONYMS = {
  said: ["said", "reported", "stated", "told reporters", "announced"],
  fighting: ["fighting", "clashes", "combat", "hostilities"],
  rebels: ["rebels", "insurgents", "opposition fighters", "armed groups"],
  city: ["city", "town", "provincial capital", "urban centre"],
  army: ["army", "military", "armed forces", "government troops"],
  people: ["people", "residents", "civilians", "inhabitants"],
  offensive: ["offensive", "assault", "campaign", "push"]
};
var SYNONYM_WORDS = new RegExp(`\\b(${Object.keys(SYNONYMS).join("|")})\\b`, "g");
var OPENERS = ["Meanwhile,", "Separately,", "Earlier,", "In a statement,", "According to local officials,", "By late evening,"];
function vary(paragraph, next, pick) {
  const text = paragraph.replace(SYNONYM_WORDS, (word) => pick(SYNONYMS[word] ?? [word])).replace(/\b(Homs|Hama|Aleppo|Idlib|Rastan|Talbisseh|Tartus|Latakia)\b/g, () => pick(PLACES)).replace(/\b\d[\d,]*(\.\d+)?\b/g, (n2) => {
    const value = Number(n2.replace(/,/g, ""));
    if (value >= 1900 && value <= 2100) return n2;
    return String(Math.max(2, Math.round(value * (0.5 + next())))).replace(/\B(?=(\d{3})+$)/g, ",");
  }).replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => pick(WEEKDAYS));
  return next() < 0.4 ? `${pick(OPENERS)} ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
function generateCorpus(samplesDir, bytes, seed = 7) {
  const next = random(seed);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const paragraphs = sampleParagraphs(samplesDir);
  const files = [];
  let total = 0;
  while (total < bytes) {
    const place = pick(PLACES);
    const body = [];
    const count = 5 + Math.floor(next() * 6);
    for (let i = 0; i < count; i++) {
      body.push(vary(pick(paragraphs), next, pick));
    }
    const day = 1 + Math.floor(next() * 7);
    const text = `---
title: Fighting near ${place}, report ${files.length + 1}
source: Bench Wire
published: 2024-12-0${day}
---

${body.join("\n\n")}
`;
    files.push({ id: `bench-${files.length + 1}`, text });
    total += Buffer.byteLength(text);
  }
  return files;
}

// src/themes/lexicon.ts
var MILITARY = [
  // operations
  ["offensive", 1],
  ["counteroffensive", 1.2],
  ["counter offensive", 1.2],
  ["counterattack", 1.2],
  ["assault", 1],
  ["attack", 1],
  ["raid", 0.8],
  ["ambush", 1],
  ["incursion", 1],
  ["invasion", 1],
  ["invade", 1],
  ["military operation", 1],
  ["ground operation", 1.2],
  ["ground offensive", 1.2],
  ["operation", 0.3],
  ["campaign", 0.3],
  ["battle", 1],
  ["combat", 1],
  ["fighting", 0.8],
  ["heavy fighting", 1.2],
  ["fierce fighting", 1.2],
  ["intense fighting", 1.2],
  ["street fighting", 1.2],
  ["fighting erupt", 1.2],
  ["fighting broke out", 1.2],
  ["fighting continue", 1],
  ["since the fighting began", 0.4],
  ["since the fighting start", 0.4],
  ["fight", 0.6],
  ["clash", 1],
  ["skirmish", 1],
  ["firefight", 1],
  ["gunfire", 0.8],
  ["hostilities", 0.8],
  ["siege", 0.8],
  ["besiege", 0.8],
  ["encircle", 1],
  ["encirclement", 1],
  ["blockade", 0.6],
  // strikes and weapons
  ["airstrike", 1.2],
  ["air strike", 1.2],
  ["air raid", 1.2],
  ["drone strike", 1.2],
  ["missile strike", 1.2],
  ["strike", 0.6],
  ["bomb", 1],
  ["bombing", 1],
  ["bombard", 1],
  ["bombardment", 1],
  ["shell", 1],
  ["shelling", 1],
  ["artillery", 1.2],
  ["mortar", 1],
  ["rocket", 1],
  ["missile", 1],
  ["drone", 1],
  ["drone footage", 0],
  ["drone image", 0],
  ["drone video", 0],
  ["warplane", 1.2],
  ["fighter jet", 1.2],
  ["jet", 0.5],
  ["helicopter", 0.6],
  ["gunship", 1],
  ["tank", 0.8],
  ["fuel tank", 0],
  ["petrol tank", 0],
  ["gas tank", 0],
  ["water tank", 0],
  ["storage tank", 0],
  ["think tank", 0],
  ["fill their tank", 0],
  ["fill up their tank", 0],
  ["armored vehicle", 1],
  ["armoured vehicle", 1],
  ["weapon", 0.8],
  ["heavy weapon", 1.2],
  ["arms", 0.5],
  ["ammunition", 1],
  ["munition", 1],
  ["explosive", 0.6],
  ["landmine", 1],
  ["sniper", 1],
  ["air force", 1],
  ["air power", 1],
  ["firepower", 1],
  ["air defence", 1],
  ["air defense", 1],
  // forces
  ["troops", 1],
  ["troop", 1],
  ["soldier", 0.8],
  ["army", 0.8],
  ["military", 0.8],
  ["militarily", 0.8],
  ["armed force", 1],
  ["government force", 1],
  ["regime force", 1],
  ["rebel force", 1],
  ["security force", 0.8],
  ["ground force", 1],
  ["special force", 1],
  ["force", 0.4],
  ["rebel", 1],
  ["insurgent", 0.8],
  ["insurgency", 0.8],
  ["militant", 0.8],
  ["militia", 0.8],
  ["paramilitary", 1],
  ["fighter", 0.6],
  ["jihadist", 0.8],
  ["armed group", 0.8],
  ["armed opponent", 1],
  ["armed opposition", 1],
  ["armed faction", 1],
  ["opposition force", 1],
  ["opposition fighter", 1],
  ["brigade", 0.8],
  ["battalion", 1],
  ["regiment", 1],
  ["garrison", 1],
  ["commander", 0.5],
  ["mercenary", 1],
  ["conscript", 1],
  ["reservist", 1],
  ["navy", 0.8],
  ["naval", 0.8],
  ["marine", 0.5],
  ["defence ministry", 0.8],
  ["defense ministry", 0.8],
  ["ministry of defence", 0.8],
  ["ministry of defense", 0.8],
  ["pentagon", 0.8],
  // armed groups that wire copy names often
  ["hezbollah", 0.8],
  ["hamas", 0.6],
  ["#hts", 0.8],
  ["hayat tahrir al sham", 0.8],
  ["islamic state", 0.8],
  ["#isis", 0.8],
  ["#isil", 0.8],
  ["al qaeda", 0.6],
  ["#sdf", 0.8],
  ["#rsf", 0.8],
  ["rapid support force", 1],
  ["#idf", 1],
  ["wagner", 0.6],
  ["houthi", 0.8],
  ["taliban", 0.6],
  ["#m23", 0.8],
  // ground gained and lost
  ["capture", 0.6],
  ["recapture", 1.2],
  ["seize", 1],
  ["take control", 1],
  ["took control", 1],
  ["seize control", 1.2],
  ["gain control", 1],
  ["lose control", 0.8],
  ["under control", 0.5],
  ["control of", 0.6],
  ["maintain control", 0.8],
  ["in control", 0.5],
  ["overrun", 1],
  ["advance", 0.8],
  ["push", 0.3],
  ["gain ground", 1],
  ["gain", 0.4],
  ["make gain", 1],
  ["made gain", 1],
  ["lose ground", 1],
  ["retreat", 1],
  ["withdraw", 0.6],
  ["withdrawal", 0.6],
  ["pull back", 0.8],
  ["fall to the", 1],
  ["fall into the hand", 1],
  ["fall of", 0.6],
  ["enter", 0.3],
  ["surrender", 1],
  ["defect", 0.8],
  ["deploy", 1],
  ["deployment", 1],
  ["reinforcement", 1],
  ["reinforce", 0.8],
  ["mobilise", 0.8],
  ["mobilize", 0.8],
  ["mobilisation", 0.8],
  ["mobilization", 0.8],
  ["front line", 1],
  ["frontline", 1],
  ["front", 0.3],
  ["territory", 0.6],
  ["territorial", 0.6],
  ["stronghold", 0.8],
  ["bastion", 0.6],
  ["defence", 0.5],
  ["defense", 0.5],
  ["defend", 0.6],
  ["defensive", 0.8],
  ["position", 0.3],
  ["checkpoint", 0.6],
  ["outpost", 0.8],
  ["military base", 1],
  ["airbase", 1],
  ["air base", 1],
  ["naval base", 1],
  ["military academy", 0.6],
  ["supply line", 1],
  ["supply route", 1],
  ["strategic", 0.5],
  ["chokepoint", 0.8],
  ["outskirt", 0.4],
  ["victory", 0.4],
  ["momentum", 0.3],
  ["setback", 0.3],
  ["coup", 0.6],
  ["overthrow", 0.8],
  ["topple", 0.6],
  ["oust", 0.6],
  ["ceasefire violation", 1],
  // ceasefire breaches are fighting, not diplomacy (the longer phrase covers "ceasefire")
  ["violate the ceasefire", 1],
  ["violate the truce", 1],
  ["violation of the ceasefire", 1],
  ["violation of the truce", 1],
  ["breach the ceasefire", 1],
  ["breach of the ceasefire", 1],
  ["breach the truce", 1],
  ["breach of the truce", 1],
  ["truce violation", 1],
  ["rebellion", 0.8],
  ["uprising", 0.5],
  ["infantry", 1],
  ["howitzer", 1.2],
  ["grenade", 1],
  ["warship", 1.2],
  ["frigate", 1],
  ["ballistic missile", 1.2],
  ["cruise missile", 1.2],
  ["shoot down", 1],
  ["intercept", 0.6],
  ["sortie", 1],
  ["trench", 0.6],
  ["fortification", 0.8],
  ["foothold", 0.8],
  ["bridgehead", 1],
  ["infiltrate", 0.8],
  ["infiltration", 0.8],
  ["counterinsurgency", 1],
  ["sink", 0.5],
  ["hijack", 0.8],
  ["march on", 0.8],
  ["march toward", 0.8],
  ["march towards", 0.8],
  // military words that are not about fighting
  ["fighting age", 0],
  ["military age", 0],
  ["air force one", 0],
  ["military government", 0.4],
  ["military junta", 0.5],
  ["junta", 0.4],
  ["military rule", 0.4],
  ["military coup", 0.6]
];
var HUMANITARIAN = [
  ["humanitarian", 0.7],
  ["humanitarian aid", 1.2],
  ["humanitarian assistance", 1.2],
  ["humanitarian access", 1.2],
  ["humanitarian corridor", 1.2],
  ["humanitarian situation", 1],
  ["humanitarian need", 1.2],
  ["aid", 0.6],
  ["aid convoy", 1.2],
  ["aid truck", 1.2],
  ["aid shipment", 1.2],
  ["aid flight", 1.2],
  ["humanitarian pause", 1.2],
  ["power cut", 1],
  ["power outage", 1],
  ["blackout", 0.8],
  ["without power", 1],
  ["without electricity", 1],
  ["heating", 0.5],
  ["hostage", 0.6],
  ["aid worker", 1.2],
  ["aid agency", 1.2],
  ["aid group", 1.2],
  ["aid delivery", 1.2],
  ["relief", 0.5],
  ["relief agency", 1.2],
  ["food", 0.6],
  ["bread", 0.6],
  ["flour", 0.6],
  ["queue", 0.4],
  ["ration", 0.6],
  ["food aid", 1.2],
  ["food insecurity", 1.2],
  ["famine", 1.2],
  ["starvation", 1.2],
  ["starve", 1],
  ["hunger", 1],
  ["malnutrition", 1.2],
  ["malnourish", 1.2],
  ["water", 0.3],
  ["clean water", 1],
  ["drinking water", 1],
  ["electricity", 0.5],
  ["fuel", 0.3],
  ["medicine", 0.8],
  ["medical", 0.6],
  ["medical supply", 1],
  ["shortage", 0.6],
  ["supply", 0.2],
  ["hospital", 1],
  ["clinic", 0.8],
  ["health facility", 1],
  ["health care", 0.8],
  ["healthcare", 0.8],
  ["doctor", 0.6],
  ["nurse", 0.6],
  ["ambulance", 0.8],
  ["paramedic", 0.8],
  ["rescuer", 1],
  ["rescue", 0.6],
  ["rubble", 0.8],
  ["cholera", 1.2],
  ["disease", 0.8],
  ["outbreak", 0.6],
  ["epidemic", 1],
  ["displaced", 1.2],
  ["displace", 1.2],
  ["displacement", 1.2],
  ["internally displaced", 1.2],
  ["#idp", 1.2],
  ["refugee", 1.2],
  ["asylum", 0.8],
  ["asylum seeker", 1.2],
  ["asylum application", 1.2],
  ["asylum claim", 1.2],
  ["asylum request", 1.2],
  ["exodus", 1.2],
  ["uproot", 1.2],
  ["evacuee", 1.2],
  ["evacuation", 0.7],
  ["mass evacuation", 1.2],
  ["evacuate", 0.8],
  ["shelter", 0.8],
  ["homeless", 1],
  ["tent", 0.6],
  ["camp", 0.4],
  ["displacement camp", 1.2],
  ["refugee camp", 1.2],
  ["civilian", 0.8],
  ["civilian casualty", 1.2],
  ["women and child", 1.2],
  ["human cost", 1.2],
  ["humanitarian crisis", 1],
  ["suffering", 1],
  ["plight", 1],
  ["trap", 0.5],
  ["death toll", 1.2],
  ["toll", 0.5],
  ["massacre", 1],
  ["mass grave", 1.2],
  ["atrocity", 1],
  ["war crime", 1],
  ["human right", 0.6],
  ["abuse", 0.5],
  ["looting", 0.6],
  ["orphan", 1],
  // humanitarian agencies
  ["#unhcr", 1.2],
  ["#ocha", 1.2],
  ["#wfp", 1.2],
  ["#unicef", 1.2],
  ["#icrc", 1.2],
  ["#unrwa", 1.2],
  ["#msf", 1.2],
  ["#who", 0.8],
  ["world food programme", 1.2],
  ["world food program", 1.2],
  ["world health organization", 1.2],
  ["red cross", 1.2],
  ["red crescent", 1.2],
  ["doctors without borders", 1.2],
  ["medecins sans frontieres", 1.2],
  ["white helmet", 1.2],
  ["civil defence", 1],
  ["civil defense", 1],
  ["save the children", 1.2],
  ["un refugee agency", 1.2],
  ["#iom", 1.2],
  ["international organization for migration", 1.2],
  ["#unfpa", 1.2],
  ["#fao", 0.8],
  ["#nrc", 1.2],
  ["#irc", 1],
  ["#ipc", 1],
  ["humanitarian coordinator", 1.2],
  ["humanitarian partner", 1.2],
  ["humanitarian worker", 1.2],
  ["humanitarian organization", 1.2],
  ["humanitarian organisation", 1.2],
  // appeals and funding (OCHA, ReliefWeb)
  ["humanitarian response plan", 1.2],
  ["response plan", 0.8],
  ["flash appeal", 1.2],
  ["humanitarian appeal", 1.2],
  ["fund", 0.4],
  ["underfund", 1],
  ["funding gap", 1],
  ["funding shortfall", 1],
  ["shortfall", 0.4],
  ["donor", 0.6],
  ["pledging conference", 1],
  ["emergency aid", 1.2],
  ["emergency assistance", 1.2],
  ["emergency relief", 1.2],
  ["relief supplies", 1],
  ["relief effort", 1],
  ["assistance", 0.4],
  ["people in need", 1.2],
  ["in need", 0.6],
  ["life saving", 0.8],
  ["lifesaving", 0.8],
  ["food security", 1],
  ["nutrition", 0.8],
  ["vaccination", 0.8],
  ["vaccine", 0.6],
  ["sanitation", 1],
  ["hygiene", 0.8],
  ["sexual violence", 1.2],
  ["gender based violence", 1.2],
  ["rape", 1],
  ["abduct", 0.8],
  ["abduction", 0.8],
  ["kidnap", 0.6],
  ["trafficking", 0.6],
  ["trauma", 0.8],
  ["survivor", 0.6],
  ["dehydrat", 0.8],
  ["search and rescue", 1.2],
  ["rescue team", 1],
  ["crossing", 0.4],
  ["border crossing", 0.8],
  ["truck", 0.3],
  // displacement
  ["forced from their home", 1.2],
  ["forced from home", 1.2],
  ["forced out of their home", 1.2],
  ["forced to flee", 1.2],
  ["driven from their home", 1.2],
  ["lost their home", 1],
  ["host community", 1],
  ["new arrival", 0.8],
  ["influx", 0.8],
  ["returnee", 1],
  ["stateless", 1],
  ["informal settlement", 0.8],
  // disasters
  ["earthquake", 1],
  ["quake", 1],
  ["aftershock", 0.8],
  ["tremor", 0.4],
  ["flood", 0.8],
  ["cyclone", 1],
  ["hurricane", 1],
  ["typhoon", 1],
  ["tsunami", 1],
  ["landslide", 0.8],
  ["drought", 0.8],
  ["wildfire", 0.8],
  ["natural disaster", 1.2],
  ["disaster", 0.6],
  ["debris", 0.5]
];
var DIPLOMATIC = [
  ["diplomacy", 1.2],
  ["diplomatic", 1],
  ["diplomat", 1],
  ["peace talks", 1.2],
  ["talks", 0.6],
  ["held talks", 1.2],
  ["negotiation", 1],
  ["negotiate", 1],
  ["prisoner of war", 0.6],
  ["prisoner exchange", 1.2],
  ["prisoner swap", 1.2],
  ["humanitarian pause", 0.8],
  ["negotiator", 1],
  ["mediation", 1],
  ["mediate", 1],
  ["mediator", 1],
  ["ceasefire", 1],
  ["cease fire", 1],
  ["truce", 1],
  ["armistice", 1],
  ["peace deal", 1.2],
  ["peace agreement", 1.2],
  ["peace plan", 1.2],
  ["peace process", 1.2],
  ["peace conference", 1.2],
  ["political solution", 1.2],
  ["political settlement", 1.2],
  ["political transition", 1],
  ["de escalation", 0.8],
  ["restraint", 0.8],
  ["summit", 1],
  ["bilateral", 1],
  ["multilateral", 1],
  ["diplomatic tie", 1.2],
  ["diplomatic relation", 1.2],
  ["tie", 0.4],
  ["relation", 0.4],
  ["normalisation", 1],
  ["normalization", 1],
  ["embassy", 1],
  ["ambassador", 1],
  ["counterpart", 1],
  ["envoy", 1],
  ["consulate", 1],
  ["foreign minister", 1.2],
  ["foreign ministry", 1.2],
  ["ministry of foreign affairs", 1.2],
  ["foreign secretary", 1.2],
  ["foreign policy", 1],
  ["secretary of state", 1.2],
  ["state department", 1.2],
  ["security council", 1.2],
  ["general assembly", 1.2],
  ["secretary general", 1],
  ["international community", 0.8],
  ["world leader", 0.8],
  ["sanction", 1],
  ["resolution", 0.4],
  ["condemn", 0.8],
  ["condemnation", 1],
  ["denounce", 0.6],
  ["recognise", 0.4],
  ["recognize", 0.4],
  ["recognition", 0.5],
  ["ally", 0.4],
  ["alliance", 0.5],
  ["allegiance", 0.2],
  ["interest", 0.2],
  ["end the war", 0.6],
  ["end the conflict", 0.6],
  ["end the fighting", 0.6],
  ["end to the war", 0.6],
  ["end to the fighting", 0.6],
  ["#nato", 0.8],
  ["european union", 0.6],
  ["#eu", 0.6],
  ["arab league", 0.8],
  ["african union", 0.8],
  ["#g7", 0.8],
  ["#g20", 0.8],
  ["kremlin", 0.5],
  ["white house", 0.5],
  ["agreement", 0.6],
  ["deal", 0.4],
  ["treaty", 1],
  ["cessation of hostilities", 1.2],
  ["ceasefire talks", 1.2],
  ["dialogue", 0.6],
  ["rapprochement", 1],
  ["communique", 1],
  ["joint statement", 1.2],
  ["sovereignty", 0.6],
  ["territorial integrity", 1],
  ["foreign interference", 0.8],
  ["human rights council", 1.2],
  ["special representative", 1],
  ["high commissioner", 0.8],
  ["peacekeeping", 0.8],
  ["peacekeeper", 0.8],
  ["multinational", 0.8],
  ["stabilisation force", 0.8],
  ["stabilization force", 0.8],
  ["expel", 0.8],
  ["expulsion", 0.8],
  ["persona non grata", 1.2],
  ["summon", 0.6],
  ["broker", 0.8],
  ["veto", 1],
  ["embargo", 0.8],
  ["arms embargo", 1.2],
  ["asset freeze", 1],
  ["state visit", 1.2],
  ["official visit", 1],
  ["pledging conference", 1],
  ["foreign aid", 0.6],
  ["proxy", 0.5],
  ["#ecowas", 0.8],
  ["#asean", 0.8],
  ["#sadc", 0.8],
  ["#igad", 0.8],
  ["#osce", 0.8],
  ["#gcc", 0.8],
  // a truce as a date, not an act ("the deadliest day since the ceasefire began")
  ["since the ceasefire", 0.3],
  ["since the truce", 0.3],
  ["before the ceasefire", 0.3],
  ["before the truce", 0.3]
];
var VAGUE = {
  military: [
    ["war", 0.4],
    ["civil war", 0.5],
    ["conflict", 0.3],
    ["violence", 0.4],
    ["escalation", 0.4],
    ["escalate", 0.4],
    ["armed", 0.4],
    ["security", 0.2],
    ["regime", 0.2],
    ["insecurity", 0.3],
    ["instability", 0.2],
    ["tension", 0.2]
  ],
  humanitarian: [
    ["crisis", 0.3],
    ["fear", 0.3],
    ["afraid", 0.4],
    ["scared", 0.4],
    ["terror", 0.3],
    ["panic", 0.3],
    ["alarm", 0.3],
    ["desperate", 0.4],
    ["grief", 0.3],
    ["mourn", 0.3],
    ["safety", 0.3],
    ["population", 0.2],
    ["family", 0.3],
    ["resident", 0.3],
    ["violence", 0.2]
  ],
  diplomatic: [
    ["peace", 0.3],
    ["international", 0.3],
    ["global", 0.2],
    ["regional power", 0.3],
    ["foreign", 0.2],
    ["government", 0.1]
  ]
};
var CIVILIAN_NOUNS = [
  "civilian",
  "child",
  "kid",
  "baby",
  "infant",
  "woman",
  "girl",
  "boy",
  "resident",
  "people",
  "person",
  "family",
  "villager",
  "inhabitant",
  "citizen",
  "patient",
  "aid worker",
  "journalist",
  "reporter",
  "doctor",
  "nurse",
  "medic",
  "paramedic",
  "student",
  "pupil",
  "worshipper",
  "passenger",
  "farmer",
  "refugee",
  "migrant",
  "evacuee",
  "elderly",
  "witness",
  "household",
  "population",
  "life",
  "non combatant",
  "noncombatant",
  "bystander",
  "minority",
  "community"
];
var COMBATANT_NOUNS = [
  "soldier",
  "troops",
  "troop",
  "fighter",
  "militant",
  "rebel",
  "insurgent",
  "serviceman",
  "servicemen",
  "service member",
  "military personnel",
  "officer",
  "combatant",
  "guard",
  "commander",
  "conscript",
  "recruit",
  "jihadist",
  "gunman",
  "sniper",
  "pilot",
  "paratrooper",
  "mercenary",
  "militiaman",
  "militiamen",
  "force",
  "army",
  "militia",
  "garrison",
  "crew",
  "defender",
  "attacker",
  "general",
  "colonel"
];
var CASUALTY_WORDS = [
  "kill",
  "killing",
  "dead",
  "die",
  "death",
  "wound",
  "wounded",
  "injure",
  "injured",
  "injury",
  "casualty",
  "body",
  "corpse",
  "massacre",
  "slaughter",
  "execute",
  "execution",
  "shoot dead",
  "bury",
  "funeral",
  "missing"
];
var FLIGHT_WORDS = ["flee", "escape", "evacuate", "leave", "abandon", "run"];
var DISTRESS_WORDS = [
  "fear",
  "afraid",
  "scared",
  "terror",
  "terrify",
  "panic",
  "alarm",
  "trap",
  "stranded",
  "suffer",
  "suffering",
  "hunger",
  "hungry",
  "cold",
  "desperate",
  "struggle",
  "caught in the crossfire",
  "crossfire",
  "safety",
  "homeless",
  "harm",
  "protect",
  "protection",
  "spare",
  "endure"
];
var DIPLOMATIC_ACTORS = [
  "secretary general",
  "security council",
  "general assembly",
  "foreign minister",
  "foreign ministry",
  "ministry of foreign affairs",
  "foreign secretary",
  "secretary of state",
  "state department",
  "envoy",
  "special envoy",
  "ambassador",
  "embassy",
  "diplomat",
  "kremlin",
  "white house",
  "downing street",
  "elysee",
  "#nato",
  "#eu",
  "european union",
  "european commission",
  "arab league",
  "african union",
  "#g7",
  "#g20",
  "prime minister",
  "president",
  "chancellor",
  "world leader",
  "head of state",
  "head of government",
  "vice president",
  "human rights council",
  "special representative",
  "special rapporteur",
  "high commissioner",
  "mediator",
  "negotiator",
  "delegation",
  "foreign office",
  "#ecowas",
  "#asean",
  "#sadc",
  "#igad",
  "#osce",
  "#gcc",
  "leader",
  "pope"
];
var UN_ACTORS = ["#un", "united nation", "#unsc", "un agency"];
var STATE_NAMES = [
  "united states",
  "#us",
  "#usa",
  "america",
  "washington",
  "russia",
  "moscow",
  "china",
  "beijing",
  "iran",
  "tehran",
  "turkey",
  "turkiye",
  "ankara",
  "israel",
  "jerusalem",
  "tel aviv",
  "brussels",
  "kabul",
  "tripoli",
  "sanaa",
  "minsk",
  "tbilisi",
  "yerevan",
  "baku",
  "nairobi",
  "addis ababa",
  "saudi arabia",
  "riyadh",
  "qatar",
  "doha",
  "egypt",
  "cairo",
  "jordan",
  "amman",
  "iraq",
  "baghdad",
  "lebanon",
  "beirut",
  "syria",
  "damascus",
  "united arab emirate",
  "#uae",
  "abu dhabi",
  "britain",
  "#uk",
  "united kingdom",
  "london",
  "france",
  "paris",
  "germany",
  "berlin",
  "italy",
  "rome",
  "spain",
  "ukraine",
  "kyiv",
  "kiev",
  "poland",
  "warsaw",
  "belarus",
  "india",
  "new delhi",
  "pakistan",
  "islamabad",
  "japan",
  "tokyo",
  "south korea",
  "seoul",
  "north korea",
  "pyongyang",
  "sudan",
  "khartoum",
  "ethiopia",
  "eritrea",
  "kenya",
  "libya",
  "yemen",
  "oman",
  "kuwait",
  "bahrain",
  "algeria",
  "morocco",
  "tunisia",
  "azerbaijan",
  "armenia",
  "georgia",
  "brazil",
  "canada",
  "ottawa",
  "australia",
  "rwanda",
  "congo",
  "kinshasa",
  "venezuela",
  "colombia",
  "mexico",
  "kigali",
  "uganda",
  "kampala",
  "burundi",
  "bujumbura",
  "tanzania",
  "south sudan",
  "juba",
  "chad",
  "somalia",
  "mogadishu",
  "djibouti",
  "nigeria",
  "abuja",
  "niger",
  "niamey",
  "mali",
  "bamako",
  "burkina faso",
  "cameroon",
  "south africa",
  "pretoria",
  "angola",
  "luanda",
  "haiti",
  "myanmar",
  "naypyidaw",
  "thailand",
  "bangkok",
  "bangladesh",
  "dhaka",
  "afghanistan",
  "indonesia",
  "jakarta",
  "philippines",
  "manila",
  "vietnam",
  "hanoi",
  "malaysia",
  "singapore",
  "netherlands",
  "the hague",
  "belgium",
  "sweden",
  "stockholm",
  "norway",
  "oslo",
  "denmark",
  "copenhagen",
  "finland",
  "helsinki",
  "switzerland",
  "bern",
  "austria",
  "vienna",
  "hungary",
  "budapest",
  "greece",
  "athens",
  "cyprus",
  "serbia",
  "belgrade",
  "kosovo",
  "moldova",
  "romania",
  "bulgaria",
  "czech republic",
  "prague",
  "lithuania",
  "latvia",
  "estonia",
  "argentina",
  "buenos aires",
  "chile",
  "peru",
  "cuba",
  "havana",
  "caracas",
  "bogota",
  "brasilia",
  "new zealand",
  "canberra"
];
var DIPLOMATIC_VERBS = [
  "say",
  "state",
  "statement",
  "comment",
  "call on",
  "call for",
  "called on",
  "urge",
  "appeal",
  "warn",
  "condemn",
  "denounce",
  "welcome",
  "demand",
  "express",
  "voice",
  "reiterate",
  "pledge",
  "promise",
  "accuse",
  "reject",
  "praise",
  "criticise",
  "criticize",
  "meet",
  "meeting",
  "host",
  "talk",
  "discuss",
  "negotiate",
  "mediate",
  "propose",
  "sign",
  "agree",
  "agreement",
  "recognise",
  "recognize",
  "oppose",
  "summon",
  "expel",
  "sanction",
  "visit",
  "phone",
  "call",
  "announce",
  "speak",
  "thank",
  "insist",
  "stress",
  "affirm",
  "declare",
  "tell",
  "deny",
  "vow",
  "threaten",
  "dismiss",
  "blame",
  "address",
  "brief",
  "donate",
  "recall",
  "deplore"
];
var RELATION_VERBS = [
  "oppose",
  "support",
  "back",
  "recognise",
  "recognize",
  "sever",
  "restore",
  "normalise",
  "normalize",
  "sanction",
  "ally",
  "side with",
  "mediate between",
  "broker",
  "close",
  "reopen",
  "suspend",
  "resume",
  "visit",
  "host",
  "accuse",
  "invite",
  "expel"
];
var STATE_OBJECTS = [
  "government",
  "regime",
  "administration",
  "state",
  "country",
  "nation",
  "counterpart"
];
var HISTORY_CUES = [
  "reminiscent",
  "history",
  "historically",
  "decades ago",
  "years ago",
  "centuries ago",
  "early day",
  "anniversary",
  "founded",
  "rose to prominence",
  "first emerged",
  "dates back",
  "since independence",
  "colonial"
];
var META_CUES = [
  "this report",
  "this article",
  "this piece",
  "this story",
  "this analysis",
  "subscribe",
  "newsletter",
  "sign up",
  "click",
  "read more",
  "leave a reply",
  "copyright",
  "all rights reserved",
  "cookie",
  "advertisement",
  "share this",
  "follow us",
  // sourcing and contact lines of press releases
  "further information",
  "more information",
  "please contact",
  "media contact",
  "press contact",
  "media unit",
  "press office",
  "for media enquiries",
  "http",
  "https",
  "www",
  "org",
  "posted by",
  "photo credit"
];
var DEMONYMS = [
  "american",
  "russian",
  "chinese",
  "iranian",
  "turkish",
  "israeli",
  "saudi",
  "qatari",
  "egyptian",
  "jordanian",
  "iraqi",
  "lebanese",
  "syrian",
  "emirati",
  "british",
  "french",
  "german",
  "italian",
  "spanish",
  "ukrainian",
  "polish",
  "indian",
  "pakistani",
  "japanese",
  "korean",
  "sudanese",
  "ethiopian",
  "kenyan",
  "libyan",
  "yemeni",
  "omani",
  "kuwaiti",
  "algerian",
  "moroccan",
  "tunisian",
  "azerbaijani",
  "armenian",
  "brazilian",
  "canadian",
  "australian",
  "rwandan",
  "congolese",
  "danish",
  "dutch",
  "swedish",
  "norwegian",
  "finnish",
  "belgian",
  "austrian",
  "swiss",
  "greek",
  "hungarian",
  "czech",
  "romanian",
  "bulgarian",
  "serbian",
  "cypriot",
  "palestinian",
  "afghan",
  "ugandan",
  "burundian",
  "tanzanian",
  "chadian",
  "somali",
  "nigerian",
  "nigerien",
  "malian",
  "cameroonian",
  "angolan",
  "haitian",
  "burmese",
  "thai",
  "bangladeshi",
  "indonesian",
  "filipino",
  "vietnamese",
  "malaysian",
  "mexican",
  "colombian",
  "venezuelan",
  "cuban",
  "argentine",
  "chilean",
  "peruvian",
  "georgian",
  "belarusian",
  "lithuanian",
  "latvian",
  "estonian",
  "slovak",
  "croatian",
  "portuguese",
  "irish",
  "european",
  "western"
];
var HARM_WORDS = [
  "bomb",
  "bombing",
  "bombard",
  "shell",
  "shelling",
  "strike",
  "airstrike",
  "attack",
  "hit",
  "target",
  "damage",
  "destroy",
  "destruction",
  "loot",
  "raze",
  "flatten",
  "fire on",
  "open fire"
];
var CIVILIAN_SITES = [
  "hospital",
  "clinic",
  "school",
  "market",
  "marketplace",
  "residential",
  "residential area",
  "neighbourhood",
  "neighborhood",
  "home",
  "house",
  "apartment",
  "apartment block",
  "apartment building",
  "building",
  "shelter",
  "mosque",
  "church",
  "bakery",
  "camp",
  "power plant",
  "power station",
  "energy facility",
  "energy infrastructure",
  "water station",
  "civilian infrastructure",
  "aid convoy",
  "ambulance"
];

// src/themes/list.ts
var THEME_LIST = ["military", "humanitarian", "diplomatic"];

// src/themes/tokens.ts
var Tokens = class _Tokens {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Stemmed, lower-case keys ("strik", "civilian"); acronyms keep a leading "#" ("#un"); numbers "#num". */
  keys = [];
  /** Per token STRIDE small integers: start, end (exclusive), sentence, clause, capital (1 or 0). */
  data = [];
  get length() {
    return this.keys.length;
  }
  key(i) {
    return this.keys[i] ?? "";
  }
  /** The word as written (hyphenated words are split into parts). */
  raw(i) {
    if (i < 0 || i >= this.keys.length) return "";
    return this.text.slice(this.data[i * STRIDE], this.data[i * STRIDE + 1]);
  }
  start(i) {
    return i < 0 || i >= this.keys.length ? -1 : this.data[i * STRIDE];
  }
  end(i) {
    return i < 0 || i >= this.keys.length ? -1 : this.data[i * STRIDE + 1];
  }
  /** Sentence index (by . ! ? ; boundaries) of a word. */
  sentence(i) {
    return i < 0 || i >= this.keys.length ? -1 : this.data[i * STRIDE + 2];
  }
  /** Clause index (sentences further cut at , : ( ) and dashes) of a word. */
  clause(i) {
    return i < 0 || i >= this.keys.length ? -1 : this.data[i * STRIDE + 3];
  }
  /** A number written in digits ("820", "1,400", "1.4"). */
  isNumber(i) {
    return this.keys[i] === "#num";
  }
  /** The word starts with a capital letter. */
  isCapital(i) {
    return i >= 0 && i < this.keys.length && this.data[i * STRIDE + 4] === 1;
  }
  /** Start offsets of every word (a copy). */
  get starts() {
    return this.column(0);
  }
  get ends() {
    return this.column(1);
  }
  get sentences() {
    return this.column(2);
  }
  get clauses() {
    return this.column(3);
  }
  get capitals() {
    return this.column(4);
  }
  column(field) {
    const out = [];
    for (let i = 0; i < this.keys.length; i++) out.push(this.data[i * STRIDE + field]);
    return out;
  }
  /** Tokens [from, to) as a list of their own (offsets still into the same text). */
  slice(from, to) {
    const lo = Math.max(0, from);
    const hi = Math.min(to, this.length);
    const out = new _Tokens(this.text);
    for (let i = lo; i < hi; i++) {
      const d = i * STRIDE;
      out.push(
        this.keys[i] ?? "",
        this.data[d],
        this.data[d + 1],
        this.data[d + 2],
        this.data[d + 3],
        this.data[d + 4]
      );
    }
    return out;
  }
  push(key, start, end, sentence, clause, capital) {
    this.data.push(start, end, sentence, clause, capital);
    this.keys.push(key);
  }
};
var STRIDE = 5;
var IRREGULAR = /* @__PURE__ */ new Map([
  ["fled", "flee"],
  ["flees", "flee"],
  ["fleeing", "flee"],
  ["fought", "fight"],
  ["struck", "strike"],
  ["took", "take"],
  ["taken", "take"],
  ["fell", "fall"],
  ["fallen", "fall"],
  ["shot", "shoot"],
  ["held", "hold"],
  ["spoke", "speak"],
  ["spoken", "speak"],
  ["said", "say"],
  ["says", "say"],
  ["sent", "send"],
  ["lost", "lose"],
  ["left", "leave"],
  ["hamas", "hamas"],
  ["isis", "isis"],
  ["texas", "texas"],
  ["led", "lead"],
  ["met", "meet"],
  ["sank", "sink"],
  ["sunk", "sink"],
  ["freed", "free"],
  ["agreed", "agree"],
  ["overran", "overrun"],
  ["withdrew", "withdraw"],
  ["withdrawn", "withdraw"],
  ["drove", "drive"],
  ["driven", "drive"],
  ["began", "begin"],
  ["begun", "begin"],
  ["children", "child"],
  ["women", "woman"],
  ["men", "man"],
  ["died", "die"],
  ["dies", "die"],
  ["dying", "die"],
  ["lives", "life"],
  ["bodies", "body"],
  ["casualties", "casualty"],
  ["injuries", "injury"],
  ["militias", "militia"],
  ["sought", "seek"],
  ["caught", "catch"],
  ["brought", "bring"],
  ["hit", "hit"],
  ["shelled", "shell"],
  ["shelling", "shell"],
  ["killed", "kill"],
  ["killing", "kill"],
  ["killings", "kill"],
  ["news", "news"],
  ["ties", "tie"],
  ["talks", "talks"],
  ["forces", "force"],
  ["arms", "arms"],
  ["crises", "crisis"],
  ["analyses", "analysis"],
  ["species", "species"],
  ["series", "series"],
  ["us", "us"],
  ["was", "was"],
  ["has", "has"],
  ["is", "is"],
  ["his", "his"],
  ["this", "this"]
]);
var DOUBLE_END = /([bdfgkmnprt])\1$/;
function stem(word) {
  let w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular !== void 0) w = irregular;
  else if (w.length > 3) {
    if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith("ing") && w.length > 5) {
      w = w.slice(0, -3);
      if (DOUBLE_END.test(w)) w = w.slice(0, -1);
    } else if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) {
      w = w.slice(0, -2);
      if (DOUBLE_END.test(w)) w = w.slice(0, -1);
    } else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
    else if (w.endsWith("s") && !/(?:ss|us|is|ous)$/.test(w)) {
      w = w.slice(0, -1);
      if (w.endsWith("ing") && w.length > 5) {
        w = w.slice(0, -3);
        if (DOUBLE_END.test(w)) w = w.slice(0, -1);
      }
    }
  }
  if (w.length > 3 && w.endsWith("e") && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}
var INITIALS = /^(?:\p{Lu}\.){2,}$/u;
var ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
var DIGITS = /^\d[\d,.]*$/;
var TABLE_BITS = 16;
var TABLE_SIZE = 1 << TABLE_BITS;
var TABLE_MASK = TABLE_SIZE - 1;
var TABLE_MAX = TABLE_SIZE * 0.6;
var tableHashes = new Int32Array(TABLE_SIZE);
var tableWords = new Array(TABLE_SIZE).fill(void 0);
var tableKeys = new Array(TABLE_SIZE).fill("");
var tableCount = 0;
function keyAt(text, start, end) {
  let h = 2166136261 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  const length = end - start;
  let slot = h & TABLE_MASK;
  for (; ; ) {
    const word2 = tableWords[slot];
    if (word2 === void 0) break;
    if (tableHashes[slot] === h && word2.length === length && text.startsWith(word2, start)) {
      return tableKeys[slot];
    }
    slot = slot + 1 & TABLE_MASK;
  }
  const word = text.slice(start, end);
  const key = computeKey(word);
  if (tableCount >= TABLE_MAX) {
    tableWords.fill(void 0);
    tableCount = 0;
    slot = h & TABLE_MASK;
  }
  tableHashes[slot] = h;
  tableWords[slot] = word;
  tableKeys[slot] = key;
  tableCount++;
  return key;
}
function wordKey(raw) {
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57 && DIGITS.test(raw)) return "#num";
  return raw.length ? keyAt(raw, 0, raw.length) : computeKey(raw);
}
function computeKey(raw) {
  let key;
  let word = raw;
  if (INITIALS.test(word)) word = word.replaceAll(".", "");
  if (DIGITS.test(word)) key = "#num";
  else if (ACRONYM.test(word)) key = `#${word.toLowerCase()}`;
  else
    key = stem(
      word.replace(/['’]s$/i, "").replace(/['’]/g, "").toLowerCase()
    );
  return key;
}
var CLASS = new Uint8Array(65536);
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
for (let c = 0; c < 128; c++) {
  CLASS[c] = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 ? 1 : 2;
}
function isWordChar(c) {
  let k = CLASS[c];
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}
var isUpperAscii = (c) => c >= 65 && c <= 90;
function tokenize(text) {
  const tokens = new Tokens(text);
  const n2 = text.length;
  let sentence = 0;
  let clause = 0;
  let boundary = false;
  let cut = false;
  let i = 0;
  while (i < n2) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 46 || c === 33 || c === 63 || c === 59) boundary = true;
      else if (c === 44 || c === 58 || c === 40 || c === 41 || c === 8211 || c === 8212) cut = true;
      i++;
      continue;
    }
    const start = i;
    if (isUpperAscii(c) && text.charCodeAt(i + 1) === 46 && isUpperAscii(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      i += 4;
      while (isUpperAscii(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46) i += 2;
    } else {
      i++;
      while (i < n2) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          i++;
        } else if ((d === 46 || d === 44 || d === 39 || d === 8217) && i + 1 < n2 && isWordChar(text.charCodeAt(i + 1))) {
          i += 2;
        } else break;
      }
    }
    if (boundary && tokens.length > 0) sentence++;
    if ((boundary || cut) && tokens.length > 0) clause++;
    boundary = false;
    cut = false;
    let key;
    if (c >= 48 && c <= 57 && isNumberAt(text, start, i)) key = "#num";
    else key = keyAt(text, start, i);
    let capital = isUpperAscii(c);
    if (!capital && c > 127) {
      const first = String.fromCharCode(c);
      capital = first !== first.toLowerCase();
    }
    tokens.push(key, start, i, sentence, clause, capital ? 1 : 0);
  }
  return tokens;
}
function isNumberAt(text, start, end) {
  for (let k = start + 1; k < end; k++) {
    const d = text.charCodeAt(k);
    if (!(d >= 48 && d <= 57 || d === 44 || d === 46)) return false;
  }
  return true;
}

// src/themes/classify.ts
var compile = (phrase) => ({
  keys: phrase.split(/[\s-]+/).filter(Boolean).map((w) => w.startsWith("#") ? w : wordKey(w)),
  label: phrase.replace(/#/g, "").replace(/^(\w+)$/, (w) => w.length <= 5 && phrase.startsWith("#") ? w.toUpperCase() : w)
});
var INDEX = /* @__PURE__ */ new Map();
var addEntry = (text, set, value) => {
  const phrase = compile(text);
  const first = phrase.keys[0];
  if (first === void 0) return;
  const list = INDEX.get(first) ?? [];
  list.push({ keys: phrase.keys, label: phrase.label, set, value });
  list.sort((a, b) => b.keys.length - a.keys.length);
  INDEX.set(first, list);
};
var addLex = (theme, entries, vague) => {
  for (const [phrase, weight] of entries) addEntry(phrase, -1, { theme, weight, vague });
};
addLex("military", MILITARY, false);
addLex("humanitarian", HUMANITARIAN, false);
addLex("diplomatic", DIPLOMATIC, false);
for (const theme of THEME_LIST) addLex(theme, VAGUE[theme], true);
var classes = 0;
var wordSet = (words) => {
  const id = classes++;
  for (const w of words) addEntry(w, id);
  return id;
};
var CIVILIANS = wordSet(CIVILIAN_NOUNS);
var COMBATANTS = wordSet(COMBATANT_NOUNS);
var CASUALTIES = wordSet(CASUALTY_WORDS);
var DISTRESS = wordSet(DISTRESS_WORDS);
var DIP_ACTORS = wordSet(DIPLOMATIC_ACTORS);
var UN = wordSet(UN_ACTORS);
var STATES = wordSet(STATE_NAMES);
var DIP_VERBS = wordSet(DIPLOMATIC_VERBS);
var RELATIONS = wordSet(RELATION_VERBS);
var STATE_OBJ = wordSet(STATE_OBJECTS);
var HISTORY = wordSet(HISTORY_CUES);
var META = wordSet(META_CUES);
var APPEAL_OBJECTS = wordSet([
  "all side",
  "all parties",
  "both side",
  "warring",
  "international community",
  "world",
  "actor",
  "countries",
  "state",
  "power",
  "ceasefire",
  "restraint",
  "de escalation",
  "talks",
  "negotiation",
  "dialogue",
  "end",
  "leader",
  "government",
  "ally",
  "partner",
  "countries"
]);
var FLIGHT = wordSet(FLIGHT_WORDS);
var HARM = wordSet(HARM_WORDS);
var OFFICIALS = wordSet(["embassy", "consulate", "diplomat", "staff", "personnel", "ambassador", "envoy"]);
var SITES = wordSet(CIVILIAN_SITES);
var FORCES = wordSet([
  "force",
  "troops",
  "army",
  "military",
  "soldier",
  "jet",
  "warplane",
  "drone",
  "navy"
]);
var TRAVEL = wordSet(["visit", "arrive in", "arrived in", "travel to", "fly to", "flew to", "land in"]);
var CONTROL_VERBS = wordSet([
  "take",
  "retake",
  "lose",
  "storm",
  "regain",
  "liberate",
  "hold",
  "capture",
  "recapture",
  "seize",
  "overrun"
]);
var NOT_PLACES = new Set(
  [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "i"
  ].map((w) => wordKey(w))
);
var LIVES = wordSet(["life"]);
var FALLS = wordSet(["fall"]);
var CAPTIVES = wordSet(["hostage", "prisoner", "detainee", "captive", "remains"]);
var HELD = new Set(["hostage", "captive", "remains"].map((w) => wordKey(w)));
var SWAPS = new Set(["exchange", "swap", "handover", "hand", "return"].map((w) => wordKey(w)));
var EXCHANGES = wordSet([
  "release",
  "free",
  "exchange",
  "swap",
  "handover",
  "hand over",
  "handed over",
  "hand back",
  "return"
]);
var DISASTERS = wordSet([
  "earthquake",
  "quake",
  "storm",
  "cyclone",
  "hurricane",
  "typhoon",
  "tsunami",
  "flood",
  "landslide",
  "aftershock",
  "tremor"
]);
var COMMENTARY = wordSet([
  "implication",
  "emblematic",
  "encapsulate",
  "broader",
  "dichotomy",
  "sentiment",
  "emotion",
  "reflection",
  "narrative",
  "landscape",
  "dynamic",
  "trajectory",
  "uncertain",
  "uncertainty",
  "precarious",
  "precariously",
  "prospect",
  "remains to be seen",
  "the future",
  "symbol",
  "symbolic",
  "complex",
  "complexity",
  "skeptical",
  "sceptical",
  "looming",
  "specter",
  "spectre",
  "underscore",
  "testament"
]);
var GIVING = wordSet([
  "pledge",
  "donate",
  "send",
  "provide",
  "deliver",
  "dispatch",
  "contribute",
  "offer",
  "fly in",
  "flew in",
  "grant"
]);
var ACTOR_MILITARY = wordSet(["naval", "navy", "force", "troops", "military", "army", "mission", "warship"]);
var REACTIONS = new Set(
  ["condemn", "denounce", "deplore", "urge", "call", "appeal", "demand", "press", "called on", "call for"].map(
    (w) => wordKey(w)
  )
);
var APPEALS = wordSet(["call", "urge", "appeal", "press", "implore"]);
var DEMONYM_KEYS = new Set(DEMONYMS.map((w) => wordKey(w)));
var NONE = [];
var Scan = class {
  constructor(tokens) {
    this.tokens = tokens;
    const n2 = tokens.length;
    const keys = tokens.keys;
    for (let i = 0; i < n2; i++) {
      const list = INDEX.get(keys[i]);
      if (list === void 0) continue;
      const sentence = tokens.sentence(i);
      for (let e = 0; e < list.length; e++) {
        const entry = list[e];
        const entryKeys = entry.keys;
        const len = entryKeys.length;
        if (len > 1) {
          if (i + len > n2) continue;
          let ok = true;
          for (let k = 1; k < len; k++) {
            if (keys[i + k] !== entryKeys[k] || tokens.sentence(i + k) !== sentence) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
        }
        const set = entry.set;
        if (set < 0) {
          this.lexAt.push(i);
          this.lexEntry.push(entry);
        } else {
          let starts = this.starts[set];
          if (starts === void 0) {
            starts = [];
            this.starts[set] = starts;
            this.lengths[set] = [];
          }
          if (starts[starts.length - 1] !== i) {
            starts.push(i);
            this.lengths[set].push(len);
          }
        }
      }
    }
  }
  tokens;
  /** Lexicon hits: token index and entry, in text order (longest entry first at one index). */
  lexAt = [];
  lexEntry = [];
  /** Per word class: ascending start positions and the length of the longest phrase there. */
  starts = [];
  lengths = [];
  /** Length of the longest phrase of a class starting at token i, 0 when none. */
  match(set, i) {
    const starts = this.starts[set];
    if (starts === void 0) return 0;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (starts[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return starts[lo] === i ? this.lengths[set][lo] : 0;
  }
  /** Token indexes where phrases of a class start, in order. */
  positions(set) {
    return this.starts[set] ?? NONE;
  }
};
var STRONG_FLIGHT = new Set(["flee", "escap", "evacuat"].map((w) => wordKey(w)));
var HOME = new Set(["home", "house", "village", "town", "city", "area", "region"].map((w) => wordKey(w)));
var LIFE = wordKey("lives");
var LIFE_VERBS = new Set(["claim", "cost", "lose", "take", "lost", "save"].map((w) => wordKey(w)));
var BODY = wordKey("body");
var HEADS = new Set(["president", "leader", "prime", "chancellor", "pope"].map((w) => wordKey(w)));
var APPEAL = new Set(["call", "urge", "appeal", "press", "implore"].map((w) => wordKey(w)));
var IN_YEAR = wordKey("in");
var ABOUT = /^\s*About [^.:;\n]{1,60}:/;
var AID = new Set(
  "aid assistance relief supplies supply food medicine rescue humanitarian million billion tonnes tons funding fund".split(" ").map((w) => wordKey(w))
);
var ACTIVE = /^(?:kill|kills|killing|shooting|wounding|injuring)$/i;
var MONTHS = new Set(
  "january february march april may june july august september october november december".split(" ").map((w) => wordKey(w))
);
var FILLERS = new Set(["the", "of", "back", "over", "city", "town", "full", "control"].map((w) => wordKey(w)));
var FALL_AUX = new Set(
  ["to", "would", "could", "might", "may", "will", "had", "has", "have", "finally", "quickly", "soon"].map(
    (w) => wordKey(w)
  )
);
var YEAR = /^(?:1[89]|20)\d\d$/;
function nearest(tokens, positions, i, window) {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((positions[mid] ?? 0) < i - window) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const sentence = tokens.sentence(i);
  for (let k = lo; k < positions.length; k++) {
    const p = positions[k] ?? 0;
    if (p > i + window) break;
    const d = Math.abs(p - i);
    if (d === 0 || tokens.sentence(p) !== sentence) continue;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}
var quote = (tokens, i, n2 = 1) => {
  const words = [];
  for (let k = i; k < i + n2 && k < tokens.length; k++) words.push(tokens.raw(k));
  return `"${words.join(" ").toLowerCase()}"`;
};
var Factors = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  /** Created on first use: most paragraphs have no factor at all. */
  clauseMap;
  sentenceMap;
  size = 0;
  get clauses() {
    this.clauseMap ??= /* @__PURE__ */ new Map();
    return this.clauseMap;
  }
  get sentences() {
    this.sentenceMap ??= /* @__PURE__ */ new Map();
    return this.sentenceMap;
  }
  /** Sets a factor (the lowest wins when `lower`; else replaces). */
  set(map, at, factor) {
    map.set(at, factor);
    this.size = (this.clauseMap?.size ?? 0) + (this.sentenceMap?.size ?? 0);
  }
  at(i) {
    if (this.size === 0 || i < 0 || i >= this.tokens.length) return 1;
    return Math.min(
      this.sentenceMap?.get(this.tokens.sentence(i))?.factor ?? 1,
      this.clauseMap?.get(this.tokens.clause(i))?.factor ?? 1
    );
  }
  notes() {
    return [...this.sentenceMap?.values() ?? [], ...this.clauseMap?.values() ?? []];
  }
};
function halve(factors, map, at, why) {
  if ((map.get(at)?.factor ?? 1) > 0.5) factors.set(map, at, { factor: 0.5, why });
}
function sentenceFactors(scan) {
  const { tokens } = scan;
  const factors = new Factors(tokens);
  for (const i of scan.positions(HISTORY)) {
    halve(factors, factors.sentences, tokens.sentence(i), () => `background ${quote(tokens, i)}`);
  }
  const keys = tokens.keys;
  for (let i = 1; i < keys.length; i++) {
    if (keys[i] !== "#num") continue;
    const before = MONTHS.has(tokens.key(i - 1)) && i > 1 ? i - 2 : i - 1;
    if (tokens.key(before) === IN_YEAR && tokens.clause(before) === tokens.clause(i)) {
      const raw = tokens.raw(i);
      if (YEAR.test(raw)) halve(factors, factors.clauses, tokens.clause(i), () => `background "in ${raw}"`);
    }
  }
  const commentary = scan.positions(COMMENTARY);
  if (commentary.length >= 3 && new Set(commentary.map((i) => tokens.key(i))).size >= 3) {
    let figures = false;
    for (let i = 0; i < tokens.length && !figures; i++) {
      if (tokens.isNumber(i) && !YEAR.test(tokens.raw(i))) figures = true;
    }
    if (!figures) {
      const first = commentary[0] ?? 0;
      for (let s2 = 0; s2 <= tokens.sentence(tokens.length - 1); s2++) {
        halve(factors, factors.sentences, s2, () => `commentary ${quote(tokens, first, scan.match(COMMENTARY, first))}`);
      }
    }
  }
  if (ABOUT.test(tokens.text)) {
    factors.set(factors.sentences, 0, { factor: 0, why: () => `meta remark ${quote(tokens, 0, 2)}` });
  }
  for (const i of scan.positions(META)) {
    factors.set(factors.sentences, tokens.sentence(i), {
      factor: 0,
      why: () => `meta remark ${quote(tokens, i, scan.match(META, i))}`
    });
  }
  return factors;
}
var THEME_BIT = { military: 1, humanitarian: 2, diplomatic: 4 };
var CASUALTY_RULES = /* @__PURE__ */ new Set(["cas-civ", "cas-any", "cas-mix", "cas-com"]);
var STRIKES = new Set(["strike", "hit"].map((w) => wordKey(w)));
function analyseText(text, tokens = tokenize(text)) {
  const scan = new Scan(tokens);
  const factors = sentenceFactors(scan);
  const hits = [];
  const load = [];
  let coverStart = -1;
  let coverEnd = -1;
  let coverThemes = 0;
  const disasters = scan.positions(DISASTERS);
  for (let h = 0; h < scan.lexAt.length; h++) {
    const i = scan.lexAt[h];
    const entry = scan.lexEntry[h];
    const value = entry.value;
    if (!value) continue;
    const end = i + entry.keys.length - 1;
    const bit = THEME_BIT[value.theme];
    if (end <= coverEnd && !(i === coverStart && end === coverEnd && (coverThemes & bit) === 0)) continue;
    if (end > coverEnd) {
      coverStart = i;
      coverEnd = end;
      coverThemes = 0;
    }
    coverThemes |= bit;
    if (value.theme === "military" && STRIKES.has(entry.keys[0] ?? "") && entry.keys.length === 1) {
      if (nearest(tokens, disasters, i, 4) >= 0) continue;
    }
    if (!value.vague && value.theme !== "diplomatic") {
      const s2 = tokens.sentence(i);
      load[s2] = (load[s2] ?? 0) + value.weight;
    }
    const weight = value.weight * factors.at(i);
    if (weight > 0)
      hits.push({ theme: value.theme, weight, at: i, id: entry, vague: value.vague, why: entry.label });
  }
  const spans = [];
  applyRules(
    scan,
    (i) => factors.at(i),
    (theme, weight, why, id, at) => {
      if (weight > 0) hits.push({ theme, weight, at, id, vague: false, why });
    },
    (s2) => load[s2] ?? 0,
    spans
  );
  const notes = factors.size === 0 ? [] : factors.notes();
  for (const span of spans) {
    let used = false;
    for (const hit of hits) {
      if (hit.at >= span.from && hit.at < span.to && span.themes.includes(hit.theme) && (!span.ids || typeof hit.id === "string" && span.ids.has(hit.id))) {
        hit.weight *= span.factor;
        used = true;
      }
    }
    if (used) notes.push({ factor: span.factor, why: span.why });
  }
  return { tokens, hits, notes };
}
function withPeoples(scan, civilians) {
  const { tokens } = scan;
  const extra = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isCapital(i) || !DEMONYM_KEYS.has(tokens.key(i))) continue;
    const raw = tokens.raw(i);
    if (raw.length > 4 && raw.endsWith("s")) extra.push(i);
  }
  return extra.length ? [...civilians, ...extra].sort((a, b) => a - b) : civilians;
}
function namedSubject(tokens, i) {
  const sentence = tokens.sentence(i);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (tokens.sentence(k) !== sentence) return false;
    const key = tokens.key(k);
    if (LEADERS.has(key)) return true;
    if (tokens.isCapital(k) && !tokens.isNumber(k) && !key.startsWith("#") && !DEMONYM_KEYS.has(key)) {
      const first = k === 0 || tokens.sentence(k - 1) !== sentence;
      return !first || !NOT_SUBJECTS.has(key);
    }
  }
  return false;
}
var LEADERS = new Set(
  "president leader minister king emir ruler dictator commander general official chief".split(" ").map((w) => wordKey(w))
);
var NOT_SUBJECTS = new Set(
  "thousands hundreds dozens scores tens millions many some most they we people the crowds others all several those these nearly about around more almost over at an estimated half families".split(" ").map((w) => wordKey(w))
);
function sentenceEnd(tokens, i, max) {
  const s2 = tokens.sentence(i);
  let k = i + 1;
  while (k < tokens.length && k <= i + max && tokens.sentence(k) === s2) k++;
  return k;
}
function applyRules(scan, factorAt, add, loadOf, spans) {
  const { tokens } = scan;
  const civilians = withPeoples(scan, scan.positions(CIVILIANS));
  const combatants = scan.positions(COMBATANTS);
  const captives = scan.positions(CAPTIVES);
  const exchanges = scan.positions(EXCHANGES);
  let exchange = false;
  for (const i of exchanges) {
    const f = factorAt(i);
    const captive = nearest(tokens, captives, i + scan.match(EXCHANGES, i) - 1, 6);
    if (f === 0 || captive < 0) continue;
    if (!HELD.has(tokens.key(captive)) && !SWAPS.has(tokens.key(i))) continue;
    exchange = true;
    add(
      "diplomatic",
      1 * f,
      () => `rule exchange of captives: ${quote(tokens, i)} \u2026 ${quote(tokens, captive)}`,
      "exchange",
      i
    );
  }
  const casualties = [...scan.positions(CASUALTIES), ...scan.positions(LIVES)].sort((a, b) => a - b);
  for (const i of casualties) {
    const f = factorAt(i);
    if (f === 0) continue;
    const key = tokens.key(i);
    if (key === BODY && tokens.raw(i).toLowerCase() !== "bodies") continue;
    if (exchange && nearest(tokens, captives, i, 3) >= 0) continue;
    if (key === LIFE) {
      let claimed = false;
      for (let k = Math.max(0, i - 5); k < i; k++) if (LIFE_VERBS.has(tokens.key(k))) claimed = true;
      if (!claimed) continue;
    }
    let civ = -1;
    let object = false;
    if (ACTIVE.test(tokens.raw(i))) {
      const after = nearest(tokens, civilians, i, 6);
      if (after > i) {
        civ = after;
        object = true;
      }
    }
    if (civ < 0) civ = nearest(tokens, civilians, i, 7);
    const com = nearest(tokens, combatants, i, 7);
    const word = quote(tokens, i);
    if (civ >= 0 && (object || com < 0 || Math.abs(civ - i) <= Math.abs(com - i))) {
      add(
        "humanitarian",
        1.2 * f,
        () => `rule casualties of civilians: ${word} \u2026 ${quote(tokens, civ)}`,
        "cas-civ",
        i
      );
      if (com >= 0)
        add("military", 0.5 * f, () => `rule casualties near fighters: ${quote(tokens, com)}`, "cas-mix", i);
    } else if (com >= 0) {
      add(
        "military",
        1.2 * f,
        () => `rule casualties of fighters: ${word} \u2026 ${quote(tokens, com)}`,
        "cas-com",
        i
      );
    } else {
      add("humanitarian", 1 * f, () => `rule casualties (victims unspecified): ${word}`, "cas-any", i);
    }
  }
  for (const i of scan.positions(FLIGHT)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const strong = STRONG_FLIGHT.has(tokens.key(i));
    if (nearest(tokens, scan.positions(OFFICIALS), i, 8) >= 0) continue;
    const civ = nearest(tokens, civilians, i, 6);
    const com = nearest(tokens, combatants, i, 5);
    const home = HOME.has(tokens.key(i + 1)) && tokens.sentence(i + 1) === tokens.sentence(i);
    const word = quote(tokens, i);
    if (com >= 0 && (civ < 0 || Math.abs(com - i) < Math.abs(civ - i))) {
      add(
        "military",
        (strong ? 1 : 0.6) * f,
        () => `rule fighters ${word}: ${quote(tokens, com)}`,
        "flee-com",
        i
      );
    } else if (civ < 0 && namedSubject(tokens, i)) {
    } else if (strong) {
      add(
        "humanitarian",
        1.2 * f,
        () => `rule people ${word}${civ >= 0 ? `: ${quote(tokens, civ)}` : ""}`,
        "flee",
        i
      );
      spans.push({
        from: i + 1,
        to: sentenceEnd(tokens, i, 5),
        themes: ["military"],
        factor: 0.5,
        why: () => `what people ${word} (military)`
      });
    } else if (civ >= 0 || home) {
      add(
        "humanitarian",
        1 * f,
        () => `rule people ${word} ${civ >= 0 ? quote(tokens, civ) : "home"}`,
        "leave",
        i
      );
    }
  }
  for (const i of scan.positions(CONTROL_VERBS)) {
    const f = factorAt(i);
    if (f === 0) continue;
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      const key = tokens.key(k);
      if (!tokens.isCapital(k) && !FILLERS.has(key)) break;
      if (tokens.isCapital(k) && !tokens.isNumber(k) && !NOT_PLACES.has(key) && !key.startsWith("#")) {
        add(
          "military",
          1 * f,
          () => `rule place changes hands: ${quote(tokens, i)} ${quote(tokens, k)}`,
          "control",
          i
        );
        break;
      }
    }
  }
  for (const i of scan.positions(FALLS)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const k = FALL_AUX.has(tokens.key(i - 1)) ? i - 2 : i - 1;
    if (k < 1 || tokens.sentence(k) !== tokens.sentence(i) || tokens.sentence(k - 1) !== tokens.sentence(k)) continue;
    const key = tokens.key(k);
    if (tokens.isCapital(k) && !tokens.isNumber(k) && !NOT_PLACES.has(key) && !key.startsWith("#")) {
      add("military", 1 * f, () => `rule place falls: ${quote(tokens, k)} ${quote(tokens, i)}`, "falls", i);
    }
  }
  const sites = scan.positions(SITES);
  for (const i of scan.positions(HARM)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const civ = nearest(tokens, civilians, i, 4);
    const site = nearest(tokens, sites, i, 4);
    const near = civ >= 0 ? civ : site;
    if (near >= 0) {
      add(
        "humanitarian",
        1 * f,
        () => `rule attack on civilians: ${quote(tokens, i)} \u2026 ${quote(tokens, near)}`,
        "harm",
        i
      );
    }
  }
  for (const i of scan.positions(FORCES)) {
    const f = factorAt(i);
    if (f === 0 || i === 0 || !DEMONYM_KEYS.has(tokens.key(i - 1)) || tokens.sentence(i - 1) !== tokens.sentence(i))
      continue;
    add("military", 1 * f, () => `rule a state's forces: ${quote(tokens, i - 1, 2)}`, "forces", i);
  }
  for (const i of scan.positions(DISTRESS)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const civ = nearest(tokens, civilians, i, 8);
    if (civ >= 0) {
      add(
        "humanitarian",
        1 * f,
        () => `rule civilians in distress: ${quote(tokens, i)} \u2026 ${quote(tokens, civ)}`,
        "distress",
        i
      );
    }
  }
  diplomaticRules(scan, factorAt, add, loadOf, spans);
}
function reaction(tokens, spans, verb, who) {
  if (!REACTIONS.has(tokens.key(verb))) return;
  const to = sentenceEnd(tokens, verb, 20);
  const why = () => `object of a reaction: ${who} \u2026 ${quote(tokens, verb)}`;
  spans.push({ from: verb + 1, to, themes: ["military"], factor: 0.5, why });
  spans.push({ from: verb + 1, to, themes: ["humanitarian"], ids: CASUALTY_RULES, factor: 0.5, why });
}
function diplomaticRules(scan, factorAt, add, loadOf, spans) {
  const { tokens } = scan;
  const verbs = scan.positions(DIP_VERBS);
  const relations = scan.positions(RELATIONS);
  for (const i of scan.positions(APPEALS)) {
    const f = factorAt(i);
    if (f === 0) continue;
    for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      if (scan.match(APPEAL_OBJECTS, k) > 0) {
        add(
          "diplomatic",
          0.6 * f,
          () => `rule appeal ${quote(tokens, i)} \u2026 ${quote(tokens, k, scan.match(APPEAL_OBJECTS, k))}`,
          "appeal",
          i
        );
        break;
      }
    }
  }
  for (const i of scan.positions(TRAVEL)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const end = i + scan.match(TRAVEL, i);
    for (let k = end; k <= end + 1 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      if (scan.match(STATES, k) > 0 || tokens.isCapital(k) && scan.match(DIP_ACTORS, k) > 0) {
        add("diplomatic", 0.6 * f, () => `rule visit: ${quote(tokens, i)} ${quote(tokens, k)}`, "visit", i);
        break;
      }
    }
  }
  const speakers = [
    .../* @__PURE__ */ new Set([...scan.positions(DIP_ACTORS), ...scan.positions(UN), ...scan.positions(STATES)])
  ].sort((a, b) => a - b);
  for (const i of speakers) {
    const f = factorAt(i);
    if (f === 0) continue;
    const actorLength = scan.match(DIP_ACTORS, i);
    const unLength = actorLength ? 0 : scan.match(UN, i);
    const stateLength = actorLength || unLength ? 0 : scan.match(STATES, i);
    if (!actorLength && !unLength && !stateLength) continue;
    const length = actorLength || unLength || stateLength;
    const actor = quote(tokens, i, length);
    const verb = nearest(tokens, verbs, i + length - 1, 8);
    if (scan.match(ACTOR_MILITARY, i + length) > 0 || scan.match(ACTOR_MILITARY, i + length + 1) > 0) continue;
    if (actorLength) {
      const head = HEADS.has(tokens.key(i));
      if (verb >= 0) {
        const foreign = head && (DEMONYM_KEYS.has(tokens.key(i - 1)) || scan.match(STATES, i - 1) > 0);
        let body = -1;
        if (head && verb > i) {
          for (let k = verb + 1; k <= verb + 6 && k < tokens.length; k++) {
            if (tokens.sentence(k) !== tokens.sentence(verb)) break;
            if (scan.match(UN, k) > 0 || scan.match(DIP_ACTORS, k) > 0 && !HEADS.has(tokens.key(k))) {
              body = k;
              break;
            }
          }
        }
        const weight = head ? body >= 0 ? 1 : foreign ? 0.8 : 0.6 : 1.2;
        const who = head ? body >= 0 ? "leader addresses an international body" : foreign ? "foreign leader" : "leader" : "international actor";
        add(
          "diplomatic",
          weight * f,
          () => `rule ${who} speaks: ${actor} \u2026 ${quote(tokens, verb)}${body >= 0 ? ` \u2026 ${quote(tokens, body)}` : ""}`,
          head ? "head" : "actor",
          i
        );
        if (verb > i) reaction(tokens, spans, verb, actor);
      }
      continue;
    }
    if (unLength) {
      if (verb > i) reaction(tokens, spans, verb, actor);
      if (verb >= 0) {
        const appeal = APPEAL.has(tokens.key(verb));
        add(
          "diplomatic",
          (appeal ? 1 : 0.6) * f,
          () => `rule UN ${appeal ? "appeals" : "speaks"}: ${actor} \u2026 ${quote(tokens, verb)}`,
          appeal ? "un-appeal" : "un",
          i
        );
      }
      continue;
    }
    for (const g of scan.positions(GIVING)) {
      if (g <= i || g > i + length + 12) continue;
      if (tokens.sentence(g) !== tokens.sentence(i)) break;
      let aid = -1;
      for (let k = g + 1; k <= g + 10 && k < tokens.length && tokens.sentence(k) === tokens.sentence(g); k++) {
        if (AID.has(tokens.key(k)) || tokens.raw(k) === "$") {
          aid = k;
          break;
        }
      }
      if (aid < 0) continue;
      add(
        "diplomatic",
        1 * f,
        () => `rule state gives aid: ${actor} \u2026 ${quote(tokens, g)} \u2026 ${quote(tokens, aid)}`,
        "donor",
        i
      );
      break;
    }
    const rel = nearest(tokens, relations, i + length - 1, 14);
    if (rel > i) {
      for (let k = rel + 1; k <= rel + 9 && k < tokens.length; k++) {
        if (tokens.sentence(k) !== tokens.sentence(i)) break;
        if (scan.match(STATE_OBJ, k) > 0 || k !== i && scan.match(STATES, k) > 0) {
          add(
            "diplomatic",
            1 * f,
            () => `rule state toward state: ${actor} \u2026 ${quote(tokens, rel)} \u2026 ${quote(tokens, k)}`,
            "relation",
            i
          );
          break;
        }
      }
    }
    let other = false;
    for (let k = i + length; k < verb && !other; k++) {
      other = scan.match(UN, k) > 0 || scan.match(DIP_ACTORS, k) > 0 && !HEADS.has(tokens.key(k));
    }
    if (verb > i && !other) {
      reaction(tokens, spans, verb, actor);
      const political = loadOf(tokens.sentence(i)) < 1;
      add(
        "diplomatic",
        (political ? 1 : 0.5) * f,
        () => `rule state speaks${political ? "" : " (about fighting)"}: ${actor} \u2026 ${quote(tokens, verb)}`,
        "state",
        i
      );
    }
  }
}

// bench/prof5.tmp.ts
var corpus = generateCorpus("/work/main/samples/articles", 3 * 1024 * 1024);
var paras = corpus.flatMap((f) => f.text.replace(/^---[\s\S]*?---\n/, "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
var n = 0;
var s = performance.now();
for (let r = 0; r < 15; r++) for (const p of paras) n += analyseText(p).hits.length;
console.log(n, ((performance.now() - s) / 15).toFixed(1), "ms/pass");
