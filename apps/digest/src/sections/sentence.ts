// One pass over a sentence's tokens gives both what the sections need of it: its measure (how much it
// tells, see informative.ts) and its fingerprint (its content words, see dedupe.ts). Every usable
// sentence of a build is read here, so each token's key is looked up once, in one table.
import { type Tokens, tokenize, wordKey } from "../themes/tokens.ts";
import type { SentenceMeasure } from "./informative.ts";
import { addHashed, addWord, endPrint, type Fingerprint, hashWord, startPrint, wordHash } from "./print.ts";

const YEAR = /^(?:1[89]|20)\d\d$/;
const keys = (words: string[]) => new Set(words.map((w) => wordKey(w)));

/** Stop words of the fingerprint: no content of their own. */
const STOP = new Set(
  (
    "a an the and or but nor of to in on at by for from with without into onto over under about above below " +
    "as is are was were be been being has have had do does did will would shall should can could may might must " +
    "it its it's this that these those there their they them he him his she her we our you your i me my who whom " +
    "which what when where why how than then so such not no yes also just only very more most less least much many " +
    "some any all each every both either neither other another same own said say says according after before " +
    "while during since until again further once here now up down out off near amid among against between through"
  )
    .split(" ")
    .flatMap((w) => [w, tokenize(w).key(0) || w]),
);

const NUMBER_WORDS = keys(
  "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion dozen dozens half".split(
    " ",
  ),
);
const DATE_WORDS = keys(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december yesterday overnight today tonight weekend"
    .split(" ")
    .filter((w) => w !== "may"),
);
const HEDGES = keys(
  "could might may would potentially possibly perhaps seems seem appears appear uncertain uncertainty remains implications broader future hope hopes emblematic reminiscent complex complexity tide dynamics landscape trajectory".split(
    " ",
  ),
);
const DANGLING =
  /^\s*(?:This|These|Those|That|It|Its|They|Their|He|She|His|Her|Such|The latter|The former)\b/;
// I, we, us, our or my, opening the sentence or after a space or a quote: two patterns, as one
// alternating with ^ would be tried at every position (a leading class is searched for).
const FIRST_PERSON_OPENING = /^(?:I|[wW]e|us|[oO]ur|[mM]y)\b/;
const FIRST_PERSON = /[\s“"](?:I|[wW]e|us|[oO]ur|[mM]y)\b/;
/** Capitalised words that are no names (sentence openers), by key. */
const CAPITAL_STOP = keys(
  "The A An In On At As But And It Its This That These Those He She They We I If When While After Before Since Despite However Meanwhile Moreover According Some Many Others One Another Several Recent Recently Last Earlier Later".split(
    " ",
  ),
);

// One lookup per token for all five lists.
const NUMBER_WORD = 1;
const DATE_WORD = 2;
const HEDGE = 4;
const STOP_CAPITAL = 8;
const STOP_WORD = 16;
/**
 * The flags of the listed keys, by their word hashes (see print.ts): every token's key is hashed for
 * the fingerprint anyway, and two integers compare faster than a Map finds a string. Open addressing,
 * per slot the two hashes and the flags.
 */
const FLAG_SLOTS = 2048;
const FLAGS = new Int32Array(FLAG_SLOTS * 3);

/** The slot of the hashed word in FLAGS: where it is, or the empty slot where it would go. */
function flagSlot(low: number, high: number): number {
  // The top 11 bits of a multiplicative hash: 2048 slots.
  let slot = Math.imul(low ^ high, 0x9e3779b1) >>> 21;
  while (FLAGS[slot * 3 + 2] !== 0 && (FLAGS[slot * 3] !== low || FLAGS[slot * 3 + 1] !== high))
    slot = (slot + 1) & (FLAG_SLOTS - 1);
  return slot;
}

for (const [set, flag] of [
  [NUMBER_WORDS, NUMBER_WORD],
  [DATE_WORDS, DATE_WORD],
  [HEDGES, HEDGE],
  [CAPITAL_STOP, STOP_CAPITAL],
  [STOP, STOP_WORD],
] as const) {
  for (const key of set) {
    hashWord(key);
    const at = flagSlot(wordHash.low, wordHash.high) * 3;
    FLAGS[at] = wordHash.low;
    FLAGS[at + 1] = wordHash.high;
    FLAGS[at + 2] = (FLAGS[at + 2] as number) | flag;
  }
}

const NO_YEARS: readonly number[] = [];

/** The list flags of a key. */
function flagsOf(key: string): number {
  hashWord(key);
  return FLAGS[flagSlot(wordHash.low, wordHash.high) * 3 + 2] as number;
}

/** No key under three letters is on a list but the stop words': such words need no lookup, mostly. */
const SHORT_KEYS_ONLY_STOP = [...NUMBER_WORDS, ...DATE_WORDS, ...HEDGES].every((key) => key.length >= 3);

/** What one sentence tells and which words make it up: its tokens within `tokens`, [from, to). */
export function measureAndPrint(
  sentence: string,
  tokens: Tokens = tokenize(sentence),
  from = 0,
  to = tokens.length,
): { measure: SentenceMeasure; print: Fingerprint } {
  // The measure's counts.
  let numbers = 0;
  let names = 0;
  let dates = 0;
  let hedges = 0;
  // Most sentences name no year: they share one empty list.
  let years: number[] | undefined;
  startPrint();
  const tokenKeys = tokens.keys;
  for (let i = from; i < to; i++) {
    const key = tokenKeys[i] ?? "";
    // Numbers ("#num") start with "#", as acronyms do: one character rules out most keys.
    if (key.charCodeAt(0) === 35 && key === "#num") {
      const raw = tokens.raw(i);
      const digits = raw.includes(",") ? raw.replace(/,/g, "") : raw;
      if (YEAR.test(digits)) {
        if (years === undefined) years = [];
        years.push(Number(digits));
        addWord(`y${digits}`, false, false);
        continue;
      }
      numbers++;
      addWord(`n${digits}`, false, Number(digits) >= 10);
      continue;
    }
    // Words under three letters are no content words (acronyms, "#un", are kept).
    const short = key.length < 3 && key.charCodeAt(0) !== 35;
    if (short && SHORT_KEYS_ONLY_STOP) {
      // Nor on any list but the stop words: only a name count to keep (no hash needed otherwise).
      if (i > from && tokens.isCapital(i) && !(flagsOf(key) & STOP_CAPITAL)) names++;
      continue;
    }
    hashWord(key);
    const low = wordHash.low;
    const high = wordHash.high;
    const flags = FLAGS[flagSlot(low, high) * 3 + 2] as number;
    if (flags & NUMBER_WORD) numbers += 0.5;
    if (flags & DATE_WORD) dates++;
    if (flags & HEDGE) hedges++;
    const capital = i > from && tokens.isCapital(i);
    if (capital && !(flags & STOP_CAPITAL)) names++;
    // Content words: no stop words, nor short words.
    if (flags & STOP_WORD || short) continue;
    addHashed(low, high, capital, false);
  }
  return {
    measure: {
      numbers,
      names,
      dates,
      hedges,
      years: years ?? NO_YEARS,
      words: to - from,
      voiced:
        FIRST_PERSON_OPENING.test(sentence) || FIRST_PERSON.test(sentence) || /^["“]/.test(sentence.trim()),
      dangling: DANGLING.test(sentence),
    },
    print: endPrint(),
  };
}
