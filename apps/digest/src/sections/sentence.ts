// One pass over a sentence's tokens gives both what the sections need of it: its measure (how much it
// tells, see informative.ts) and its fingerprint (its content words, see dedupe.ts). Every usable
// sentence of a build is read here, so each token's key is looked up once, in one table.
import { type Tokens, tokenize, wordKey } from "../themes/tokens.ts";
import type { Fingerprint } from "./dedupe.ts";
import type { SentenceMeasure } from "./informative.ts";

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
const FIRST_PERSON = /(?:^|[\s“"])(?:I|we|We|us|our|Our|my|My)\b/;
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
const FLAGS = new Map<string, number>();
for (const [set, flag] of [
  [NUMBER_WORDS, NUMBER_WORD],
  [DATE_WORDS, DATE_WORD],
  [HEDGES, HEDGE],
  [CAPITAL_STOP, STOP_CAPITAL],
  [STOP, STOP_WORD],
] as const) {
  for (const key of set) FLAGS.set(key, (FLAGS.get(key) ?? 0) | flag);
}

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
  const years: number[] = [];
  // The fingerprint's sets.
  const words = new Set<string>();
  const printNumbers = new Set<string>();
  const printNames = new Set<string>();
  const tokenKeys = tokens.keys;
  for (let i = from; i < to; i++) {
    const key = tokenKeys[i] ?? "";
    // Numbers ("#num") start with "#", as acronyms do: one character rules out most keys.
    if (key.charCodeAt(0) === 35 && key === "#num") {
      const digits = tokens.raw(i).replace(/,/g, "");
      if (YEAR.test(digits)) {
        years.push(Number(digits));
        words.add(`y${digits}`);
        continue;
      }
      numbers++;
      const numberKey = `n${digits}`;
      words.add(numberKey);
      if (Number(digits) >= 10) printNumbers.add(numberKey);
      continue;
    }
    const flags = FLAGS.get(key) ?? 0;
    if (flags & NUMBER_WORD) numbers += 0.5;
    if (flags & DATE_WORD) dates++;
    if (flags & HEDGE) hedges++;
    const capital = i > from && tokens.isCapital(i);
    if (capital && !(flags & STOP_CAPITAL)) names++;
    // Content words: no stop words, nor words under three letters (acronyms, "#un", are kept).
    if (flags & STOP_WORD || (key.length < 3 && !key.startsWith("#"))) continue;
    words.add(key);
    if (capital) printNames.add(key);
  }
  return {
    measure: {
      numbers,
      names,
      dates,
      hedges,
      years,
      words: to - from,
      voiced: FIRST_PERSON.test(sentence) || /^["“]/.test(sentence.trim()),
      dangling: DANGLING.test(sentence),
    },
    print: { words, numbers: printNumbers, names: printNames },
  };
}
