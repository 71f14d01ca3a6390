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
import { AID_VOCABULARY, CUES, EVENT_KINDS } from "./lexicon.ts";
import { PUNCT, type Token, WORD } from "./tokens.ts";
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

/** Ends in "'s" or "’s": what /['’]s$/ says, without a regular expression run per token. */
function isPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115 /* s */) return false;
  const q = text.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
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
}

/** Takes the cue word t at distance `cost` into account (the nearer cue of each sort wins). */
function consider(cues: Cues, t: Token, cost: number): void {
  let kind = CUES.get(t.lower);
  if (kind === undefined) return;
  // "lives" counts the dead only after a number ("half a million lives") or with "lost"/"claimed"
  if (t.lower === "lives" && cost > 2) kind = undefined;
  if (kind === undefined) return;
  if (WEAK_CUES.has(t.lower)) cost += 5;
  if (EVENT_KINDS.has(kind)) {
    if (cues.event === undefined || cost < cues.eventCost) {
      cues.event = kind;
      cues.eventCost = cost;
    }
  } else if (kind === "aid" && cues.count) {
    // people are not aid: "1.1 million people in need of aid" is other
  } else if (cues.noun === undefined || cost < cues.nounCost) {
    cues.noun = kind;
    cues.nounCost = cost;
  }
}

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
        return "distance";
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

  // "Gaza's 2.3 million people": a place's own people, when no event word says otherwise
  const possessive =
    t1?.cap === true && isPossessive(t1.text) && (!u || u.unit === "people" || u.unit === "residents");
  const cues: Cues = {
    event: undefined,
    eventCost: 0,
    noun: undefined,
    nounCost: 0,
    count: u?.cls === "count",
  };
  // the phrase's own words after the amount, then right of it (first, so that it wins a tie) ("internally displaced people"), then right of it
  let cost = 0;
  let words = 0;
  for (let k = c.e; k < toks.length && words < RIGHT_WINDOW; k++) {
    if (owner[k] !== undefined) break;
    const t = toks[k] as Token;
    const step = tokenCost(t);
    if (step === null) break;
    cost += step;
    if (t.type !== WORD) continue;
    if (step > 0) words++;
    consider(cues, t, cost);
  }
  // left of the phrase; a cue nearer to the figure before it belongs to that figure
  cost = 0;
  words = 0;
  const left: { t: Token; k: number; cost: number }[] = [];
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
    if (CUES.has(t.lower)) left.push({ t, k, cost });
  }
  for (const l of left) {
    if (stoppedBy && costBetween(toks, stoppedBy.e, l.k) <= l.cost) continue;
    consider(cues, l.t, l.cost);
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
  if (c.thing) {
    // "30 villages", "500 homes": things, unless an event word sits right against them
    return cues.event !== undefined && cues.eventCost <= 1 ? cues.event : "other";
  }
  if (cues.event !== undefined && cues.eventCost <= MAX_EVENT_COST) {
    // refugees are displaced across a border: "fled abroad", "fled to neighbouring countries as refugees"
    if (
      cues.event === "displaced" &&
      (unitKind === "refugees" || (cues.noun === "refugees" && cues.nounCost <= 3))
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

/** For each token, the index of the candidate covering it, when that candidate stops a cue search. */
export function ownerMap(n: number, cands: Candidate[]): (number | undefined)[] {
  const owner: (number | undefined)[] = new Array(n);
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
export function backgroundMarks(toks: Token[], cands: Candidate[], published: string | null): number[] {
  const marks: number[] = [];
  const pubYear = yearOf(published);
  if (Number.isFinite(pubYear)) {
    for (const c of cands) {
      if (c.drop !== "year") continue;
      const mark = toks[c.start - 1]?.lower;
      if (c.value <= pubYear - 2 && mark !== undefined && BACKGROUND_MARKS.has(mark)) marks.push(c.start - 1);
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.lower !== "since") continue;
    for (let k = i + 1; k < i + 6 && k < toks.length; k++) {
      const w = toks[k] as Token;
      if (w.type !== WORD) break;
      if (BACKGROUND_NOUNS.has(w.lower)) {
        marks.push(i);
        break;
      }
    }
  }
  return marks;
}

const NEAR_BACKGROUND = 10;

/** Whether a background mark sits within a few words of the figure, with no comma between them. */
export function nearBackground(toks: Token[], c: Candidate, marks: readonly number[]): boolean {
  for (const m of marks) {
    const [from, to] = m < c.start ? [m, c.start] : [c.end, m];
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
