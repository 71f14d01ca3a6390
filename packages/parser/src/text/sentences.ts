// Sentence boundaries for news prose. A boundary is a run of . ! ? or … (with closing quotes or
// brackets after it) followed by white space and a sentence start. Abbreviations and initials ("U.S.",
// "Dr.", "Gen.", "Dec. 5"), decimals ("1.4 million") and a lower-case continuation do not end a sentence.
// A line break that follows a blank line always does. Linear in the length of the text.

import { MONTH_ABBREVIATIONS } from "./calendar.ts";
import { isWhiteSpace, NextMark } from "./scan.ts";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cmdr",
  "adm",
  "sgt",
  "cpl",
  "pvt",
  "st",
  "sen",
  "rep",
  "gov",
  "pres",
  "rev",
  "hon",
  "amb",
  "jr",
  "sr",
  "inc",
  "ltd",
  "co",
  "corp",
  "bros",
  "vs",
  "etc",
  ...MONTH_ABBREVIATIONS,
  "tues",
  "thur",
  "thurs",
  "mt",
  "approx",
  "al",
  "fig",
  "vol",
  "dept",
  "univ",
  "assn",
  "ave",
  "blvd",
  "cf",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
]);

const NUMBER_ABBREVIATIONS = new Set(["no", "nos", "p", "pp", "art", "sec", "ch", "op"]);
/** The characters that may end a sentence (a line break, after a blank line). */
const candidates = new NextMark([".", "!", "?", "…", "\n"]);
// Character codes, not one-character strings: "…", "”" and "’" would each be a new string to hash.
/** . ! ? … */
const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** " ' ” ’ ) ] » */
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;

/** Space, line break, tab, carriage return, no-break space, form feed, vertical tab (NaN past the end: no). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}

/** Space, tab or carriage return: what may stand on a blank line. */
const isLineSpace = (c: number): boolean => c === 32 || c === 9 || c === 13;

/**
 * Whether a unit outside ASCII matches `pattern` (one letter class), remembered per unit in `known`
 * (0 not looked up yet, 1 it does, 2 it does not): no one-character string per test.
 */
function unitMatches(c: number, pattern: RegExp, known: Uint8Array): boolean {
  let answer = known[c] ?? 2;
  if (answer === 0) {
    answer = pattern.test(String.fromCharCode(c)) ? 1 : 2;
    known[c] = answer;
  }
  return answer === 1;
}

const LOWER_CASE_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const LOWER_CASE_UNITS = new Uint8Array(0x10000);
const LETTER_UNITS = new Uint8Array(0x10000);

/** A character that continues a sentence after a stop: a lower-case letter, "," ";" ":" ")" "]". */
function continues(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c === 44 || c === 59 || c === 58 || c === 41 || c === 93) return true;
  return c > 127 && unitMatches(c, LOWER_CASE_LETTER, LOWER_CASE_UNITS);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function isLetter(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && unitMatches(c, LETTER, LETTER_UNITS);
}

/** Where the word (letters and inner dots) that ends right before `end` starts. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || isLetter(c)) i--;
    else break;
  }
  return i;
}

/** Adds text[start, end) trimmed to `out` unless it is blank (trimmed by index: one string, not two). */
function pushSentence(out: string[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  if (from < to) out.push(text.slice(from, to));
}

/** Splits a text into sentences (trimmed, never empty). Never throws. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  if (typeof text !== "string" || text.length === 0) return out;
  const n = text.length;
  let start = 0;
  let i = 0;
  candidates.reset(text);
  while (i < n) {
    // Jump to the next character that may end a sentence.
    i = candidates.from(i);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    // A blank line (paragraph break) always ends a sentence.
    if (c === 10) {
      let j = i + 1;
      while (j < n && isLineSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 10) {
        pushSentence(out, text, start, i);
        start = i;
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    // The run of terminators and closing quotes.
    const markStart = i;
    let j = i;
    while (j < n && isTerminator(text.charCodeAt(j))) j++;
    const single = j - markStart === 1 && c === 46;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) {
      i = j;
      continue; // "1.4", "U.S.A", "example.com": no white space after the mark
    }
    // The next non-space character decides.
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n) {
      pushSentence(out, text, start, j);
      start = j;
      i = k;
      continue;
    }
    const next = text.charCodeAt(k);
    // Lower case or continuing punctuation after: not a boundary ("the U.S. said", "… and").
    if (continues(next)) {
      i = j;
      continue;
    }
    // The word before a single full stop may make it no boundary; a word longer than any abbreviation,
    // without inner dots, cannot (and is not copied out to find that).
    const wordStart = single ? wordStartBefore(text, markStart) : markStart;
    if (single && (markStart - wordStart <= 6 || text.lastIndexOf(".", markStart - 1) >= wordStart)) {
      const word = text.slice(wordStart, markStart);
      const lower = word.length <= 6 ? word.toLowerCase() : "";
      if (lower && (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/\.$/, "")))) {
        i = j;
        continue;
      }
      // A digit starts a sentence ("… fell. 20 died."), except after "No." or "p." ("No. 10").
      if (lower && isDigit(next) && NUMBER_ABBREVIATIONS.has(lower)) {
        i = j;
        continue;
      }
      if (word.length === 1 && /\p{Lu}/u.test(word)) {
        i = j; // an initial: "George W. Bush"
        continue;
      }
      if (word.includes(".") && /^(?:\p{L}\.)+\p{L}?$/u.test(word)) {
        i = j; // initials: U.S., U.N.
        continue;
      }
    }
    pushSentence(out, text, start, j);
    start = j;
    i = k;
  }
  pushSentence(out, text, start, n);
  return out;
}

/** The sentences of an article's paragraphs, split once however many readers ask, and the texts split. */
interface SplitParagraphs {
  texts: (string | undefined)[];
  sentences: (readonly string[] | undefined)[];
}

// Only the last article's splits are kept: its figures and its timeline are read one after the other,
// and splits kept as long as every article (a whole build) were copied by each scavenge for nothing.
let splitOf: readonly string[] | undefined;
let split: SplitParagraphs = { texts: [], sentences: [] };

/**
 * splitSentences(paragraphs[index]), remembered for the paragraphs array (an article's) until another
 * array is asked about, so that the figure and the timeline extraction split each paragraph once. The
 * result must not be modified.
 */
export function paragraphSentences(paragraphs: readonly string[], index: number): readonly string[] {
  const text = paragraphs[index];
  if (typeof text !== "string") return [];
  if (splitOf !== paragraphs) {
    splitOf = paragraphs;
    split = { texts: new Array(paragraphs.length), sentences: new Array(paragraphs.length) };
  }
  const hit = split.sentences[index];
  if (hit !== undefined && split.texts[index] === text) return hit;
  const sentences = splitSentences(text);
  split.texts[index] = text;
  split.sentences[index] = sentences;
  return sentences;
}
