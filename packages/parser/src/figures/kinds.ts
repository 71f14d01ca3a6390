// What a figure counts, from the words that govern it. Order of evidence:
//   1. a unit of measure decides (km → distance, years → duration, tonnes → aid, $ → aid or other);
//   2. a part ("including 111 civilians", "111 of them") takes the kind of the whole before it;
//   3. "population of N", "home to N", "a city of N" → population;
//   4. the counted noun when it names an event or a thing ("30 dead", "12 wounded", "500 trucks");
//   5. the nearest event word in the clause, either side (killed, injured, displaced), which beats a
//      counted noun ("30 soldiers were killed" is killed, "1,000 residents fled" displaced) except that
//      refugees who fled stay refugees;
//   6. the counted noun (troops, refugees, residents), then the nearest noun cue (aid, troops, population);
//   7. other.
// Distances are counted in words; a comma or a dash costs two; another figure blocks the search.
import type { FigureKind } from "../types.ts";
import type { Candidate } from "./extract.ts";
import {
  AID_VOCABULARY,
  CHANGE_VERB_WORDS,
  COUNTRIES,
  CUES,
  EVENT_KINDS,
  HELD_UNITS,
  UNITS,
} from "./lexicon.ts";
import { isPossessive, PUNCT, type Token, WORD } from "./tokens.ts";
import { wordSet } from "./words.ts";

const POPULATION_HOLDERS = wordSet([
  "population",
  "city",
  "town",
  "village",
  "country",
  "nation",
  "metropolis",
  "capital",
  "province",
  "region",
  "enclave",
  "territory",
  "strip",
  "governorate",
  "state",
  "district",
  "camp",
  "island",
  "area",
]);

/** Words that cost nothing between a number and its cue: "30 people were reportedly killed". */
const FREE = wordSet([
  "were",
  "was",
  "is",
  "are",
  "be",
  "been",
  "being",
  "have",
  "has",
  "had",
  "reportedly",
  "reported",
  "people",
  "others",
  "other",
  "more",
  "who",
  "all",
  "also",
  "now",
  "confirmed",
]);

/** Cues that only decide when nothing stronger is near: "150,000 people live in the area". */
const WEAK_CUES = wordSet(["live", "living", "forced", "crossed"]);

/** Cues a little weaker than a plain word: "1,200 civilians remain" (but "20 people remain missing"). */
const SOFT_CUES = wordSet(["remain", "remained", "remaining", "trapped", "stayed"]);

/** "live"/"living" tell where people live only as a verb: "living in the city", not "20 living hostages". */
const LIVE_AFTER = wordSet([
  "in",
  "on",
  "at",
  "inside",
  "outside",
  "near",
  "under",
  "there",
  "here",
  "across",
  "within",
  "around",
  "along",
  "abroad",
  "nearby",
]);

/** Places people are displaced to: "350,000 people living in camps" (a noun cue, not an event). */
const DISPLACED_PLACES = wordSet(["camp", "camps"]);

/** Where people who remain or stay are displaced: "120,000 people remain in shelters". */
const SHELTER_PLACES = wordSet(["camp", "camps", "shelters", "shelter", "tents", "displacement"]);

/**
 * Words that say people are counted for something other than a toll or a flight, and compete with the
 * events by distance: "affected nearly 300,000 people and forced 85,000 from their homes",
 * "1 million in need", "40 fishermen remain unaccounted for".
 */
const OTHER_EVENTS = wordSet(["affected", "affecting", "need", "needing", "unaccounted"]);

/** Words before a counted noun that say the people are (or were) held: "12 freed soldiers". */
const HELD_ADJ = wordSet([
  "freed",
  "released",
  "abducted",
  "kidnapped",
  "captured",
  "captive",
  "detained",
  "rescued",
]);

/** Verbs that move people out of harm's way: "moved 800,000 people into shelters" (people only, not troops). */
const MOVE_VERBS = wordSet(["moved", "move", "moving", "relocated", "relocating", "evacuate", "evacuating"]);

/** People counted nouns that a move verb displaces. */
const MOVABLE_UNITS = wordSet([
  "people",
  "residents",
  "civilians",
  "children",
  "families",
  "households",
  "women",
  "men",
]);

/**
 * Words that make a length a height, not a distance: "a storm surge of 2 to 3 metres", "a wall 8 metres
 * high" (a quake's depth stays a distance).
 */
const HEIGHT_BEFORE = wordSet(["surge", "surges", "wave", "waves", "swell", "height", "floodwaters"]);
const HEIGHT_AFTER = wordSet(["high", "tall"]);

function isHeight(toks: Token[], c: Candidate): boolean {
  if (HEIGHT_AFTER.has(toks[c.end]?.lower ?? "")) return true;
  let k = c.start - 1;
  if (toks[k]?.lower === "of" || toks[k]?.lower === "by") k--;
  else return false;
  for (let n = 0; n < 2 && k >= 0 && toks[k]?.type === WORD; n++, k--) {
    if (HEIGHT_BEFORE.has(toks[k]?.lower ?? "")) return true;
  }
  return false;
}

/** Nouns of services and supplies a sum of people is served by: "health services for 250,000 people". */
const SERVICE_WORDS = wordSet([
  ...AID_VOCABULARY,
  "services",
  "food",
  "water",
  "shelter",
  "supplies",
  "rations",
  "vaccines",
  "vaccinations",
  "care",
  "support",
]);

/** Verbs of fleeing that cross a border when a country follows: "fled into Burundi". */
const FLEE_WORDS = wordSet(["fled", "flee", "fleeing", "flees", "escaped", "escaping"]);
const FLEE_PREPOSITIONS = wordSet(["into", "to", "across"]);
const NEIGHBOURING = wordSet(["neighbouring", "neighboring"]);

/** Whether the words from token k name a foreign destination: "into Burundi", "to neighbouring Chad", "the country". */
function crossesBorder(toks: Token[], k: number): boolean {
  let j = k;
  const prep = FLEE_PREPOSITIONS.has(toks[j]?.lower ?? "");
  if (prep) j++;
  if (toks[j]?.lower === "the") {
    j++;
    if (!prep && toks[j]?.lower === "country") return true;
  }
  if (!prep) return false;
  if (NEIGHBOURING.has(toks[j]?.lower ?? "")) return true;
  if (toks[j]?.cap !== true) return false;
  let name = "";
  for (let n = 0; n < 5 && j + n < toks.length; n++) {
    const t = toks[j + n] as Token;
    if (t.type !== WORD) break;
    name = n === 0 ? t.lower : `${name} ${t.lower}`;
    if (COUNTRIES.has(name)) return true;
  }
  return false;
}

const FRACTIONS = wordSet([
  "percent",
  "cent",
  "half",
  "third",
  "thirds",
  "quarter",
  "quarters",
  "most",
  "majority",
  "fifth",
]);

const LEFT_WINDOW = 10;
const RIGHT_WINDOW = 10;
const MAX_EVENT_COST = 11;
const MAX_NOUN_COST = 7;

const HUMAN: ReadonlySet<FigureKind> = new Set(["killed", "injured", "displaced", "refugees"]);

/** The nearest event word and counted noun seen so far for one figure, with their distances. */
interface Cues {
  event: FigureKind | undefined;
  eventCost: number;
  noun: FigureKind | undefined;
  nounCost: number;
  /** The figure counts something (a unit of class "count"): people are not aid. */
  count: boolean;
  /** The nearest event is a flight across a border ("fled into Burundi"). */
  abroad: boolean;
  /** The figure counts people that a move verb displaces (not troops). */
  movable: boolean;
}

/** Verbs before "shelter" that make it a displacement: "have taken shelter", "sought shelter". */
const TAKE_VERBS = wordSet(["taken", "took", "take", "taking", "sought", "seek", "seeking", "found", "find"]);

/** Takes the cue word t (token k) at distance `cost` into account (the nearer cue of each sort wins). */
function consider(cues: Cues, toks: Token[], k: number, cost: number): void {
  const t = toks[k] as Token;
  let kind = CUES.get(t.lower);
  if (kind === undefined) return;
  // "lives" counts the dead only after a number ("half a million lives") or with "lost"/"claimed"
  if (t.lower === "lives" && cost > 2) kind = undefined;
  if (kind === undefined) return;
  if ((t.lower === "living" || t.lower === "live") && !LIVE_AFTER.has(toks[k + 1]?.lower ?? "")) return;
  // "taken shelter" (not "food and shelter"); "moved to schools" of people, not troops
  if (t.lower === "shelter" && !TAKE_VERBS.has(toks[k - 1]?.lower ?? "")) return;
  if (t.lower === "moved" && !cues.movable) return;
  if (WEAK_CUES.has(t.lower)) cost += 5;
  else if (SOFT_CUES.has(t.lower)) cost += 2;
  if (OTHER_EVENTS.has(t.lower)) {
    // "need" as a verb or "in need", not "the need for"
    if ((t.lower === "need" || t.lower === "needing") && toks[k - 1]?.lower === "the") return;
    if (cues.event === undefined || cost < cues.eventCost) {
      cues.event = "other";
      cues.eventCost = cost;
      cues.abroad = false;
    }
    return;
  }
  if (SOFT_CUES.has(t.lower) && remainsSheltered(toks, k)) {
    if (cues.noun === undefined || cost < cues.nounCost) {
      cues.noun = "displaced";
      cues.nounCost = cost;
    }
    return;
  }
  if (DISPLACED_PLACES.has(t.lower)) {
    if (cues.noun === undefined || cost < cues.nounCost) {
      cues.noun = "displaced";
      cues.nounCost = cost;
    }
  } else if (EVENT_KINDS.has(kind)) {
    if (cues.event === undefined || cost < cues.eventCost) {
      cues.event = kind;
      cues.eventCost = cost;
      cues.abroad = kind === "displaced" && FLEE_WORDS.has(t.lower) && crossesBorder(toks, k + 1);
    }
  } else if (kind === "aid" && cues.count) {
    // people are not aid: "1.1 million people in need of aid" is other
  } else if (cues.noun === undefined || cost < cues.nounCost) {
    cues.noun = kind;
    cues.nounCost = cost;
  }
}

/** Whether the words up to token `at` (a "for") name services or supplies: "health services for". */
function servedBefore(toks: Token[], at: number, owner: readonly (number | undefined)[]): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const t = toks[k] as Token;
    if (owner[k] !== undefined || (t.type === PUNCT && t.text !== "," && t.text !== "-")) return false;
    if (t.type === WORD && SERVICE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Whether only "and" (or ", and") lies between tokens `from` and `to`. */
function joinedByAnd(toks: Token[], from: number, to: number): boolean {
  if (to - from === 1) return toks[from]?.lower === "and";
  return to - from === 2 && toks[from]?.text === "," && toks[from + 1]?.lower === "and";
}

/** "remain in shelters", "stayed in camps": remaining somewhere people are sheltered after losing their homes. */
function remainsSheltered(toks: Token[], k: number): boolean {
  if (toks[k + 1]?.lower !== "in") return false;
  for (let j = k + 2; j < k + 5 && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.type !== WORD) return false;
    if (SHELTER_PLACES.has(t.lower)) return true;
  }
  return false;
}

// The cue words left of the figure being decided (token index and cost), reused from one figure to the next.
const leftAt: number[] = [];
const leftCost: number[] = [];

/** The kind of candidate `idx`; `kinds` holds the kinds already decided for the candidates before it. */
export function decideKind(
  toks: Token[],
  cands: Candidate[],
  idx: number,
  kinds: readonly (FigureKind | undefined)[],
  owner: readonly (number | undefined)[] = ownerMap(toks.length, cands),
): FigureKind {
  const c = cands[idx] as Candidate;
  const u = c.unit;
  if (u) {
    switch (u.cls) {
      case "distance":
        return isHeight(toks, c) ? "other" : "distance";
      case "area":
      case "percent":
        return "other";
      case "time":
        return "duration";
      case "weight":
      case "volume":
        return "aid";
      case "currency":
        return aidNear(toks, c) ? "aid" : "other";
      default:
        break;
    }
  }
  // "a population of 1.4 million", "home to 2 million", "a city of 300,000"
  const t1 = toks[c.start - 1];
  const t2 = toks[c.start - 2];
  if (!u || u.unit === "people" || u.unit === "residents") {
    if (t1?.lower === "of" && t2 && POPULATION_HOLDERS.has(t2.lower)) return "population";
    if (t1?.lower === "to" && t2?.lower === "home") return "population";
    if (t1?.lower === "population") return "population";
    // "90% of Gaza's 2.1 million people", "half of the 300,000 residents": the whole is the population
    let k = c.start - 1;
    for (let n = 0; n < 2 && (toks[k]?.lower === "the" || isPossessive(toks[k]?.text ?? "")); n++) k--;
    if (toks[k]?.lower === "of") {
      const f = toks[k - 1];
      if (f && (f.text === "%" || FRACTIONS.has(f.lower))) return "population";
    }
  }
  const unitKind = u?.kind;
  if (unitKind === "aid" || (unitKind && EVENT_KINDS.has(unitKind))) return unitKind;
  // "11 freed soldiers", "40 abducted students": people held or just released are not troops nor a toll
  const held =
    u !== undefined &&
    (HELD_UNITS.has(u.unit) ||
      (u.cls === "count" && c.unitAt === c.e + 1 && HELD_ADJ.has(toks[c.e]?.lower ?? "")));
  if (t1 && !c.thing && (!u || u.cls === "count")) {
    // "enough to feed 100,000 people": the people fed count the aid
    if (FEED_VERBS.has(t1.lower) && (!unitKind || unitKind === "population")) return "aid";
    // "moved 800,000 people into shelters": people moved out of harm's way are displaced (troops moved are not)
    if (MOVE_VERBS.has(t1.lower) && (!u || MOVABLE_UNITS.has(u.unit)) && !unitKind) return "displaced";
    // "lost 14 soldiers": people lost are dead
    if (LOSS_VERBS.has(t1.lower) && u && !held && unitKind !== "refugees") return "killed";
  }

  // "Gaza's 2.3 million people": a place's own people, when no event word says otherwise
  const possessive =
    t1?.cap === true && isPossessive(t1.text) && (!u || u.unit === "people" || u.unit === "residents");
  const cues: Cues = {
    event: undefined,
    eventCost: 0,
    noun: undefined,
    nounCost: 0,
    count: u?.cls === "count",
    abroad: false,
    movable: (!u || MOVABLE_UNITS.has(u.unit)) && (!unitKind || unitKind === "population"),
  };
  // the phrase's own words after the amount, then right of it (first, so that it wins a tie) ("internally displaced people"), then right of it
  let cost = 0;
  let words = 0;
  for (let k = c.e; k < toks.length && words < RIGHT_WINDOW; k++) {
    if (owner[k] !== undefined) break;
    // ", half of them children," / ", including 40 children,": an aside about the figure costs nothing
    if (toks[k]?.text === ",") {
      const close = asideEnd(toks, k);
      if (close > 0) k = close;
    }
    const t = toks[k] as Token;
    const step = tokenCost(t);
    if (step === null) break;
    cost += step;
    if (t.type !== WORD) continue;
    if (step > 0) words++;
    consider(cues, toks, k, cost);
  }
  // left of the phrase; a cue nearer to the figure before it belongs to that figure
  cost = 0;
  words = 0;
  const rightEvent = cues.event !== undefined ? cues.eventCost : Number.POSITIVE_INFINITY;
  const rightKind = cues.event;
  let lefts = 0; // cue words found left, in leftAt and leftCost
  let stoppedBy: Candidate | undefined;
  for (let k = c.start - 1; k >= 0 && words < LEFT_WINDOW; k--) {
    const o = owner[k];
    if (o !== undefined) {
      stoppedBy = cands[o];
      break;
    }
    const t = toks[k] as Token;
    const step = tokenCost(t);
    if (step === null) break;
    cost += step;
    if (t.type !== WORD) continue;
    if (step > 0) words++;
    if (CUES.has(t.lower)) {
      leftAt[lefts] = k;
      leftCost[lefts++] = cost;
    }
  }
  for (let i = 0; i < lefts; i++) {
    const k = leftAt[i] as number;
    const at = leftCost[i] as number;
    if (stoppedBy && costBetween(toks, stoppedBy.e, k) <= at) continue;
    consider(cues, toks, k, at);
  }
  // a part takes the kind of the whole, unless a word of its own says otherwise ("3.1 million who fled abroad")
  if (c.partOf) {
    for (let k = idx - 1; k >= 0; k--) {
      const kk = kinds[k];
      if (kk !== undefined) {
        if (HUMAN.has(kk) || kk === "troops") {
          if (kk === "displaced" && cues.noun === "refugees" && cues.nounCost <= 3) return "refugees";
          if (cues.event !== undefined && cues.eventCost <= 2 && cues.event !== kk) return cues.event;
          return kk;
        }
        break;
      }
    }
  }
  // people held or unaccounted for ("the bodies of 13 hostages", "20 hostages were freed") are not a toll
  // unless their own verb says so ("12 prisoners were killed")
  if (held && rightKind !== undefined && rightEvent <= 2) return rightKind;
  if (c.thing || held) {
    // "30 villages", "500 homes": things, unless an event word sits right against them
    return cues.event !== undefined && cues.eventCost <= 1 ? cues.event : "other";
  }
  const people = !u || MOVABLE_UNITS.has(u.unit) || (u.cls === "count" && !unitKind && !held);
  const ownEvent = cues.event !== undefined && cues.eventCost <= 2;
  // "health services for 250,000 people", "food and water for 40,000 families": the people served count the aid
  if (people && !unitKind && !ownEvent && t1?.lower === "for" && servedBefore(toks, c.start - 1, owner))
    return "aid";
  // "killed 17 soldiers and a dozen civilians": a figure joined by "and" to one an event governs shares
  // its event, unless a word of its own says otherwise
  if (people && !ownEvent && (cues.noun === undefined || cues.nounCost > 2) && idx > 0) {
    const p = cands[idx - 1] as Candidate;
    const pk = kinds[idx - 1];
    if (pk !== undefined && EVENT_KINDS.has(pk) && !p.drop && joinedByAnd(toks, p.end, c.start)) return pk;
  }
  // "the death toll from the quake that struck on Friday has risen to 2,719": the subject says what is
  // counted, however far it is, unless the figure's own words do ("rose to 300 killed")
  if ((!u || (u.unit === "people" && !unitKind)) && rightEvent > 1) {
    const s = subjectKind(toks, c, owner);
    if (s !== undefined) return s;
  }
  const kind = fromCues(cues, unitKind, possessive);
  if (kind !== "other" || (u && u.unit !== "people")) return kind;
  // "deployed 1,000 personnel, well short of the 2,500 planned": a bare number compared with the figure
  // before it counts the same thing
  if (comparedBefore(toks, c.start)) {
    for (let k = idx - 1; k >= 0; k--) {
      const kk = kinds[k];
      if (kk !== undefined) return kk;
    }
  }
  return "other";
}

function fromCues(cues: Cues, unitKind: FigureKind | undefined, possessive: boolean): FigureKind {
  if (cues.event !== undefined && cues.eventCost <= MAX_EVENT_COST) {
    // refugees are displaced across a border: "fled abroad", "fled into Burundi", "fled to neighbouring
    // countries as refugees"
    if (
      cues.event === "displaced" &&
      (cues.abroad || unitKind === "refugees" || (cues.noun === "refugees" && cues.nounCost <= 3))
    ) {
      return "refugees";
    }
    return cues.event;
  }
  if (unitKind) return unitKind;
  if (possessive) return "population";
  if (cues.noun !== undefined && cues.nounCost <= MAX_NOUN_COST) return cues.noun;
  return "other";
}

const FEED_VERBS = wordSet(["feed", "feeds", "fed", "feeding"]);
const LOSS_VERBS = wordSet(["lost", "lose", "loses", "losing"]);

/** Verbs whose complement is the subject's count: "the toll has risen to 2,719", "the number reached 1.3 million". */
const SUBJECT_VERBS = wordSet([
  ...CHANGE_VERB_WORDS.filter((w) => w !== "up" && w !== "down"),
  "reached",
  "reaches",
  "reaching",
  "hit",
  "hits",
  "topped",
  "tops",
  "passed",
  "surpassed",
  "exceeded",
  "exceeds",
  "stands",
  "stood",
  "totalled",
  "totaled",
  "totals",
]);
/** Words between such a verb and its number: "has reached a record 1.3 million", "stands at". */
const VERB_FILLER = wordSet(["to", "at", "a", "an", "new", "record", "high", "total", "of", "past", "about"]);
/** Words that end a subject, read leftwards: "officials said (that) the toll …". */
const SUBJECT_STOP = wordSet(["said", "says", "told", "according", "reported", "announced"]);
const CLAUSE_JOINS = wordSet(["and", "but", "while", "as", "whereas"]);

/**
 * The kind named by the subject of "… has risen to N" / "… reached N": the first cue word of the subject,
 * read from its start (the head comes first: "the death toll from the quake that struck …"); undefined
 * when the number is not such a complement or its subject names nothing.
 */
function subjectKind(
  toks: Token[],
  c: Candidate,
  owner: readonly (number | undefined)[],
): FigureKind | undefined {
  let k = c.a - 1;
  for (let n = 0; n < 4 && k >= 0 && VERB_FILLER.has(toks[k]?.lower ?? ""); n++) k--;
  if (k < 1 || !SUBJECT_VERBS.has(toks[k]?.lower ?? "")) return undefined;
  let from = k;
  for (let n = 0; n < 30 && from > 0; n++) {
    const t = toks[from - 1] as Token;
    if (owner[from - 1] !== undefined || SUBJECT_STOP.has(t.lower)) break;
    if (t.type === PUNCT && (t.text === ";" || t.text === ":")) break;
    if (t.text === "," && CLAUSE_JOINS.has(toks[from]?.lower ?? "")) break;
    from--;
  }
  const cues: Cues = {
    event: undefined,
    eventCost: 0,
    noun: undefined,
    nounCost: 0,
    count: false,
    abroad: false,
    movable: false,
  };
  let seen = 0;
  for (let j = from; j < k; j++) {
    const t = toks[j] as Token;
    if (t.type !== WORD) continue;
    const unit = UNITS.get(t.lower);
    if (unit && unit.cls === "count" && unit.kind !== "aid") cues.count = true;
    // leftmost first: the cost is the cue's rank in the subject, not its distance
    if (CUES.has(t.lower)) consider(cues, toks, j, seen++);
  }
  const kind = fromCues(cues, undefined, false);
  // "the number of people in need has reached 25 million": people, but none the grammar names
  return kind === "other" && !cues.count ? undefined : kind;
}

/** "short of the", "compared with", "up from", "against": what opens a number compared with another. */
const COMPARE_PAIRS = new Map([
  ["of", wordSet(["short"])],
  ["with", wordSet(["compared", "comparison"])],
  ["to", wordSet(["compared"])],
  ["from", wordSet(["up", "down"])],
  ["than", wordSet(["higher", "lower", "fewer", "less", "more", "greater"])],
]);
const COMPARE_SINGLE = wordSet(["against", "versus", "vs"]);
const COMPARE_SKIP = wordSet(["the", "a", "an", "some", "just", "only", "roughly", "about", "around"]);

function comparedBefore(toks: Token[], start: number): boolean {
  let k = start - 1;
  for (let n = 0; n < 2 && COMPARE_SKIP.has(toks[k]?.lower ?? ""); n++) k--;
  const w = toks[k]?.lower ?? "";
  if (COMPARE_SINGLE.has(w)) return true;
  const before = COMPARE_PAIRS.get(w);
  return before?.has(toks[k - 1]?.lower ?? "") === true;
}

const ASIDE_OPENERS = wordSet(["including", "among", "mostly", "mainly", "many", "most", "half", "some"]);
const ASIDE_MAX = 10;

/**
 * The closing comma of an aside that opens at the comma k and speaks of the figure before it (", half of
 * them children,", ", including 40 children,", ", many of whom were women,"); -1 when there is none.
 */
function asideEnd(toks: Token[], k: number): number {
  let part = ASIDE_OPENERS.has(toks[k + 1]?.lower ?? "");
  for (let j = k + 1; j < k + 4 && !part; j++) {
    const w = toks[j + 1]?.lower;
    if (toks[j]?.lower === "of" && (w === "them" || w === "whom")) part = true;
  }
  if (!part) return -1;
  for (let j = k + 2; j < toks.length && j <= k + ASIDE_MAX; j++) {
    const t = toks[j] as Token;
    if (t.text === ",") return j;
    if (t.type === PUNCT && t.text !== "-" && t.text !== "%") return -1;
  }
  return -1;
}

/** Words (commas and dashes count two) from token `from` up to and including token `to`. */
function costBetween(toks: Token[], from: number, to: number): number {
  let cost = 0;
  for (let k = from; k <= to; k++) cost += tokenCost(toks[k] as Token) ?? 0;
  return cost;
}

const CLAUSE_MARKS = wordSet([",", "—", "–", "(", ")"]);

/**
 * How far one token puts a cue from its number: a content word 1, a comma, dash or bracket 2, a word of no
 * weight or other punctuation 0; null for ";", which ends the search.
 */
function tokenCost(t: Token): number | null {
  if (t.type === WORD) return FREE.has(t.lower) ? 0 : 1;
  if (t.type === PUNCT && t.text === ";") return null;
  return CLAUSE_MARKS.has(t.text) ? 2 : 0;
}

/** Numbers that are not figures but still own the words around them ("one person was killed and …"). */
const BLOCKING_DROPS = new Set(["one", "partitive", "superseded", "multiplier", "compound"]);

// The owner map of the sentence being read: one array for every sentence, cleared for each (a sentence's
// map is read only while its kinds are decided, and only for its own tokens).
const owners: (number | undefined)[] = [];

/**
 * For each token, the index of the candidate covering it, when that candidate stops a cue search. The
 * array is the one the next call fills in again.
 */
export function ownerMap(n: number, cands: Candidate[]): (number | undefined)[] {
  const owner = owners;
  for (let k = 0; k < n; k++) owner[k] = undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    if (c.drop && !BLOCKING_DROPS.has(c.drop)) continue;
    if (c.unit?.cls === "percent") continue; // "1.9 million people, or 90% of the population, are displaced"
    if (c.partOf) continue; // "20 people, including eight children, were killed"
    for (let k = c.a; k < c.e && k < n; k++) owner[k] = i;
  }
  return owner;
}

const AID_WORDS = wordSet([
  ...AID_VOCABULARY,
  "fund",
  "grant",
  "grants",
  "reconstruction",
  "food",
  "shelter",
  // money released or allocated, or sought by a response plan: "released 1.5 billion shillings",
  // "a response plan seeking $38 million"
  "release",
  "released",
  "releases",
  "releasing",
  "allocated",
  "allocation",
  "allocates",
  "response",
  // money received or funded against an appeal: "only $4 million has been received"
  "received",
  "funded",
]);

function aidNear(toks: Token[], c: Candidate): boolean {
  const from = Math.max(0, c.start - 15);
  const to = Math.min(toks.length, c.end + 15);
  for (let k = from; k < to; k++) {
    const t = toks[k] as Token;
    if (t.type === WORD && AID_WORDS.has(t.lower)) return true;
  }
  return false;
}

const BACKGROUND_NOUNS = wordSet(["war", "conflict", "uprising", "revolution", "insurgency"]);
const BACKGROUND_MARKS = wordSet(["since", "in", "from", "the", "during", "until", "before"]);

// The year of the last publication date asked about: every sentence of an article asks the same.
let lastPublished: string | null = null;
let lastYear = Number.NaN;

function yearOf(published: string | null): number {
  if (published !== lastPublished) {
    lastPublished = published;
    lastYear = published ? Number(published.slice(0, 4)) : Number.NaN;
  }
  return lastYear;
}

/**
 * Where a sentence tells history rather than news: "since 2011" (a year two or more before the article),
 * "since the war began", "since the start of the conflict". Returns the token positions of those marks;
 * a figure is background when one sits near it in its clause (see `nearBackground`).
 */
export function backgroundMarks(
  toks: Token[],
  cands: Candidate[],
  published: string | null,
): readonly number[] {
  let marks: number[] | undefined; // most sentences have none: no array for them
  const pubYear = yearOf(published);
  if (Number.isFinite(pubYear)) {
    for (const c of cands) {
      if (c.drop !== "year") continue;
      const mark = toks[c.start - 1]?.lower;
      if (c.value <= pubYear - 2 && mark !== undefined && BACKGROUND_MARKS.has(mark)) {
        if (marks) marks.push(c.start - 1);
        else marks = [c.start - 1];
      }
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.lower !== "since") continue;
    for (let k = i + 1; k < i + 6 && k < toks.length; k++) {
      const w = toks[k] as Token;
      if (w.type !== WORD) break;
      if (BACKGROUND_NOUNS.has(w.lower)) {
        if (marks) marks.push(i);
        else marks = [i];
        break;
      }
    }
  }
  return marks ?? NO_MARKS;
}

const NO_MARKS: readonly number[] = [];

const NEAR_BACKGROUND = 10;

/** Whether a background mark sits within a few words of the figure, with no comma between them. */
export function nearBackground(toks: Token[], c: Candidate, marks: readonly number[]): boolean {
  for (const m of marks) {
    const from = m < c.start ? m : c.end;
    const to = Math.max(m, c.start);
    if (m >= c.start && m < c.end) return true;
    if (to - from > NEAR_BACKGROUND) continue;
    let commas = 0;
    for (let k = from; k < to; k++) if (toks[k]?.text === "," || toks[k]?.text === ";") commas++;
    if (commas === 0) return true;
    // an opening phrase of the sentence: "In the 1982 massacre, up to 40,000 people were killed"
    if (commas === 1 && m < c.start) {
      let before = false;
      for (let k = 0; k < m; k++) if (toks[k]?.text === ",") before = true;
      if (!before) return true;
    }
  }
  return false;
}
