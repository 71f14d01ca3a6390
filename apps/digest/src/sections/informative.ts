// How much a sentence tells a reader: specific facts (numbers, names, places, dates) score up, vague
// commentary (hedges, "the future remains uncertain"), history, quotes of feelings and fragments down.
import { type Tokens, tokenize } from "../themes/tokens.ts";
import { measureAndPrint } from "./sentence.ts";

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
  years: readonly number[];
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
  return measureAndPrint(sentence, tokens, from, to).measure;
}

/** The specificity of a measured sentence in a briefing of `year`: years before it are history. */
export function settleMeasure(measure: SentenceMeasure, year?: number): Informativeness {
  return {
    score: settledScore(measure, year),
    words: measure.words,
    background: isBackground(measure, year),
  };
}

/** Whether a measured sentence names a year before the briefing's `year` (any year, without one). */
export function isBackground(measure: SentenceMeasure, year?: number): boolean {
  // Indexed loops: no iterator per call (candidates are settled by the thousand).
  const years = measure.years;
  for (let k = 0; k < years.length; k++) if (year === undefined || (years[k] as number) < year) return true;
  return false;
}

/** settleMeasure's score alone: candidates are settled by the thousand, with no object each. */
export function settledScore(measure: SentenceMeasure, year?: number): number {
  let dates = measure.dates;
  let background = false;
  const years = measure.years;
  for (let k = 0; k < years.length; k++) {
    const y = years[k] as number;
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
  return score;
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
