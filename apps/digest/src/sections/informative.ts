// How much a sentence tells a reader: specific facts (numbers, names, places, dates) score up, vague
// commentary (hedges, "the future remains uncertain"), history, quotes of feelings and fragments down.
import { type Tokens, tokenize, wordKey } from "../themes/tokens.ts";

const YEAR = /^(?:1[89]|20)\d\d$/;
const keys = (words: string[]) => new Set(words.map((w) => wordKey(w)));
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

// One lookup per word for all four lists.
const NUMBER_WORD = 1;
const DATE_WORD = 2;
const HEDGE = 4;
const STOP_CAPITAL = 8;
const FLAGS = new Map<string, number>();
for (const [set, flag] of [
  [NUMBER_WORDS, NUMBER_WORD],
  [DATE_WORDS, DATE_WORD],
  [HEDGES, HEDGE],
  [CAPITAL_STOP, STOP_CAPITAL],
] as const) {
  for (const key of set) FLAGS.set(key, (FLAGS.get(key) ?? 0) | flag);
}

export interface Informativeness {
  score: number;
  words: number;
  /** Mentions a year before the briefing's ("in 2011"): background. */
  background: boolean;
}

/**
 * What a sentence holds, before the briefing's year is known: the years it names decide between
 * background and a date only then. Sentences are measured where they are read (a worker thread) and
 * settled once every article's year is in.
 */
export interface SentenceMeasure {
  numbers: number;
  names: number;
  /** Date words other than years. */
  dates: number;
  hedges: number;
  years: number[];
  words: number;
  /** Written in the first person or opening on a quote. */
  voiced: boolean;
  dangling: boolean;
}

/** Counts the specific and the vague words of one sentence (its tokens within `tokens`: [from, to)). */
export function measureSentence(
  sentence: string,
  tokens: Tokens = tokenize(sentence),
  from = 0,
  to = tokens.length,
): SentenceMeasure {
  let numbers = 0;
  let names = 0;
  let dates = 0;
  let hedges = 0;
  const years: number[] = [];
  for (let i = from; i < to; i++) {
    if (tokens.isNumber(i)) {
      const digits = tokens.raw(i).replace(/,/g, "");
      if (YEAR.test(digits)) years.push(Number(digits));
      else numbers++;
      continue;
    }
    const key = tokens.key(i);
    const flags = FLAGS.get(key) ?? 0;
    if (flags & NUMBER_WORD) numbers += 0.5;
    if (flags & DATE_WORD) dates++;
    if (flags & HEDGE) hedges++;
    if (i > from && !(flags & STOP_CAPITAL) && tokens.isCapital(i)) names++;
  }
  return {
    numbers,
    names,
    dates,
    hedges,
    years,
    words: to - from,
    voiced: FIRST_PERSON.test(sentence) || /^["“]/.test(sentence.trim()),
    dangling: DANGLING.test(sentence),
  };
}

/** The specificity of a measured sentence in a briefing of `year`: years before it are history. */
export function settleMeasure(measure: SentenceMeasure, year?: number): Informativeness {
  let dates = measure.dates;
  let background = false;
  for (const y of measure.years) {
    if (year === undefined || y < year) background = true;
    else dates++;
  }
  const words = measure.words;
  let score =
    Math.min(measure.numbers, 3) * 1.2 + Math.min(measure.names, 5) * 0.4 + Math.min(dates, 2) * 0.6;
  score -= Math.min(measure.hedges, 4) * 0.5;
  if (background) score -= 1.5;
  if (measure.voiced) score -= 1.5;
  // Leans on the previous sentence ("This advance…", "They…"): weaker on its own.
  if (measure.dangling) score -= 1;
  if (words < 8) score -= 1.5;
  else if (words > 45) score -= 1;
  return { score, words, background };
}

/** Scores the specificity of one sentence. */
export function informativeness(
  sentence: string,
  year?: number,
  tokens: Tokens = tokenize(sentence),
  /** The sentence's tokens within `tokens` (a paragraph's): [from, to). */
  from = 0,
  to = tokens.length,
): Informativeness {
  return settleMeasure(measureSentence(sentence, tokens, from, to), year);
}
