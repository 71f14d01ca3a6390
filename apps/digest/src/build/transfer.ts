// How a worker's results cross to the main thread. Structured clone copies every object: the sections'
// sentences, tens of thousands of small objects, cost more to copy than to compute. They travel packed instead, in typed arrays (their fingerprints, integers already, laid end
// to end), and sentences found in their paragraph travel as offsets into it. Everything else is cloned
// as it is.
import { type SectionSentence, type SentenceMemo, themeCode, themeListOf } from "../sections/index.ts";
import { printLength } from "../sections/print.ts";
import type { ArticleAnalysis } from "./analyse.ts";
import type { JobResult } from "./pool.ts";

/** The sentences of a batch's analysed articles, in article order. */
interface PackedSentences {
  /** Per analysed article, how many sentences are its. */
  counts: Int32Array;
  /** Per sentence: paragraph, start and end in it (start -1: its text is in `texts`), themes, memo. */
  rows: Int32Array;
  /** Texts of the sentences not found as they are in their paragraph. */
  texts: string[];
  /** The number of the first memo sent with this batch (those before came with earlier ones). */
  firstMemo: number;
  /** Per memo: the three theme scores, then the measure's numbers. */
  numbers: Float64Array;
  /** Per memo: how many years it names, the years, then its fingerprint. */
  ints: Int32Array;
}

/** A batch's results with their sentences packed. */
export interface PackedResults {
  results: JobResult[];
  sentences: PackedSentences;
}

const ROW = 5;
const NO_YEARS: readonly number[] = [];
const MEMO_NUMBERS = 10;

/**
 * Packs a batch's results for the trip to the main thread (the results are emptied of their sentences).
 * `sent` numbers the memos sent before, in this build: a sentence seen again (wire copy) sends only its
 * number, and the receiving side keeps the memos in the same order (see unpackResults).
 */
export function packResults(
  results: JobResult[],
  sent: Map<SentenceMemo, number> = new Map(),
): PackedResults {
  const analyses: { analysis: ArticleAnalysis; paragraphs: string[] }[] = [];
  for (const result of results) {
    for (const item of result.items) {
      if (item.analysis) analyses.push({ analysis: item.analysis, paragraphs: item.article.paragraphs });
    }
  }
  const counts = new Int32Array(analyses.length);
  let total = 0;
  for (const [k, { analysis }] of analyses.entries()) {
    counts[k] = analysis.sentences.length;
    total += analysis.sentences.length;
  }
  const rows = new Int32Array(total * ROW);
  const texts: string[] = [];
  const firstMemo = sent.size;
  const newMemos: SentenceMemo[] = [];
  let row = 0;
  for (const { analysis, paragraphs } of analyses) {
    for (const sentence of analysis.sentences) {
      let memo = sent.get(sentence.memo);
      if (memo === undefined) {
        memo = sent.size;
        sent.set(sentence.memo, memo);
        newMemos.push(sentence.memo);
      }
      const start = paragraphs[sentence.paragraph]?.indexOf(sentence.text) ?? -1;
      if (start < 0) texts.push(sentence.text);
      rows[row] = sentence.paragraph;
      rows[row + 1] = start;
      rows[row + 2] = start < 0 ? -1 : start + sentence.text.length;
      rows[row + 3] = themeCode(sentence.themes);
      rows[row + 4] = memo;
      row += ROW;
    }
    analysis.sentences = [];
  }
  return { results, sentences: { counts, rows, texts, firstMemo, ...packMemos(newMemos) } };
}

/** Memos' numbers and integers (see PackedSentences). */
function packMemos(memos: readonly SentenceMemo[]): { numbers: Float64Array; ints: Int32Array } {
  const numbers = new Float64Array(memos.length * MEMO_NUMBERS);
  let intCount = 0;
  for (const { measure, print } of memos) intCount += 1 + measure.years.length + print.length;
  const ints = new Int32Array(intCount);
  let n = 0;
  let at = 0;
  for (const { scores, measure, print } of memos) {
    numbers[n] = scores.military;
    numbers[n + 1] = scores.humanitarian;
    numbers[n + 2] = scores.diplomatic;
    numbers[n + 3] = measure.numbers;
    numbers[n + 4] = measure.names;
    numbers[n + 5] = measure.dates;
    numbers[n + 6] = measure.hedges;
    numbers[n + 7] = measure.words;
    numbers[n + 8] = measure.voiced ? 1 : 0;
    numbers[n + 9] = measure.dangling ? 1 : 0;
    n += MEMO_NUMBERS;
    ints[at++] = measure.years.length;
    ints.set(measure.years, at);
    at += measure.years.length;
    ints.set(print, at);
    at += print.length;
  }
  return { numbers, ints };
}

/**
 * The results as they were before packing. `memos` holds the memos of the earlier batches of the same
 * sender and build, and gets this batch's.
 */
export function unpackResults(
  { results, sentences }: PackedResults,
  memos: SentenceMemo[] = [],
): JobResult[] {
  const { counts, rows, texts, firstMemo, numbers, ints } = sentences;
  if (memos.length !== firstMemo)
    throw new Error(`packed results out of order: memo ${firstMemo} after ${memos.length}`);
  let at = 0;
  for (let n = 0; n < numbers.length; n += MEMO_NUMBERS) {
    const yearCount = ints[at++] as number;
    const years = yearCount === 0 ? NO_YEARS : Array.from(ints.subarray(at, at + yearCount));
    at += yearCount;
    // A view of the batch's integers: no copy.
    const print = ints.subarray(at, at + printLength(ints, at));
    at += print.length;
    memos.push({
      scores: {
        military: numbers[n] as number,
        humanitarian: numbers[n + 1] as number,
        diplomatic: numbers[n + 2] as number,
      },
      measure: {
        numbers: numbers[n + 3] as number,
        names: numbers[n + 4] as number,
        dates: numbers[n + 5] as number,
        hedges: numbers[n + 6] as number,
        years,
        words: numbers[n + 7] as number,
        voiced: numbers[n + 8] === 1,
        dangling: numbers[n + 9] === 1,
      },
      print,
    });
  }
  let article = 0;
  let row = 0;
  let text = 0;
  for (const result of results) {
    for (const item of result.items) {
      if (!item.analysis) continue;
      const count = counts[article++] ?? 0;
      const list: SectionSentence[] = new Array(count);
      for (let k = 0; k < count; k++, row += ROW) {
        const paragraph = rows[row] as number;
        const start = rows[row + 1] as number;
        list[k] = {
          text:
            start < 0
              ? (texts[text++] as string)
              : (item.article.paragraphs[paragraph] as string).slice(start, rows[row + 2]),
          paragraph,
          themes: themeListOf(rows[row + 3] as number),
          memo: memos[rows[row + 4] as number] as SentenceMemo,
        };
      }
      item.analysis.sentences = list;
    }
  }
  return results;
}
